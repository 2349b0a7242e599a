using System.Globalization;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using ForumHelper.Bot.Discord;
using ForumHelper.Bot.Discord.Model;
using ForumHelper.Bot.Hosting;
using ForumHelper.Core.Facts;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ForumHelper.Benchmarks;

/// <summary>
/// The endpoint's hot path without the network: what <c>POST /interactions</c> does for one
/// <c>/cancel-advice</c> after reading the body. The baseline is the signature check alone, which
/// is all the load harness's floor endpoint does, so the ratio says what answering adds to it.
/// The real host is started (case log writer included) on a throwaway database.
/// </summary>
[MemoryDiagnoser]
public class InteractionBenchmarks
{
    private const int Members = 20_000;

    private readonly TempDatabase _database = new();
    private WebApplication _app = null!;
    private InteractionDispatcher _dispatcher = null!;
    private SignatureVerifier _verifier = null!;
    private byte[][] _questions = null!;
    private string _timestamp = null!;
    private string _signature = null!;
    private Interaction[] _parsed = null!;
    private InteractionResponse _reply = null!;
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        var (privateKey, publicKey) = DevelopmentKeys.Create();
        var settings = new Dictionary<string, string?>
        {
            ["Urls"] = "http://127.0.0.1:0",
            ["Discord:PublicKey"] = publicKey,
            ["Discord:AdvicePerMinute"] = "10000",
            ["Storage:ConnectionString"] = _database.ConnectionString,
        };
        var built = ServeHost.Build(new ConfigurationBuilder().AddInMemoryCollection(settings).Build(), DataLocation.Find(), TimeProvider.System);
        _app = built.IsSuccess ? built.Value : throw new InvalidOperationException(string.Join("\n", built.Problems));
        _app.StartAsync().GetAwaiter().GetResult();
        _dispatcher = _app.Services.GetRequiredService<InteractionDispatcher>();
        _verifier = _app.Services.GetRequiredService<SignatureVerifier>();

        // Many members, so the per-member rate limit never answers instead of the advisor.
        var origin = SlashLine.Parse("/cancel-advice asked-by:buyer stage:draft-in-chat buyer:silent reason:not-as-expected orders-60d:20 rate:100").Value!;
        _questions = [.. Enumerable.Range(0, Members).Select(i => SampleInteractions.Command(origin.Command, origin.Options, SampleSender.New((1_700_000_000_000_000_000L + i).ToString(CultureInfo.InvariantCulture))))];
        _timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        _signature = DevelopmentKeys.Sign(privateKey, _timestamp, _questions[0]);
        _parsed = [.. _questions.Select(q => JsonSerializer.Deserialize(q, DiscordJsonContext.Default.Interaction)!)];
        _reply = _dispatcher.DispatchAsync(_parsed[0]).GetAwaiter().GetResult()!;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _app.StopAsync().GetAwaiter().GetResult();
        ((IDisposable)_app).Dispose();
        _database.Dispose();
    }

    [Benchmark(Baseline = true, Description = "verify the signature (the floor's work)")]
    public SignatureCheck VerifyOnly() => _verifier.Verify(_timestamp, _signature, _questions[0]);

    [Benchmark(Description = "parse the interaction JSON")]
    public Interaction? ParseOnly() => JsonSerializer.Deserialize(NextQuestion(), DiscordJsonContext.Default.Interaction);

    [Benchmark(Description = "parse + dispatch /cancel-advice + serialize the reply")]
    public async Task<int> AnswerQuestion()
    {
        var interaction = JsonSerializer.Deserialize(NextQuestion(), DiscordJsonContext.Default.Interaction)!;
        var response = await _dispatcher.DispatchAsync(interaction).ConfigureAwait(false);
        return JsonSerializer.SerializeToUtf8Bytes(response!, DiscordJsonContext.Default.InteractionResponse).Length;
    }

    [Benchmark(Description = "dispatch /cancel-advice only (parsed before)")]
    public async Task<InteractionResponse?> DispatchOnly() =>
        await _dispatcher.DispatchAsync(_parsed[_next++ % Members]).ConfigureAwait(false);

    [Benchmark(Description = "serialize the reply only")]
    public int SerializeOnly() => JsonSerializer.SerializeToUtf8Bytes(_reply, DiscordJsonContext.Default.InteractionResponse).Length;

    private byte[] NextQuestion() => _questions[_next++ % Members];
}
