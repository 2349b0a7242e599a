using ForumHelper.Bot.Discord.Model;
using ForumHelper.Core.Cases;
using ForumHelper.Core.Facts;
using Humanizer;

namespace ForumHelper.Bot.Discord;

/// <summary>
/// The one definition of every slash command: registration JSON is built from the same fact
/// catalog the parser binds against, so choices and ranges cannot drift apart.
/// </summary>
public static class CommandDefinitions
{
    /// <summary>Discord's limit for names and descriptions of options and choices.</summary>
    private const int TextLimit = 100;

    // Interaction contexts: a server, the bot's DM, a group DM or a DM between members.
    private const int GuildContext = 0;
    private const int BotDmContext = 1;
    private const int PrivateChannelContext = 2;

    // Installation types: to a server (guild install), to a member's own account (user install).
    private const int GuildInstall = 0;
    private const int UserInstall = 1;

    /// <summary>A member asks wherever they are: in a server, in the bot's DM, or in a private channel through their own install.</summary>
    private static readonly IReadOnlyList<int> Anywhere = [GuildContext, BotDmContext, PrivateChannelContext];

    private static readonly IReadOnlyList<int> ServerOrMember = [GuildInstall, UserInstall];

    public static IReadOnlyList<ApplicationCommand> All { get; } =
    [
        new ApplicationCommand
        {
            Name = CommandNames.CancelAdvice,
            Description = "What to do when an order is being cancelled, and what each choice costs you",
            Options = [.. FactCatalog.All.Select(Option)],
            Contexts = Anywhere,
            IntegrationTypes = ServerOrMember,
        },
        new ApplicationCommand
        {
            Name = CommandNames.CaseStats,
            Description = "Moderators: statistics of the anonymized cases, with a chart",
            Options =
            [
                new CommandOptionDefinition
                {
                    // Whole finished months only: reports never overlap, so none can be subtracted from another.
                    Type = CommandOptionDefinition.StringType,
                    Name = "month",
                    Description = "A finished month as YYYY-MM, e.g. 2026-11 (default: last month)",
                    MinLength = 7,
                    MaxLength = 7,
                },
                new CommandOptionDefinition
                {
                    Type = CommandOptionDefinition.StringType,
                    Name = "by",
                    Description = "Group the cases by (default: recommendation)",
                    Choices = [.. WireNames.Of<CaseGrouping>().Select(wire => new CommandChoice(Display(wire), wire))],
                },
            ],
            DefaultMemberPermissions = Permissions.ManageMessages.ToString(System.Globalization.CultureInfo.InvariantCulture),

            // A server's statistics, for its moderators: only where the server itself installed the app.
            Contexts = [GuildContext],
            IntegrationTypes = [GuildInstall],
        },
        new ApplicationCommand
        {
            Name = CommandNames.ForgetMe,
            Description = "Delete every case ForumHelper has logged for you",
            Contexts = Anywhere,
            IntegrationTypes = ServerOrMember,
        },
    ];

    private static CommandOptionDefinition Option(FactDefinition fact) => new()
    {
        Type = fact.Kind switch
        {
            FactKind.Integer => CommandOptionDefinition.IntegerType,
            FactKind.Boolean => CommandOptionDefinition.BooleanType,
            _ => CommandOptionDefinition.StringType,
        },
        Name = fact.Name,
        Description = Limit(fact.Description),
        // Every option is optional in Discord: /cancel-advice with none (or without asked-by and stage)
        // opens the form where the member describes the dispute in their own words.
        Required = null,
        Choices = fact.Kind == FactKind.Choice
            ? [.. fact.Choices.Select(wire => new CommandChoice(Limit(ChoiceName(fact, wire)), wire))]
            : null,
        MinValue = fact.Kind == FactKind.Integer ? fact.Min : null,
        MaxValue = fact.Kind == FactKind.Integer ? fact.Max : null,
    };

    /// <summary>"Draft in chat — shown in messages, not delivered": the wire name in words, plus the hint where one exists.</summary>
    private static string ChoiceName(FactDefinition fact, string wire) =>
        fact.ChoiceHints.TryGetValue(wire, out var hint) ? $"{Display(wire)} — {hint}" : Display(wire);

    private static string Display(string wire) => wire.Humanize(LetterCasing.Sentence);

    private static string Limit(string text) => text.Length <= TextLimit ? text : text.Truncate(TextLimit, "…");
}
