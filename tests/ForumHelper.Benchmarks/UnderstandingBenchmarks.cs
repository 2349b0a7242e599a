using BenchmarkDotNet.Attributes;
using ForumHelper.Core.DataFiles;
using ForumHelper.Core.Facts;
using ForumHelper.Core.Understanding;

namespace ForumHelper.Benchmarks;

/// <summary>
/// Reading a member's own description into facts, against the baseline of what a slash line with
/// the same facts costs to parse and bind. The description is 150 words and dense with signals
/// (negations, numbers with units, two stages, a typo), so most of the reader's work is done.
/// Run with <c>--invocationCount 1 --unrollFactor 1</c> and many iterations for per-call figures:
/// the <c>P99</c> column is then the 99th percentile of single reads.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(PercentileConfig))]
public class UnderstandingBenchmarks
{
    /// <summary>150 words, as a member might write them.</summary>
    public const string Description =
        "Hi all, I need advice please. The buyer wants to cancel after I showed him the first draft in chat, " +
        "and now he doesn't answer my messages at all. I did NOT use the deliver button, I only sent the draft " +
        "in the chat because it was not finished yet. It was a $40 logo order, due in 6 hours, and most of the work " +
        "is done. I have 120 reviews and 95% completion, with 20 orders in the last 60 days, level 2 seller. " +
        "I never promised a refund. Everything stayed on Fiverr, no WhatsApp or email. He said before that he " +
        "doesn't like the colours but he never asked for a revision. I asked for an extension yesterday and he " +
        "did not reply. Should I accept the cancelation or wait and deliver properly? I'm worried about a bad " +
        "review and my rate. Thanks for any help, this is my first time dealing with this.";

    /// <summary>The facts the description gives, as a slash line.</summary>
    public const string SameFacts = "/cancel-advice asked-by:buyer stage:draft-in-chat reason:not-as-expected buyer:silent value:40 due-in-hours:6 late:on-time done:most reviews:120 rate:95 orders-60d:20 promised-refund:false off-platform:none already:asked-extension marketplace:fiverr";

    private static readonly IReadOnlyDictionary<string, int> NoChoices = new Dictionary<string, int>();

    private UnderstandingBook _book = null!;
    private string _longDescription = null!;

    [GlobalSetup]
    public void Setup()
    {
        var loaded = DataSetLoader.Load(DataLocation.Find());
        _book = loaded.IsSuccess ? loaded.Value.Understanding : throw new InvalidOperationException(string.Join("\n", loaded.Problems));
        _longDescription = string.Join(" ", Enumerable.Repeat(Description, 4));

        // The benchmark is only worth its figures if the reader reads what the slash line says.
        var expected = SlashLine.ParseFacts(SameFacts).Value!.ToVector();
        var read = FactCombiner.Combine(_book.Read(Description), NoChoices).Facts?.ToVector();
        if (read is null || !Enumerable.Range(0, expected.Length).All(i => expected[i] == read.Value[i]))
        {
            throw new InvalidOperationException("The description no longer reads as " + SameFacts);
        }
    }

    [Benchmark(Baseline = true, Description = "parse + bind the same facts as a slash line")]
    public DisputeFacts ParseSlashLine() => SlashLine.ParseFacts(SameFacts).Value!;

    [Benchmark(Description = "read a 150-word description")]
    public DescriptionReading Read() => _book.Read(Description);

    [Benchmark(Description = "read + combine with no choices (what Understand does)")]
    public CombinedFacts ReadAndCombine() => FactCombiner.Combine(_book.Read(Description), NoChoices);

    [Benchmark(Description = "read a 600-word description")]
    public DescriptionReading ReadLong() => _book.Read(_longDescription);
}
