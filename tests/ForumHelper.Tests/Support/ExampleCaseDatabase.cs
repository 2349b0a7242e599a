using ForumHelper.Core.Cases;
using ForumHelper.Core.Facts;
using ForumHelper.Core.GoldenCases;

namespace ForumHelper.Tests.Support;

/// <summary>
/// The README's example case log, made the same way every time: the golden cases answered by the
/// real engine, asked in Discord by 60 made-up members over the 60 whole days before <c>now</c>'s day (80 cases in
/// the last 30 days, 60 in the 30 before), 6 in 10 of them rated, and 3 cases asked from the terminal.
/// </summary>
internal static class ExampleCaseDatabase
{
    public const int Members = 60;
    public const int Current = 80;
    public const int Previous = 60;
    public const int FromTheTerminal = 3;

    /// <summary>Fills the SQLite database at <paramref name="path"/> (created with its key file if new), placing cases relative to <paramref name="now"/>.</summary>
    public static void Fill(string path, DateTimeOffset now)
    {
        var opened = CaseStorage.Open(new StorageOptions { ConnectionString = $"Data Source={path}" }, new PrivacyOptions());
        Assert.True(opened.IsSuccess, "the example database should open:\n" + string.Join("\n", opened.Problems));
        using var storage = opened.Value;

        var (golden, problems) = GoldenCaseLoader.LoadFolder(RepositoryPaths.Cases);
        Assert.Empty(problems);
        // The numbered cases only (01-…): cases added to the themed files later do not reshuffle the example.
        var asks = golden.Where(g => char.IsAsciiDigit(Path.GetFileName(g.File)[0]))
            .OrderBy(g => g.File, StringComparer.Ordinal).Select(g => g.Ask).ToList();
        var server = storage.Pseudonymizer.For("1100000000000000001");

        // `stats` counts whole UTC days up to the last midnight: cases placed from that midnight, at noon
        // of their day, fall in the same periods at whatever time of day the example is run.
        var midnight = CaseStats.LastMidnight(now);
        var writes = new List<CaseWrite>();
        for (var i = 0; i < Current + Previous; i++)
        {
            var daysAgo = 1 + (i < Current ? Pick(i, 1, 30) : 30 + Pick(i, 1, 30));
            var member = storage.Pseudonymizer.For("example-member-" + Pick(i, 2, Members));
            var record = Record(asks[Pick(i, 3, asks.Count)], member, server, Transport.Discord, midnight.AddDays(-daysAgo).AddHours(12));
            writes.Add(new InsertCase(record));
            var rating = Pick(i, 4, 10);
            if (rating < 6)
            {
                writes.Add(new SetFeedback(record.Id, member, rating < 4 ? Feedback.Helpful : Feedback.NotHelpful, record.At));
            }
        }

        for (var i = 0; i < FromTheTerminal; i++)
        {
            writes.Add(new InsertCase(Record(asks[i], storage.Pseudonymizer.For("local-user"), server: null, Transport.Cli, midnight.AddDays(-i).AddHours(-1))));
        }

        storage.Store.Write(writes);
    }

    /// <summary>A number in [0, count) that looks random but is the same on every run and platform (a SplitMix64 step of the case number and a salt).</summary>
    private static int Pick(int i, ulong salt, int count)
    {
        var x = ((ulong)i + 1) * 0x9E3779B97F4A7C15UL ^ (salt * 0xD1B54A32D192ED03UL);
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        x ^= x >> 31;
        return (int)(x % (ulong)count);
    }

    private static CaseRecord Record(string ask, string member, string? server, Transport transport, DateTimeOffset at)
    {
        var facts = SlashLine.ParseFacts(ask);
        Assert.True(facts.IsSuccess, ask);
        return CaseRecords.From(RealData.Set.Answer(facts.Value, GoldenCaseRunner.Day), member, server, transport, at);
    }
}
