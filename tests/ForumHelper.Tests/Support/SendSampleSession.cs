using System.Globalization;
using System.Text.RegularExpressions;
using ForumHelper.Bot.Cli;

namespace ForumHelper.Tests.Support;

/// <summary>
/// The README's two terminals in one test: the real endpoint (<see cref="InteractionServer"/>) on
/// loopback HTTP, sending deferred replies to where <c>send-sample</c>'s receiver listens, and
/// <c>send-sample</c> run through the command line with the server's key, as a newcomer runs it.
/// </summary>
internal sealed partial class SendSampleSession : IAsyncDisposable
{
    private SendSampleSession(InteractionServer server, TempFolder folder, int receiverPort)
    {
        Server = server;
        Folder = folder;
        ReceiverPort = receiverPort;
    }

    public InteractionServer Server { get; }

    /// <summary>Holds the key file, and <see cref="Samples"/>, where send-sample saves files.</summary>
    public TempFolder Folder { get; }

    public int ReceiverPort { get; }

    public string Samples => Folder.File("samples");

    /// <summary>Starts a server whose deferred replies go to a free loopback port, for <c>send-sample</c> to listen on.</summary>
    public static async Task<SendSampleSession> StartAsync(params (string Key, string Value)[] settings)
    {
        var port = LoopbackPorts.Free();
        var server = await InteractionServer.StartAsync(
            [("Discord:ApiBaseUrl", FollowUpReceiver.ApiBaseUrl(port)), ("Discord:AdvicePerMinute", "1000"), .. settings]);
        var folder = new TempFolder();
        await File.WriteAllTextAsync(folder.File("dev.key"), server.PrivateKey);
        return new SendSampleSession(server, folder, port);
    }

    /// <summary>Runs <c>send-sample</c> with these options, against this server, its key and its receiver port unless the options name others.</summary>
    public Task<(int ExitCode, string Out, string Error)> RunAsync(params string[] options)
    {
        List<string> arguments = ["send-sample", .. options];
        foreach (var (option, value) in new[]
        {
            ("--url", new Uri(Server.Address, "interactions").ToString()),
            ("--key-file", Folder.File("dev.key")),
            ("--receiver-port", ReceiverPort.ToString(CultureInfo.InvariantCulture)),
            ("--save-to", Samples),
        })
        {
            if (!options.Contains(option))
            {
                arguments.AddRange([option, value]);
            }
        }

        return Task.Run(() => CliRun.Invoke([.. arguments]));
    }

    /// <summary>
    /// The options send-sample printed to go on from a reply, on the indented line that starts with
    /// <paramref name="label"/> (a button's label, a select's placeholder, or <c>--modal</c>), split as a
    /// shell would; fails the test when there is none.
    /// </summary>
    public static string[] NextOptions(string output, string label)
    {
        var line = output.Split('\n').FirstOrDefault(l => l.StartsWith("  ", StringComparison.Ordinal) && l.TrimStart().StartsWith(label + " ", StringComparison.Ordinal));
        Assert.True(line is not null, $"send-sample printed no line for `{label}`:\n{output}");
        var options = line[(line.IndexOf("--", StringComparison.Ordinal))..];
        var parenthesis = ValueChoices().Match(options);
        return [.. ReadmeExamples.Split(parenthesis.Success ? options[..parenthesis.Index] : options)];
    }

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        Folder.Dispose();
    }

    // A select's line ends with the other values it takes: "   (or in-progress, delivered)".
    [GeneratedRegex(@"\s+\(or [^)]*\)\s*$")]
    private static partial Regex ValueChoices();
}
