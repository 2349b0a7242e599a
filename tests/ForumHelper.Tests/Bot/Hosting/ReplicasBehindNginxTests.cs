using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using ForumHelper.Bot.Discord;
using ForumHelper.Core.GoldenCases;
using ForumHelper.Tests.Support;
using Npgsql;
using Xunit.Abstractions;

namespace ForumHelper.Tests.Bot.Hosting;

/// <summary>
/// The deployment the README describes for several replicas, run for real: two <c>forumhelper serve</c>
/// processes on one PostgreSQL, behind nginx with the repository's own site configuration
/// (deploy/nginx/forumhelper.conf, only its ports changed). Members ask through nginx for a bounded
/// time, and click the answers' buttons, which land on either replica; one replica is then taken
/// out and stopped as the README's deploy steps say, while members go on asking.
/// </summary>
[Trait("Provider", "postgres")]
public sealed class ReplicasBehindNginxTests(ITestOutputHelper output)
{
    private const int Workers = 8;
    private const string NoReply = "no reply";
    private static readonly TimeSpan BothUp = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan OneUp = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(1);

    [Fact]
    public async Task Serve_TwoReplicasBehindNginx_SpreadLoadStoreEveryCaseOnceAndStatsAgree()
    {
        using var schema = new PostgresSchema();
        using var stateA = new TempFolder();
        using var stateB = new TempFolder();
        using var proxyFolder = new TempFolder();
        var (privateKey, _) = DevelopmentKeys.Create();
        var (otherKey, _) = DevelopmentKeys.Create();
        var shared = Shared(schema, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));

