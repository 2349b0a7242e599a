using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using ForumHelper.Bot.Configuration;
using ForumHelper.Bot.Discord;
using ForumHelper.Bot.Discord.Model;
using ForumHelper.Bot.Rendering;
using ForumHelper.Core.Facts;
using ForumHelper.Core.Outcomes;
using ForumHelper.Core.Text;
using Microsoft.Extensions.DependencyInjection;

namespace ForumHelper.Bot.Cli;

/// <summary>
/// <c>send-sample</c>: sends one interaction, signed with the development key the way Discord
/// signs, to a running local <c>serve</c>, and prints the reply, what a member would see, and how
/// to press its buttons, pick in its selects or submit its form next. A deferred reply is waited for
/// at a loopback stand-in for Discord's webhook API (<see cref="FollowUpReceiver"/>), where
/// <c>serve --dev-key</c> sends it.
/// </summary>
internal static class SendSampleVerb
{
    public const string DefaultUrl = "http://127.0.0.1:8080/interactions";
    public const int DefaultWaitSeconds = 30;
    public const string DefaultSaveTo = "samples";

    // The HTTP client to the local endpoint, from the client factory like every HttpClient in ForumHelper.
    private const string Name = "send-sample";
    private const int MaxWaitSeconds = 900;

    private static readonly string[] Actions = ["--ping", "--command", "--button", "--select", "--modal"];

    public static Command Create(CliConsole console)
    {
        var url = new Option<string>("--url") { Description = "The endpoint", DefaultValueFactory = _ => DefaultUrl };
        var keyFile = new Option<string>("--key-file") { Description = "The private key from `dev-keys`", DefaultValueFactory = _ => DevKeysVerb.DefaultFile };
        var ping = new Option<bool>("--ping") { Description = "Send a PING" };
        var command = new Option<string?>("--command", "--ask") { Description = $"A slash command as typed in Discord, e.g. \"{AskVerb.Example}\", \"/case-stats by:stage\" or forget-me (the default: the first)" };
        var button = new Option<string?>("--button") { Description = "Press the button with this custom id (send-sample prints them under each reply)" };
        var select = new Option<string?>("--select") { Description = "Pick --value in the select with this custom id" };
        var value = new Option<string?>("--value") { Description = "The value picked with --select" };
        var modal = new Option<string?>("--modal") { Description = "Submit the form with this custom id (send-sample prints it when a form opens)" };
        var field = new Option<string[]>("--field") { Description = "A form's input as NAME=VALUE, with --modal (repeatable)" };
        var member = new Option<string?>("--member") { Description = $"The member's user id (default {SampleInteractions.Member})" };
        var moderator = new Option<bool>("--moderator") { Description = "Send as a member with Manage Messages (for /case-stats)" };
        var role = new Option<string[]>("--role") { Description = "A role id the member has (repeatable), e.g. one in Moderation:RoleIds" };
        var dm = new Option<bool>("--dm") { Description = "Send from the member's DM with the app instead of a server" };
        var port = new Option<int>("--receiver-port") { Description = "Where to wait for deferred replies (serve --dev-key sends them to 8081)", DefaultValueFactory = _ => FollowUpReceiver.DefaultPort };
        var wait = new Option<int>("--wait") { Description = "Seconds to wait for a deferred reply", DefaultValueFactory = _ => DefaultWaitSeconds };
        var saveTo = new Option<string>("--save-to") { Description = "The folder for the files of a deferred reply (e.g. the chart)", DefaultValueFactory = _ => DefaultSaveTo };
        var verb = new Command("send-sample", "Send a signed sample interaction (command, button, select or form) to a running local serve and print the reply")
        {
            url, keyFile, ping, command, button, select, value, modal, field, member, moderator, role, dm, port, wait, saveTo,
        };
        verb.SetAction((parse, cancel) => RunAsync(
            new SendSampleArgs
            {
                Url = parse.GetValue(url)!,
                KeyFile = parse.GetValue(keyFile)!,
                Ping = parse.GetValue(ping),
                Command = parse.GetValue(command),
                Button = parse.GetValue(button),
                Select = parse.GetValue(select),
                Value = parse.GetValue(value),
                Modal = parse.GetValue(modal),
                Fields = parse.GetValue(field) ?? [],
                Member = parse.GetValue(member),
                Moderator = parse.GetValue(moderator),
                Roles = parse.GetValue(role) ?? [],
                DirectMessage = parse.GetValue(dm),
                ReceiverPort = parse.GetValue(port),
                WaitSeconds = parse.GetValue(wait),
                SaveTo = parse.GetValue(saveTo)!,
            },
            console,
            cancel));
        return verb;
    }

