using System.Text;
using ForumHelper.Bot.Discord.Model;
using ForumHelper.Bot.Discord;
using ForumHelper.Core.Answers;
using ForumHelper.Core.Text;
using Microsoft.Extensions.ObjectPool;

namespace ForumHelper.Bot.Rendering;

/// <summary>
/// Lays an <see cref="Answer"/> out as Discord embeds with their buttons, within Discord's limits.
/// Most members read on a phone, so the answer itself is one screen: the recommendation, the reasons
/// that decide it, the question that could change it and one line per path. The full breakdown is
/// one button away ("Details").
/// </summary>
internal static class DiscordAnswerRenderer
{
    private const int Grey = 0x4E5058;
    private const string Dot = " · ";

    // Every answer's first screen is built in a builder of a few KB: reused, not grown afresh from 16 characters each time.
    private static readonly ObjectPool<StringBuilder> Builders = new DefaultObjectPoolProvider().CreateStringBuilderPool(
        initialCapacity: 2 * 1024, maximumRetainedCapacity: AnswerLimits.Description);

    /// <summary>
    /// The member's private answer, with details, "what if", share (where there are others to show
    /// it to) and feedback buttons; <paramref name="facts"/> is the question's <see cref="Core.Facts.DisputeFactsCode"/>.
    /// </summary>
    /// <param name="answer">The answer in words.</param>
    /// <param name="caseId">The logged case, for feedback.</param>
    /// <param name="facts">The question's facts code.</param>
    /// <param name="withShare">Whether "Show in channel" means anything where it was asked.</param>
    /// <param name="readAs">For a described question: "I read this as…", put before the advice.</param>
    /// <param name="redo">For a described question: the choices (<see cref="Core.Facts.ChosenFactsCode"/>) "Not quite right" reopens the form with.</param>
    public static MessagePayload Private(Answer answer, long caseId, string facts, bool withShare, string? readAs = null, string? redo = null)
    {
        var feedback = new List<Component>
        {
            Component.Button(ButtonStyle.Success, "Helpful", CustomIds.For(CustomIds.Feedback, caseId, "helpful", facts)),
            Component.Button(ButtonStyle.Secondary, "Not helpful", CustomIds.For(CustomIds.Feedback, caseId, "not-helpful", facts)),
        };
        if (redo is not null)
        {
            feedback.Add(Component.Button(ButtonStyle.Secondary, "Not quite right", CustomIds.Redo + ":" + redo));
        }

        return new MessagePayload
        {
            Embeds = [FirstScreen(answer, readAs)],
            Components = [.. Buttons(answer, caseId, facts, withShare), Component.Row([.. feedback])],
            Flags = MessagePayload.EphemeralFlag,
        };
    }

    /// <summary>
    /// The row of buttons that stays under a private answer, also after feedback: "Details", "What
    /// if" for the strongest other path, and "Show in channel" (secondary: it is the only one that
    /// posts publicly; not in the bot's DM, where there is nobody to show it to).
    /// </summary>
    public static IReadOnlyList<Component> Buttons(Answer answer, long caseId, string facts, bool withShare)
    {
        var buttons = new List<Component>
        {
            Component.Button(ButtonStyle.Primary, "Details", CustomIds.For(CustomIds.Details, caseId, CustomIds.AllPaths, facts)),
        };
        if (answer.Outcomes.FirstOrDefault(o => !o.Recommended) is { } alternative)
        {
            buttons.Add(Component.Button(ButtonStyle.Secondary, Limit($"What if: {alternative.Label}?", AnswerLimits.Label), CustomIds.For(CustomIds.WhatIf, caseId, alternative.Option, facts)));
        }

        if (withShare)
        {
            buttons.Add(Component.Button(ButtonStyle.Secondary, "Show in channel", CustomIds.For(CustomIds.Share, caseId, CustomIds.Channel, facts)));
        }

        return [Component.Row([.. buttons])];
    }

    /// <summary>
    /// The same answer for everyone in the channel: the dispute in general words first, so readers
    /// who never saw the question understand it; no buttons; no number of the member's.
    /// </summary>
    public static MessagePayload Public(Answer answer)
    {
        var dispute = answer.Dispute.Count > 0 ? $"**{answer.Labels.Dispute}:** {string.Join(Dot, answer.Dispute)}" : null;
        return new MessagePayload { Embeds = [FirstScreen(answer, dispute)] };
    }

