using ForumHelper.Bot.Cli;
using ForumHelper.Bot.Rendering;
using ForumHelper.Core.Facts;
using ForumHelper.Tests.Support;

namespace ForumHelper.Tests.Bot.Rendering;

public class TerminalAnswerRendererTests
{
    private static readonly DateOnly Today = new(2026, 11, 26);

    [Fact]
    public void Render_OriginAnswer_SaysWhatEveryPathSharesOnceAfterThePaths()
    {
        var answer = RealData.Set.Answer(SlashLine.ParseFacts(AskVerb.Example).Value!, Today).Answer;

        var text = TerminalAnswerRenderer.Render(answer, color: false, width: 100);

        Assert.Equal(1, text.Split("No risk of an account warning.").Length - 1);
        Assert.Contains("  Warning risk on every path: No risk of an account warning.\n", text, StringComparison.Ordinal);
        // What differs stays under each path.
        Assert.Equal(answer.Outcomes.Count, text.Split("    Money: ").Length - 1);
    }
}
