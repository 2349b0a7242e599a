using System.CommandLine;
using System.Net;
using System.Text.Encodings.Web;
using System.Text.Json.Serialization.Metadata;
using System.Text.Json;
using ForumHelper.Bot.Configuration;
using ForumHelper.Bot.Discord.Model;
using ForumHelper.Bot.Discord;
using ForumHelper.Bot.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ForumHelper.Bot.Cli;

/// <summary>
/// <c>register-commands</c>: makes Discord's slash commands match <see cref="CommandDefinitions.All"/>.
/// It reads the registered set first and sends one bulk overwrite only when something differs,
/// because every new command name counts toward Discord's 200 creates a day.
/// </summary>
internal static class RegisterCommandsVerb
{
    // "Could not do it", like the other verbs' exit 1.
    private const int Failed = ExitCodes.DataProblems;

    private static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(20);

    public static Command Create(CliConsole console, IConfiguration configuration)
    {
        var guild = new Option<string?>("--guild") { Description = "Register in this one server (its id) instead of globally; server commands update at once, handy for testing" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Print the registration JSON and send nothing (needs no token)" };
        var command = new Command("register-commands", "Register the slash commands with Discord: one bulk overwrite, only when they changed") { guild, dryRun };
        command.SetAction((parse, cancellationToken) => RunAsync(parse.GetValue(guild), parse.GetValue(dryRun), console, configuration, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string? guildId, bool dryRun, CliConsole console, IConfiguration configuration, CancellationToken cancellationToken)
    {
        guildId = guildId?.Trim();
        if (guildId is not null && !DiscordIdRule.IsValid(guildId))
        {
            console.Error.WriteLine($"--guild must be a server id (a number like 123456789012345678; right-click the server with Developer Mode on, then Copy Server ID), not `{guildId}`.");
            return ExitCodes.Usage;
        }

        var ours = CommandDefinitions.All;
        var scope = guildId is null ? "global" : $"guild {guildId}";
        if (dryRun)
        {
            console.Out.WriteLine(IndentedJson(ours));
            console.Error.WriteLine($"Dry run: {Count(ours.Count)} for {scope} registration; nothing sent.");
            return ExitCodes.Success;
        }

        // The same validator as `serve`'s, asked for what calls with the bot token need.
        await using var services = new ServiceCollection()
            // Our own retry and rate-limit lines say it in words; Polly's telemetry would repeat each one.
            .AddLogging(logging => logging.AddProvider(new TextWriterLoggerProvider(console.Error, LogLevel.Warning)).AddFilter("Polly", LogLevel.Error))
            .AddDiscordSettings(configuration, serve: false, rest: true)
            .AddDiscordRest(policy => policy.AttemptTimeout = AttemptTimeout)
            .BuildServiceProvider();
        if (SettingsProblems.Of(services) is { Count: > 0 } problems)
        {
            SettingsReport.Write(problems, console);
            return ExitCodes.Usage;
        }

        var client = services.GetRequiredService<DiscordRestClient>();

        var current = await client.GetCommandsAsync(guildId, cancellationToken).ConfigureAwait(false);
        IReadOnlyList<ApplicationCommand>? theirs = null;
        if (current.IsSuccess)
        {
            theirs = current.Value;
        }
        else if (current.Problem()!.Status == HttpStatusCode.OK)
        {
            // Discord answered but with commands our model cannot read (made by another tool); the overwrite replaces them anyway.
            console.Error.WriteLine("warning: " + current.Problem()!.Message + " Overwriting them.");
        }
        else
        {
            console.Error.WriteLine(current.Problem()!.Message);
            return Failed;
        }

        (IReadOnlyList<string> Added, IReadOnlyList<string> Changed, IReadOnlyList<string> Removed)? changes = theirs is null ? null : Compare(ours, theirs, global: guildId is null);
        if (changes is { Added.Count: 0, Changed.Count: 0, Removed.Count: 0 })
        {
            console.Out.WriteLine($"Commands already up to date ({Count(ours.Count)}, {scope}); nothing sent.");
            return ExitCodes.Success;
        }

        var written = await client.OverwriteCommandsAsync(ours, guildId, cancellationToken).ConfigureAwait(false);
        if (!written.IsSuccess)
        {
            console.Error.WriteLine(written.Problem()!.Message);
            return Failed;
        }

        console.Out.WriteLine($"Registered {Count(written.Value.Count)} ({scope}).");
        if (changes is null)
        {
            console.Out.WriteLine("  replaced the set that could not be read");
        }
        else
        {
            WriteNames("added", changes.Value.Added, console);
            WriteNames("changed", changes.Value.Changed, console);
            WriteNames("removed", changes.Value.Removed, console);
        }

        return ExitCodes.Success;
    }

    /// <summary>
    /// Names added, changed or removed, comparing only what we define, so ids and versions Discord
    /// adds never count as changes. Contexts and installation types apply to global commands only,
    /// so in one server (<paramref name="global"/> false) whatever Discord reports for them is no change.
    /// </summary>
    internal static (IReadOnlyList<string> Added, IReadOnlyList<string> Changed, IReadOnlyList<string> Removed) Compare(
        IReadOnlyList<ApplicationCommand> ours, IReadOnlyList<ApplicationCommand> theirs, bool global)
    {
        var remote = theirs.DistinctBy(Key).ToDictionary(Key, c => Canonical(c, global));
        var local = ours.Select(Key).ToHashSet();
        var added = ours.Where(c => !remote.ContainsKey(Key(c))).Select(c => c.Name).ToList();
        var changed = ours.Where(c => remote.TryGetValue(Key(c), out var json) && json != Canonical(c, global)).Select(c => c.Name).ToList();
        var removed = theirs.Where(c => !local.Contains(Key(c))).Select(c => c.Name).ToList();
        return (added, changed, removed);
    }

    // Names are unique per type, so a user command may share a slash command's name.
    private static (int Type, string Name) Key(ApplicationCommand command) => (command.Type, command.Name);

    /// <summary>The command as JSON after normalizing what Discord may omit or reorder: false <c>required</c>, empty lists, the order of contexts and installation types.</summary>
    private static string Canonical(ApplicationCommand command, bool global)
    {
        var normalized = new ApplicationCommand
        {
            Name = command.Name,
            Description = command.Description,
            Type = command.Type,
            Options = command.Options is { Count: > 0 } options ? [.. options.Select(Canonical)] : null,
            DefaultMemberPermissions = string.IsNullOrEmpty(command.DefaultMemberPermissions) ? null : command.DefaultMemberPermissions,
            Contexts = global && command.Contexts is { Count: > 0 } contexts ? [.. contexts.Distinct().Order()] : null,
            IntegrationTypes = global && command.IntegrationTypes is { Count: > 0 } types ? [.. types.Distinct().Order()] : null,
        };
        return JsonSerializer.Serialize([normalized], DiscordJsonContext.Default.IReadOnlyListApplicationCommand);
    }

    private static CommandOptionDefinition Canonical(CommandOptionDefinition option) => option with
    {
        Required = option.Required == true ? true : null,
        Choices = option.Choices is { Count: > 0 } ? option.Choices : null,
    };

    private static string IndentedJson(IReadOnlyList<ApplicationCommand> commands)
    {
        // For reading: indented, and "—" stays "—" instead of \u2014; what is sent is the same JSON, compact.
        var options = new JsonSerializerOptions(DiscordJsonContext.Default.Options)
        {
            WriteIndented = true,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        return JsonSerializer.Serialize(commands, (JsonTypeInfo<IReadOnlyList<ApplicationCommand>>)options.GetTypeInfo(typeof(IReadOnlyList<ApplicationCommand>)));
    }

    private static void WriteNames(string label, IReadOnlyList<string> names, CliConsole console)
    {
        if (names.Count > 0)
        {
            console.Out.WriteLine($"  {label}: {string.Join(", ", names)}");
        }
    }

    private static string Count(int commands) => commands == 1 ? "1 command" : $"{commands} commands";
}
