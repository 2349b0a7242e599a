using System.CommandLine;
using ForumHelper.Bot.Discord;
using ForumHelper.Core.Facts;
using ForumHelper.Core.GoldenCases;

namespace ForumHelper.Benchmarks.Load;

/// <summary>
/// The load harness's own commands (see <c>Load/run-load.sh</c>): <c>requests</c> writes signed
/// interactions for wrk, <c>floor</c> runs the bare endpoint, <c>cold-start</c> times a start to the first PONG,
/// <c>count-cases</c> checks what reached the database, <c>public-key</c> prints a key file's public half (for the Node peer), <c>free-ports</c> gives the scripts ports nobody holds.
/// </summary>
internal static class LoadTool
{
    public static readonly string[] Verbs = ["requests", "floor", "cold-start", "count-cases", "public-key", "free-ports"];

    public static int Run(string[] args)
    {
        var keyFile = new Option<FileInfo>("--key-file") { Description = "The development private key (from `forumhelper dev-keys`)", Required = true }.AcceptExistingOnly();

        var output = new Option<string>("--out") { Description = "Where to write the requests", Required = true };
        var count = new Option<int>("--count") { Description = "How many requests at least (more when --members needs them, so that every member asks once)", DefaultValueFactory = _ => 20_000 };
        var mix = new Option<string>("--mix") { Description = "Shares of each kind", DefaultValueFactory = _ => RequestMix.Default };
        var members = new Option<int>("--members") { Description = "How many different members ask, taking turns", DefaultValueFactory = _ => 1_000 };
        var seed = new Option<int>("--seed") { Description = "Seed of the random choices, for repeatable files", DefaultValueFactory = _ => 1 };
        var requests = new Command("requests", "Write signed interactions, one per line, for load.lua") { keyFile, output, count, mix, members, seed };
        requests.SetAction(parse => WriteRequests(File.ReadAllText(parse.GetValue(keyFile)!.FullName), parse.GetValue(output)!, parse.GetValue(count), parse.GetValue(mix)!, parse.GetValue(members), parse.GetValue(seed)));

        var urls = new Option<string>("--urls") { Description = "Where to listen", DefaultValueFactory = _ => "http://127.0.0.1:8090" };
        var replyBytes = new Option<int>("--reply-bytes") { Description = "Size of the canned reply", DefaultValueFactory = _ => 3_000 };
        var floor = new Command("floor", "Run the bare endpoint: verify the signature, send a canned reply") { keyFile, urls, replyBytes };
        floor.SetAction(parse => FloorEndpoint.RunAsync(parse.GetValue(urls)!, DevelopmentKeys.PublicOf(File.ReadAllText(parse.GetValue(keyFile)!.FullName)), parse.GetValue(replyBytes)));

        var url = new Option<string>("--url") { Description = "The endpoint to ping", Required = true };
        var runs = new Option<int>("--runs") { Description = "How many starts", DefaultValueFactory = _ => 5 };
        var command = new Argument<string[]>("command") { Description = "The server command line, after --", Arity = ArgumentArity.OneOrMore };
        var coldStart = new Command("cold-start", "Start a server repeatedly and time its first PONG") { keyFile, url, runs, command };
        coldStart.SetAction(parse => ColdStart.RunAsync(parse.GetValue(url)!, File.ReadAllText(parse.GetValue(keyFile)!.FullName), parse.GetValue(runs), parse.GetValue(command)!));

        var database = new Argument<string>("database") { Description = "The SQLite file" };
        var countCases = new Command("count-cases", "Print the number of cases and of distinct case ids") { database };
        countCases.SetAction(parse => CaseCount.Run(parse.GetValue(database)!));

        // The hex alone on one line, so a script can hand it to another server (the Node peer) without parsing `dev-keys`' prose.
        var publicKey = new Command("public-key", "Print the public key (hex) of a development private key") { keyFile };
        publicKey.SetAction(parse => Console.Out.WriteLine(DevelopmentKeys.PublicOf(File.ReadAllText(parse.GetValue(keyFile)!.FullName))));

        var portCount = new Option<int>("--count") { Description = "How many ports", DefaultValueFactory = _ => 1 };
        var freePorts = new Command("free-ports", "Print loopback ports that are free now, separated by spaces") { portCount };
        freePorts.SetAction(parse => FreePorts.Run(parse.GetValue(portCount)));

        return new RootCommand("ForumHelper load harness") { requests, floor, coldStart, countCases, publicKey, freePorts }.Parse(args).Invoke();
    }

    private static int WriteRequests(string privateKey, string path, int count, string mixText, int members, int seed)
    {
        var mix = RequestMix.Parse(mixText, out var problem);
        if (mix is null || count < 1 || members < 1)
        {
            Console.Error.WriteLine(problem ?? "--count and --members must be at least 1");
            return 2;
        }

        var (cases, problems) = GoldenCaseLoader.LoadFolder(Path.Combine(DataLocation.Find(), "cases"));
        var questions = cases.Select(c => SlashLine.Parse(c.Ask)).Where(p => p.IsSuccess).Select(p => p.Value!).ToList();
        if (questions.Count == 0 || problems.Count > 0)
        {
            Console.Error.WriteLine($"The golden cases could not be read ({problems.Count} problems): run `forumhelper check-cases`.");
            return 2;
        }

        using var file = new StreamWriter(path);
        var writer = new RequestFileWriter(privateKey, new Random(seed), members);
        var written = writer.Write(file, questions, mix, count, DateTimeOffset.UtcNow);
        Console.Error.WriteLine($"wrote {written.Values.Sum()} requests from {writer.MembersWritten} members to {path}: {string.Join(", ", written.Select(k => $"{k.Key} {k.Value}"))}");
        return 0;
    }
}