    /// <summary>
    /// Everything the first screen leaves out, privately: every reason, every question, and every
    /// path in full, one field per aspect (money, review, warning, rate), so paths with the same
    /// consequence share one line instead of repeating it.
    /// </summary>
    public static MessagePayload Details(Answer answer)
    {
        var description = new StringBuilder();
        Bullets(description, answer.Labels.Why, answer.Points);
        if (answer.Question is not null)
        {
            description.Append("\n\n**").Append(answer.Labels.Question).Append("**\n").Append(answer.Question);
        }

        Bullets(description, answer.Labels.MoreQuestions, answer.MoreQuestions);
        return new MessagePayload
        {
            Embeds =
            [
                new Embed
                {
                    Title = Limit($"{answer.Family.Symbol} {answer.Labels.Details}: {answer.Title}", AnswerLimits.Title),
                    Description = Limit(description.ToString().Trim(), AnswerLimits.Description),
                    Color = answer.Family.Colour,
                    Fields = [.. OutcomeAspects.All.Select(aspect => new EmbedField(answer.Labels.Of(aspect), Limit(ByConsequence(answer.Outcomes, aspect, answer.Labels), AnswerLimits.Field)))],
                    Footer = new EmbedFooter(Limit(answer.Footer, AnswerLimits.Footer)),
                },
            ],
            Flags = MessagePayload.EphemeralFlag,
        };
    }

    /// <summary>"• **Decline**, **Deliver properly**: You keep the full payment…": each consequence once, with the paths that have it.</summary>
    private static string ByConsequence(IReadOnlyList<OutcomeText> outcomes, OutcomeAspect aspect, AnswerLabels labels)
    {
        var groups = outcomes.GroupBy(o => o.Of(aspect), StringComparer.Ordinal).ToList();
        if (groups.Count == 1 && outcomes.Count > 1)
        {
            return $"{Capitalized(labels.EveryPath)}: {groups[0].Key}";
        }

        return string.Join("\n", groups.Select(g => "• " + string.Join(", ", g.Select(o => $"**{o.Label}**")) + ": " + g.Key));
    }

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

    /// <summary>The one-screen answer: a lead line (what was read, or the dispute), caveats, the summary, the key reasons, the question and the paths one line each.</summary>
    private static Embed FirstScreen(Answer answer, string? lead)
    {
        var description = Builders.Get();
        try
        {
            return FirstScreen(answer, lead, description);
        }
        finally
        {
            Builders.Return(description);
        }
    }

    private static Embed FirstScreen(Answer answer, string? lead, StringBuilder description)
    {
        if (lead is not null)
        {
            description.Append(lead).Append("\n\n");
        }

        foreach (var caveat in answer.Caveats)
        {
            description.Append("⚠️ ").Append(caveat).Append("\n\n");
        }

        description.Append(answer.Summary);
        Bullets(description, answer.Labels.Why, answer.KeyPoints);
        if (answer.Question is not null)
        {
            description.Append("\n\n**").Append(answer.Labels.Question).Append("**\n").Append(answer.Question);
        }

        description.Append("\n\n**").Append(answer.Labels.Paths).Append("**");
        foreach (var line in answer.Comparison.Lines)
        {
            // The recommended path carries the title's symbol: the eye finds it without a "(recommended)".
            description.Append('\n').Append(line.Recommended ? answer.Family.Symbol + " **" : "**").Append(line.Label).Append("**");

            foreach (var difference in line.Differences)
            {
                description.Append(Dot).Append(difference);
            }
        }

        Shared(description, answer.Comparison, answer.Labels);
        return new Embed
        {
            Title = Limit($"{answer.Family.Symbol} {answer.Title}", AnswerLimits.Title),
            Description = Limit(description.ToString(), AnswerLimits.Description),
            Color = answer.Family.Colour,
            Footer = new EmbedFooter(Limit(answer.Footer, AnswerLimits.Footer)),
        };
    }

    private static void Bullets(StringBuilder description, string heading, IReadOnlyList<string> items)
    {
        if (items.Count == 0)
        {
            return;
        }

        description.Append("\n\n**").Append(heading).Append("**");
        foreach (var item in items)
        {
            description.Append("\n• ").Append(item);
        }
    }

    private static void Shared(StringBuilder description, PathComparison comparison, AnswerLabels labels)
    {
        foreach (var aspect in comparison.Shared)
        {
            description.Append("\n\n**").Append(aspect.Label).Append("** ").Append(labels.EveryPath).Append(": ").Append(aspect.Text);
        }
    }

    /// <summary>One path's four consequences, for "what if" (a path on its own).</summary>
    private static EmbedField Field(OutcomeText outcome, AnswerLabels labels)
    {
        var name = outcome.Recommended ? $"{outcome.Label} {labels.Recommended}" : outcome.Label;
        var value = string.Join("\n", OutcomeAspects.All.Select(aspect => $"**{labels.Of(aspect)}:** {outcome.Of(aspect)}"));
        return new EmbedField(Limit(name, AnswerLimits.FieldName), Limit(value, AnswerLimits.Field));
    }

    private static string Capitalized(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    // check-data keeps rendered answers within the limits; this only guards a data set that bypassed it.
    private static string Limit(string text, int limit) => TextFit.Cut(text, limit);
}
