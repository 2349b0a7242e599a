using System.Text;
using ForumHelper.Core.Answers;

namespace ForumHelper.Bot.Rendering;

/// <summary>Lays an <see cref="Answer"/> out as readable terminal text.</summary>
internal static class TerminalAnswerRenderer
{
    // The terminal has always listed the rate first (the README's examples show that order); Discord's comparison leads with money.
    private static readonly OutcomeAspect[] TerminalOrder = [OutcomeAspect.Rate, OutcomeAspect.ReviewRisk, OutcomeAspect.WarningRisk, OutcomeAspect.Money];

    public static string Render(Answer answer, bool color, int width)
    {
        var text = new StringBuilder();
        var title = answer.Title;
        text.Append(TerminalText.Strong(title, color)).Append('\n').Append(new string('=', Math.Min(title.Length, width))).Append("\n\n");
        foreach (var caveat in answer.Caveats)
        {
            text.Append(TerminalText.Wrap(TerminalText.FromMarkdown(caveat, color), width, "    ", "(!) ")).Append("\n\n");
        }

        text.Append(TerminalText.Wrap(TerminalText.FromMarkdown(answer.Summary, color), width, "")).Append("\n\n");

        if (answer.Points.Count > 0)
        {
            text.Append(TerminalText.Strong(answer.Labels.Why, color)).Append('\n');
            foreach (var point in answer.Points)
            {
                text.Append(TerminalText.Wrap(TerminalText.FromMarkdown(point, color), width, "    ", "  - ")).Append('\n');
            }

            text.Append('\n');
        }

        if (answer.Question is not null)
        {
            text.Append(TerminalText.Strong(answer.Labels.Question, color)).Append('\n');
            text.Append(TerminalText.Wrap(TerminalText.FromMarkdown(answer.Question, color), width, "  ")).Append("\n\n");
        }

        // What every path has in common is said once, after the paths, not on each of them.
        var shared = answer.Comparison.Shared.Select(s => s.Label).ToHashSet(StringComparer.Ordinal);
        text.Append(TerminalText.Strong(answer.Labels.Paths, color)).Append('\n');
        foreach (var outcome in answer.Outcomes)
        {
            var heading = outcome.Recommended ? $"{outcome.Label} {answer.Labels.Recommended}" : outcome.Label;
            text.Append("  ").Append(TerminalText.Strong(heading, color)).Append('\n');
            foreach (var aspect in TerminalOrder)
            {
                if (!shared.Contains(answer.Labels.Of(aspect)))
                {
                    AppendLine(text, answer.Labels.Of(aspect), outcome.Of(aspect), color, width);
                }
            }
        }

        foreach (var aspect in answer.Comparison.Shared)
        {
            text.Append(TerminalText.Wrap(TerminalText.FromMarkdown(aspect.Text, color), width, "    ", $"  {aspect.Label} {answer.Labels.EveryPath}: ")).Append('\n');
        }

        if (answer.MoreQuestions.Count > 0)
        {
            text.Append('\n').Append(TerminalText.Strong(answer.Labels.MoreQuestions, color)).Append('\n');
            foreach (var question in answer.MoreQuestions)
            {
                text.Append(TerminalText.Wrap(TerminalText.FromMarkdown(question, color), width, "    ", "  - ")).Append('\n');
            }
        }

        text.Append('\n').Append(TerminalText.Wrap(TerminalText.FromMarkdown(answer.Footer, color), width, "")).Append('\n');
        return text.ToString();
    }

    private static void AppendLine(StringBuilder text, string label, string value, bool color, int width) =>
        text.Append(TerminalText.Wrap(TerminalText.FromMarkdown(value, color), width, "      ", $"    {label}: ")).Append('\n');
}