        // Both at once, as an orchestrator starts replicas: the migration lock is part of what is shown.
        var started = await Task.WhenAll(ServeProcess.StartAsync(privateKey, stateA, shared), ServeProcess.StartAsync(privateKey, stateB, shared));
        await using var replicaA = started[0];
        await using var replicaB = started[1];
        var port = LoopbackPorts.Free();
        await using var nginx = await NginxProcess.StartAsync(Site(port, replicaA, replicaB), port, proxyFolder);
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(10) };

        var questions = GoldenCaseLoader.LoadFolder(RepositoryPaths.Cases).Cases.Where(c => c.Text is null && c.Recommendation.Count == 1).ToList();
        var load = new Load(questions);
        using (var stop = new CancellationTokenSource())
        {
            var running = Task.WhenAll(Enumerable.Range(0, Workers).Select(worker => load.RunAsync(http, worker, privateKey, otherKey, stop.Token)));
            // Real time on purpose, here and below: two serve processes and nginx under real load; each
            // phase is a fixed, bounded stretch of that load, not a wait for something to happen.
            await Task.Delay(BothUp);
            var writtenByA = await Written(replicaA);
            var writtenByB = await Written(replicaB);

            // A deploy, as the README says: mark A down and reload nginx, let A finish what it was
            // sent, then stop it, while members go on asking. Stopping A without the reload costs a
            // few members a 502: a connection nginx opened as A's listener closed is reset after
            // the interaction was sent, and nginx never sends a POST twice.
            await nginx.ReloadAsync(Site(port, replicaA, replicaB).Replace($"127.0.0.1:{replicaA.Http.BaseAddress!.Port} ", $"127.0.0.1:{replicaA.Http.BaseAddress!.Port} down ", StringComparison.Ordinal));
            await Task.Delay(Settle);
            Assert.Equal(0, await replicaA.TerminateAsync(TimeSpan.FromSeconds(30)));
            await Task.Delay(OneUp);
            await stop.CancelAsync();
            await running;

            output.WriteLine($"while both were up, A wrote {writtenByA} and B {writtenByB} cases; statuses {load.Summary}");
            Assert.True(writtenByA > 0 && writtenByB > 0, $"load not spread: A wrote {writtenByA}, B {writtenByB}");
            Assert.InRange((double)writtenByA / (writtenByA + writtenByB), 0.3, 0.7);
        }

        // Feedback on answers either replica gave, all through the one left: every one is recorded.
        var rated = load.Answered.Take(100).ToList();
        foreach (var answered in rated)
        {
            var thanks = await ServeProcess.TrySendAsync(http, Interactions.Button(answered.Feedback, answered.Member), privateKey);
            Assert.Equal(200, thanks?.Status);
            Assert.Contains("Glad it helped", thanks!.Value.Body, StringComparison.Ordinal);
        }

        Assert.Equal(0, await replicaB.TerminateAsync(TimeSpan.FromSeconds(30)));
        Assert.Equal(rated.Count, schema.Scalar("SELECT count(*) FROM cases WHERE feedback = 'helpful'"));

        // Buttons clicked while both were up went to either replica; none found its answer gone.
        output.WriteLine($"buttons: {load.ButtonSummary}");
        Assert.True(load.Buttons.GetValueOrDefault("answered") >= 50, load.ButtonSummary);
        Assert.Empty(load.Buttons.Keys.Except(["answered", NoReply]));

        // Every answer a member got is in the database exactly once, and nothing else is.
        Assert.True(load.AnsweredIds.Count > 500, $"only {load.AnsweredIds.Count} answers in {BothUp + OneUp}: {load.Summary}");
        Assert.Empty(load.Statuses.Keys.Except(["200", "401", NoReply]));
        Assert.Equal(load.BadSignatures, load.Statuses["401"]);
        // The reload closes nginx's idle connections to the client (Discord); a request sent on one
        // at that instant gets no reply. At most one per client connection (a question or a click),
        // and no question among them was answered: the check below finds no case of theirs.
        Assert.InRange(load.Statuses.GetValueOrDefault(NoReply) + load.Buttons.GetValueOrDefault(NoReply), 0, Workers);
        var stored = StoredIds(schema);
        Assert.Equal(stored.Count, stored.Distinct().Count());
        Assert.Equal(load.AnsweredIds.Order(), stored.Order());

        // And `stats`, on the same database, counts what was asked.
        var stats = JsonNode.Parse(RunStats(schema))!;
        Assert.Equal(load.AnsweredIds.Count, stats["total"]!.GetValue<long>());
        var counted = stats["groups"]!.AsArray().ToDictionary(g => g!["key"]!.GetValue<string>(), g => g!["count"]!.GetValue<long>());
        Assert.Equal(load.Expected.Where(e => e.Value > 0).OrderBy(e => e.Key, StringComparer.Ordinal), counted.Where(c => c.Value > 0).OrderBy(c => c.Key, StringComparer.Ordinal));
    }

    private static (string Key, string Value)[] Shared(PostgresSchema schema, string pseudonymKey) =>
    [
        ("Storage:Provider", "postgres"),
        ("Storage:ConnectionString", schema.ConnectionString),
        ("Privacy:PseudonymKey", pseudonymKey),
    ];

    /// <summary>The repository's example with the test's ports; fails if the example no longer has the lines the README shows.</summary>
    private static string Site(int port, ServeProcess a, ServeProcess b)
    {
        var site = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "deploy", "nginx", "forumhelper.conf"));
        foreach (var expected in new[] { "listen 127.0.0.1:8080;", "server 127.0.0.1:8081 ", "server 127.0.0.1:8082 " })
        {
            Assert.Contains(expected, site, StringComparison.Ordinal);
        }

        return site
            .Replace("127.0.0.1:8080", $"127.0.0.1:{port}", StringComparison.Ordinal)
            .Replace("127.0.0.1:8081", $"127.0.0.1:{a.Http.BaseAddress!.Port}", StringComparison.Ordinal)
            .Replace("127.0.0.1:8082", $"127.0.0.1:{b.Http.BaseAddress!.Port}", StringComparison.Ordinal);
    }

    private static async Task<long> Written(ServeProcess replica) =>
        (await replica.TryHealthAsync())?["casesWritten"]?.GetValue<long>() ?? throw new InvalidOperationException("no /healthz from a replica");

    private static List<long> StoredIds(PostgresSchema schema)
    {
        using var connection = new NpgsqlConnection(schema.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand("SELECT id FROM cases", connection);
        using var reader = command.ExecuteReader();
        var ids = new List<long>();
        while (reader.Read())
        {
            ids.Add(reader.GetInt64(0));
        }

        return ids;
    }

    /// <summary>The CLI's `stats`, as a moderator would run it against the shared database.</summary>
    private static string RunStats(PostgresSchema schema)
    {
        var (exitCode, output, error) = CliRun.InvokeWith(
            CliRun.Configuration(
                ("Storage:Provider", "postgres"),
                ("Storage:ConnectionString", schema.ConnectionString),
                // Every group shown, so each count can be compared (the default withholds groups under 3).
                ("Privacy:MinGroupSize", "1")),
            "stats", "--days", "1", "--by", "recommendation", "--format", "json",
            // Statistics cover whole UTC days up to yesterday: as of tomorrow, the one day is today's.
            "--today", DateTime.UtcNow.Date.AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(exitCode == 0, $"stats exited {exitCode}: {error}");
        return output;
    }

    /// <summary>One answer a member got: its case id, its feedback button, and whose it is.</summary>
    private sealed record AnsweredQuestion(long CaseId, string Feedback, string Member);

    /// <summary>What members sent through nginx and what they got back.</summary>
    private sealed class Load(IReadOnlyList<GoldenCase> questions)
    {
        private long _sent;
        private long _badSignatures;

        public ConcurrentDictionary<string, long> Statuses { get; } = new();

        public ConcurrentBag<long> AnsweredIds { get; } = [];

        public ConcurrentQueue<AnsweredQuestion> Answered { get; } = new();

        /// <summary>What-if and Show in channel clicks: "answered", or what came back instead.</summary>
        public ConcurrentDictionary<string, long> Buttons { get; } = new();

        public string ButtonSummary => string.Join(", ", Buttons.Select(b => $"{b.Key}: {b.Value}"));

        public ConcurrentDictionary<string, long> Expected { get; } = new();

        /// <summary>Requests signed with the wrong key that got a reply (each must be a 401).</summary>
        public long BadSignatures => Interlocked.Read(ref _badSignatures);

        public string Summary => string.Join(", ", Statuses.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => $"{s.Key}: {s.Value}"));

        /// <summary>Nine in ten: a golden case's question from a new member; one in ten signed with the wrong key.</summary>
        public async Task RunAsync(HttpClient http, int worker, string privateKey, string otherKey, CancellationToken stop)
        {
            while (!stop.IsCancellationRequested)
            {
                var n = Interlocked.Increment(ref _sent);
                var question = questions[(int)(n % questions.Count)];
                var member = (1_700_000_000_000_000_000L + n).ToString(CultureInfo.InvariantCulture);
                var forged = n % 10 == 0;
                var reply = await ServeProcess.TrySendAsync(http, Interactions.CancelAdvice(member, Interactions.OptionsOf(question.Ask)), forged ? otherKey : privateKey, CancellationToken.None);
                var status = reply?.Status.ToString(CultureInfo.InvariantCulture) ?? NoReply;
                Statuses.AddOrUpdate(status, 1, (_, count) => count + 1);
                if (forged)
                {
                    // Counted when a reply came: one sent at the reload's instant may get none, like any other.
                    if (reply is not null)
                    {
                        Interlocked.Increment(ref _badSignatures);
                    }
                }
                else if (reply is { Status: 200, Body: var body })
                {
                    var ids = JsonNode.Parse(body)!["data"]!["components"]!.AsArray()
                        .SelectMany(row => row!["components"]!.AsArray()).Select(button => button!["custom_id"]!.GetValue<string>()).ToList();
                    var caseId = long.Parse(ids[0].Split(':')[1], CultureInfo.InvariantCulture);
                    AnsweredIds.Add(caseId);
                    Answered.Enqueue(new AnsweredQuestion(caseId, ids.First(id => id.StartsWith("feedback:", StringComparison.Ordinal) && id.Contains(":helpful:", StringComparison.Ordinal)), member));
                    Expected.AddOrUpdate(question.Recommendation[0], 1, (_, count) => count + 1);
                    if (n % 7 == 0)
                    {
                        // Straight away, as a member reading the answer might: through nginx, so to either replica.
                        foreach (var id in ids.Where(id => id.StartsWith("whatif:", StringComparison.Ordinal) || id.StartsWith("share:", StringComparison.Ordinal)))
                        {
                            var click = await ServeProcess.TrySendAsync(http, Interactions.Button(id, member), privateKey, CancellationToken.None);
                            var outcome = click switch
                            {
                                null => NoReply,
                                { Status: 200, Body: var answer } when !answer.Contains("has expired", StringComparison.Ordinal) => "answered",
                                { Status: var other, Body: var answer } => $"{other} {answer[..Math.Min(answer.Length, 80)]}",
                            };
                            Buttons.AddOrUpdate(outcome, 1, (_, count) => count + 1);
                        }
                    }
                }
            }
        }

    }
}