    public static async Task<int> RunAsync(SendSampleArgs args, CliConsole console, CancellationToken cancel)
    {
        var sender = Sender(args);
        if (!sender.IsSuccess)
        {
            return Usage(console, sender.Problems);
        }

        var body = Body(args, sender.Value!);
        if (!body.IsSuccess)
        {
            return Usage(console, body.Problems);
        }

        if (!File.Exists(args.KeyFile))
        {
            console.Error.WriteLine($"{args.KeyFile} not found: run `dev-keys` first, and start `serve` with the public key it prints.");
            return ExitCodes.Usage;
        }

        FollowUpReceiver? receiver = null;
        if (!args.Ping)
        {
            var started = await FollowUpReceiver.StartAsync(args.ReceiverPort, sender.Value!.Token).ConfigureAwait(false);
            if (started.IsSuccess)
            {
                receiver = started.Value;
            }
            else
            {
                console.Error.WriteLine($"{started.Problems[0]} A deferred reply (/case-stats) cannot be shown: choose another port with --receiver-port, and start serve with Discord__ApiBaseUrl={FollowUpReceiver.ApiBaseUrl(args.ReceiverPort)} set to it.");
            }
        }

        try
        {
            return await SendAsync(args, body.Value!, receiver, console, cancel).ConfigureAwait(false);
        }
        finally
        {
            if (receiver is not null)
            {
                await receiver.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private static async Task<int> SendAsync(SendSampleArgs args, byte[] bytes, FollowUpReceiver? receiver, CliConsole console, CancellationToken cancel)
    {
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, args.Url) { Content = new ByteArrayContent(bytes) };
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.Add("X-Signature-Timestamp", timestamp);
        request.Headers.Add("X-Signature-Ed25519", DevelopmentKeys.Sign(await File.ReadAllTextAsync(args.KeyFile, cancel).ConfigureAwait(false), timestamp, bytes));
        await using var services = new ServiceCollection()
            .AddHttpClient(Name, client => client.Timeout = TimeSpan.FromSeconds(10)).Services
            .BuildServiceProvider();
        var http = services.GetRequiredService<IHttpClientFactory>().CreateClient(Name);
        string reply;
        try
        {
            using var response = await http.SendAsync(request, cancel).ConfigureAwait(false);
            reply = await response.Content.ReadAsStringAsync(cancel).ConfigureAwait(false);
            console.Out.WriteLine($"HTTP {(int)response.StatusCode} {response.ReasonPhrase}");
            console.Out.WriteLine(Pretty(reply));
            if (!response.IsSuccessStatusCode)
            {
                if (response.StatusCode == System.Net.HttpStatusCode.Unauthorized)
                {
                    console.Error.WriteLine($"The endpoint refused the signature: start serve with --dev-key {args.KeyFile} (the key send-sample signs with).");
                }

                return ExitCodes.DataProblems;
            }
        }
        catch (HttpRequestException error)
        {
            console.Error.WriteLine($"Could not reach {args.Url}: {error.Message}. Is `serve` running?");
            return ExitCodes.DataProblems;
        }
        catch (TaskCanceledException) when (!cancel.IsCancellationRequested)
        {
            console.Error.WriteLine($"{args.Url} did not answer within {http.Timeout.TotalSeconds:0} seconds.");
            return ExitCodes.DataProblems;
        }

        using var document = Json(reply);
        if (document is null)
        {
            return ExitCodes.Success;
        }

        console.Out.WriteLine();
        ReplyGuide.WriteReply(document.RootElement, console.Out);
        if (IsCaseStats(args) && !args.Moderator && args.Roles.Count == 0 && ReplyGuide.TypeOf(document.RootElement) == CallbackType.ChannelMessage)
        {
            console.Out.WriteLine("(Sent as a member without Manage Messages: add --moderator to send it as a moderator.)");
        }

        return ReplyGuide.TypeOf(document.RootElement) == CallbackType.DeferredChannelMessage
            ? await FollowUpAsync(args, receiver, console, cancel).ConfigureAwait(false)
            : ExitCodes.Success;
    }

    private static async Task<int> FollowUpAsync(SendSampleArgs args, FollowUpReceiver? receiver, CliConsole console, CancellationToken cancel)
    {
        var api = FollowUpReceiver.ApiBaseUrl(args.ReceiverPort);
        if (receiver is null)
        {
            console.Error.WriteLine($"Nothing listens at {api} to take the reply when the bot fills it in (see above).");
            return ExitCodes.DataProblems;
        }

        console.Out.WriteLine($"Waiting up to {args.WaitSeconds} s for the bot to fill it in, at {api} …");
        var received = await receiver.WaitAsync(TimeSpan.FromSeconds(args.WaitSeconds), cancel).ConfigureAwait(false);
        if (received is null)
        {
            console.Error.WriteLine(
                $"No reply came within {args.WaitSeconds} s. Is serve running with --dev-key? It sends deferred replies to {api} " +
                "(to another port only when Discord:ApiBaseUrl names one on 127.0.0.1; then pass that port as --receiver-port). Its log says what went wrong.");
            return ExitCodes.DataProblems;
        }

        console.Out.WriteLine(received.IsEdit
            ? $"The bot filled the reply in: {received.Method} {received.Path}"
            : $"The bot posted a further message: {received.Method} {received.Path}");
        console.Out.WriteLine(Pretty(received.PayloadJson));
        if (received.Files.Count > 0)
        {
            Directory.CreateDirectory(args.SaveTo);
        }

        for (var i = 0; i < received.Files.Count; i++)
        {
            var file = received.Files[i];
            var name = Path.GetFileName(file.FileName);
            var path = Path.Combine(args.SaveTo, string.IsNullOrWhiteSpace(name) ? $"file-{i}" : name);
            await File.WriteAllBytesAsync(path, file.Content, cancel).ConfigureAwait(false);
            console.Out.WriteLine($"Saved {file.FileName} ({file.Content.Length.ToString("N0", CultureInfo.InvariantCulture)} bytes, {file.ContentType}) to {path}");
        }

        using var message = Json(received.PayloadJson);
        if (message is not null)
        {
            ReplyGuide.WriteMessage(message.RootElement, console.Out);
        }

        return ExitCodes.Success;
    }

    /// <summary>Who sends it, from the options; a member or role that is not a user id is a usage error.</summary>
    private static Outcome<SampleSender, string> Sender(SendSampleArgs args)
    {
        List<string> problems = [];
        if (args.Member is { } member && !DiscordIdRule.IsValid(member))
        {
            problems.Add($"--member must be a Discord user id (up to 20 digits, like {SampleInteractions.Member}), not `{member}`.");
        }

        problems.AddRange(args.Roles.Where(r => !DiscordIdRule.IsValid(r)).Select(r => $"--role must be a Discord role id (up to 20 digits, like 100000000000000010), not `{r}`."));
        if (args.DirectMessage && (args.Moderator || args.Roles.Count > 0))
        {
            problems.Add("--moderator and --role describe a member of a server; a DM (--dm) has neither.");
        }

        if (args.ReceiverPort is < 1 or > 65535)
        {
            problems.Add($"--receiver-port must be a port, 1–65535, not {args.ReceiverPort}.");
        }

        if (args.WaitSeconds is < 1 or > MaxWaitSeconds)
        {
            problems.Add($"--wait must be 1–{MaxWaitSeconds} seconds (Discord's interaction token lasts 15 minutes), not {args.WaitSeconds}.");
        }

        return problems.Count > 0
            ? Outcome<SampleSender, string>.Failure(problems)
            : Outcome<SampleSender, string>.Success(SampleSender.New(
                args.Member ?? SampleInteractions.Member,
                args.Moderator ? Permissions.ManageMessages.ToString(CultureInfo.InvariantCulture) : "0",
                args.Roles,
                args.DirectMessage));
    }

    /// <summary>The interaction's body: exactly one of --ping, --command, --button, --select and --modal (none: the example question).</summary>
    private static Outcome<byte[], string> Body(SendSampleArgs args, SampleSender sender)
    {
        string?[] given = [args.Ping ? "" : null, args.Command, args.Button, args.Select, args.Modal];
        var named = Actions.Where((_, i) => given[i] is not null).ToList();
        if (named.Count > 1)
        {
            return Fail($"Send one thing at a time: one of {string.Join(", ", Actions)}, not {string.Join(" and ", named)} together.");
        }

        if (args.Value is not null && args.Select is null)
        {
            return Fail("--value is the value picked in a select: give it with --select ID.");
        }

        if (args.Fields.Count > 0 && args.Modal is null)
        {
            return Fail("--field is an input of a form: give it with --modal ID.");
        }

        if (args.Ping)
        {
            return Outcome<byte[], string>.Success(SampleInteractions.Ping());
        }

        if (args.Button is { } button)
        {
            return CustomId("--button", button) ?? Outcome<byte[], string>.Success(SampleInteractions.Button(button, sender));
        }

        if (args.Select is { } select)
        {
            return CustomId("--select", select)
                ?? (string.IsNullOrWhiteSpace(args.Value)
                    ? Fail("--select needs --value VALUE, one of the values send-sample listed under the reply with the select.")
                    : Outcome<byte[], string>.Success(SampleInteractions.Select(select, [args.Value], sender)));
        }

        if (args.Modal is { } modal)
        {
            var fields = Fields(args.Fields);
            return CustomId("--modal", modal)
                ?? (fields.IsSuccess ? Outcome<byte[], string>.Success(SampleInteractions.DescribeSubmit(modal, fields.Value!, sender)) : Outcome<byte[], string>.Failure(fields.Problems));
        }

        return Command(args.Command ?? AskVerb.Example, sender);
    }

    private static Outcome<byte[], string> Command(string text, SampleSender sender)
    {
        var line = text.TrimStart().StartsWith('/') ? text : "/" + text.TrimStart();
        var parsed = SlashLine.Parse(line);
        if (!parsed.IsSuccess)
        {
            return Fail($"--command: {parsed.Problems[0].Explained} e.g. \"{AskVerb.Example}\".");
        }

        var names = CommandDefinitions.All.Select(c => c.Name).ToList();
        var name = parsed.Value!.Command;
        if (!names.Contains(name))
        {
            var nearest = NearestMatch.Find(name, names) is { } near ? $" Did you mean /{near}?" : "";
            return Fail($"--command: `/{TextFit.ForCodeSpan(name, 40, "...")}` is not a ForumHelper command; valid: {string.Join(", ", names.Select(n => "/" + n))}.{nearest}");
        }

        return Outcome<byte[], string>.Success(SampleInteractions.Command(name, parsed.Value.Options, sender));
    }

    /// <summary>The describe form's inputs from <c>NAME=VALUE</c>; a name or a choice the form does not have is a usage error naming what it has.</summary>
    private static Outcome<IReadOnlyDictionary<string, string>, string> Fields(IReadOnlyList<string> given)
    {
        var valid = string.Join(", ", [DescribeForm.TextId, .. DescribeForm.Questions.Select(q => q.Name)]);
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        List<string> problems = [];
        foreach (var field in given)
        {
            var equals = field.IndexOf('=', StringComparison.Ordinal);
            var name = equals < 0 ? field : field[..equals];
            var fact = DescribeForm.Questions.FirstOrDefault(q => q.Name == name);
            if (equals < 0)
            {
                problems.Add($"--field `{field}` needs a value: write NAME=VALUE, e.g. asked-by=buyer or {DescribeForm.TextId}=\"The buyer …\".");
            }
            else if (name != DescribeForm.TextId && fact is null)
            {
                problems.Add($"--field: the form has no input `{name}`; it has {valid}.");
            }
            else if (fields.ContainsKey(name))
            {
                problems.Add($"--field {name} is given twice; a form's input has one value.");
            }
            else if (fact is not null && !fact.Choices.Contains(field[(equals + 1)..]))
            {
                problems.Add($"--field {name}: `{field[(equals + 1)..]}` is not one of its choices; valid: {string.Join(", ", fact.Choices)}.");
            }
            else
            {
                fields[name] = field[(equals + 1)..];
            }
        }

        return problems.Count > 0
            ? Outcome<IReadOnlyDictionary<string, string>, string>.Failure(problems)
            : Outcome<IReadOnlyDictionary<string, string>, string>.Success(fields);
    }

    // Discord never sends an empty custom id or one over 100 characters; anything else goes to the bot, which answers what it does not know.
    private static Outcome<byte[], string>? CustomId(string option, string id) =>
        string.IsNullOrWhiteSpace(id) || id.Length > CustomIds.MaxLength
            ? Fail($"{option} needs the custom id of a component (1–{CustomIds.MaxLength} characters), as send-sample prints it under a reply.")
            : null;

    private static bool IsCaseStats(SendSampleArgs args) =>
        args.Command is { } command && command.TrimStart().TrimStart('/').StartsWith(CommandNames.CaseStats, StringComparison.Ordinal);

    private static Outcome<byte[], string> Fail(string problem) => Outcome<byte[], string>.Failure([problem]);

    private static int Usage(CliConsole console, IReadOnlyList<string> problems)
    {
        foreach (var problem in problems)
        {
            console.Error.WriteLine(problem);
        }

        return ExitCodes.Usage;
    }

    private static JsonDocument? Json(string text)
    {
        try
        {
            return JsonDocument.Parse(text);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Pretty(string text)
    {
        using var document = Json(text);
        return document is null ? text : PrettyJson.Write(document.RootElement);
    }
}
