using System.Text;
using ForumHelper.Bot.Discord.Model;
using ForumHelper.Bot.Discord;
using ForumHelper.Core.Answers;
using ForumHelper.Core.Text;

namespace ForumHelper.Bot.Rendering;

/// <summary>Lays an <see cref="Answer"/> out as a Discord embed with its buttons, within Discord's limits.</summary>
internal static class DiscordAnswerRenderer
{
    private const int Blurple = 0x5865F2;
    private const int Grey = 0x4E5058;

    /// <summary>
    /// The member's private answer, with feedback, "what if" and (where there are others to show it
    /// to) share buttons; <paramref name="facts"/> is the question's <see cref="Core.Facts.DisputeFactsCode"/>.
    /// </summary>
    /// <param name="answer">The answer in words.</param>
    /// <param name="caseId">The logged case, for feedback.</param>
    /// <param name="facts">The question's facts code.</param>
    /// <param name="withShare">Whether "Show in channel" means anything where it was asked.</param>
    /// <param name="readAs">For a described question: "I read this as…", put before the advice.</param>
    /// <param name="redo">For a described question: the choices (<see cref="Core.Facts.ChosenFactsCode"/>) "Not quite right" reopens the form with.</param>
    public static MessagePayload Private(Answer answer, long caseId, string facts, bool withShare, string? readAs = null, string? redo = null) => new()
    {
        Embeds = [Embed(answer, readAs)],
        Components = redo is null
            ? Buttons(answer, caseId, facts, withFeedback: true, withShare)
            : [.. Buttons(answer, caseId, facts, withFeedback: true, withShare), Component.Row(Component.Button(ButtonStyle.Secondary, "Not quite right", CustomIds.Redo + ":" + redo))],
        Flags = MessagePayload.EphemeralFlag,
    };

    /// <summary>The buttons under a private answer; after feedback, the rest stay and the feedback pair goes. No "Show in channel" in the bot's DM.</summary>
    public static IReadOnlyList<Component> Buttons(Answer answer, long caseId, string facts, bool withFeedback, bool withShare)
    {
        var buttons = new List<Component>();
        if (withFeedback)
        {
            buttons.Add(Component.Button(ButtonStyle.Success, "Helpful", CustomIds.For(CustomIds.Feedback, caseId, "helpful", facts)));
            buttons.Add(Component.Button(ButtonStyle.Secondary, "Not helpful", CustomIds.For(CustomIds.Feedback, caseId, "not-helpful", facts)));
        }

        if (answer.Outcomes.FirstOrDefault(o => !o.Recommended) is { } alternative)
        {
            buttons.Add(Component.Button(ButtonStyle.Secondary, Limit($"What if: {alternative.Label}?", AnswerLimits.Label), CustomIds.For(CustomIds.WhatIf, caseId, alternative.Option, facts)));
        }

        if (withShare)
        {
            buttons.Add(Component.Button(ButtonStyle.Primary, "Show in channel", CustomIds.For(CustomIds.Share, caseId, CustomIds.Channel, facts)));
        }

        return [Component.Row([.. buttons])];
    }

    /// <summary>The same answer for everyone in the channel: no buttons; the texts were rendered without the member's numbers.</summary>
    public static MessagePayload Public(Answer answer) => new() { Embeds = [Embed(answer)] };

    /// <summary>One other path on its own: what it does, and what ForumHelper recommends instead.</summary>
    public static MessagePayload WhatIf(Answer answer, OutcomeText path)
    {
        var description = new StringBuilder(path.Summary)
            .Append("\n\n").Append(Capitalized(answer.Labels.Recommended.Trim('(', ')'))).Append(": **").Append(answer.Title).Append("**");
        return new MessagePayload
        {
            Embeds =
            [
                new Embed
                {
                    Title = Limit(path.Title, AnswerLimits.Title),
                    Description = Limit(description.ToString(), AnswerLimits.Description),
                    Color = Grey,
                    Fields = [Field(path, answer.Labels)],
                    Footer = new EmbedFooter(Limit(answer.Footer, AnswerLimits.Footer)),
                },
            ],
            Flags = MessagePayload.EphemeralFlag,
        };
    }

    private static Embed Embed(Answer answer, string? readAs = null)
    {
        var description = new StringBuilder();
        if (readAs is not null)
        {
            description.Append(readAs).Append("\n\n");
        }

        foreach (var caveat in answer.Caveats)
        {
            description.Append("⚠️ ").Append(caveat).Append("\n\n");
        }

        description.Append(answer.Summary);
        if (answer.Points.Count > 0)
        {
            description.Append("\n\n**").Append(answer.Labels.Why).Append("**");
            foreach (var point in answer.Points)
            {
                description.Append("\n• ").Append(point);
            }
        }

        if (answer.Question is not null)
        {
            description.Append("\n\n**").Append(answer.Labels.Question).Append("**\n").Append(answer.Question);
        }

        if (answer.MoreQuestions.Count > 0)
        {
            description.Append("\n\n**").Append(answer.Labels.MoreQuestions).Append("**");
            foreach (var question in answer.MoreQuestions)
            {
                description.Append("\n• ").Append(question);
            }
        }

        return new Embed
        {
            Title = Limit(answer.Title, AnswerLimits.Title),
            Description = Limit(description.ToString(), AnswerLimits.Description),
            Color = Blurple,
            Fields = [.. answer.Outcomes.Take(AnswerLimits.Fields).Select(o => Field(o, answer.Labels))],
            Footer = new EmbedFooter(Limit(answer.Footer, AnswerLimits.Footer)),
        };
    }

    private static EmbedField Field(OutcomeText outcome, AnswerLabels labels)
    {
        var name = outcome.Recommended ? $"{outcome.Label} {labels.Recommended}" : outcome.Label;
        var value = $"**{labels.Rate}:** {outcome.Rate}\n**{labels.ReviewRisk}:** {outcome.ReviewRisk}\n**{labels.WarningRisk}:** {outcome.WarningRisk}\n**{labels.Money}:** {outcome.Money}";
        return new EmbedField(Limit(name, AnswerLimits.FieldName), Limit(value, AnswerLimits.Field));
    }

    private static string Capitalized(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    // check-data keeps rendered answers within the limits; this only guards a data set that bypassed it.
    private static string Limit(string text, int limit) => TextFit.Cut(text, limit);
}
