using ForumHelper.Core.Text;

namespace ForumHelper.Tests.Core.Text;

public class TextFitTests
{
    [Fact]
    public void Cut_TextWithinTheLimit_IsUnchanged() => Assert.Equal("short", TextFit.Cut("short", 5));

    [Fact]
    public void Cut_LongText_KeepsTheStartAndTheEllipsisWithinTheLimit()
    {
        var cut = TextFit.Cut(new string('x', 100), 10);

        Assert.Equal(new string('x', 9) + "…", cut);
    }

    [Fact]
    public void Cut_LimitFallsInsideACharacterBeyondUFFFF_CutsBeforeIt()
    {
        // "𝔘" is two UTF-16 units; keeping 5 units would split the third one.
        var cut = TextFit.Cut(string.Concat(Enumerable.Repeat("𝔘", 10)), 6);

        Assert.Equal("𝔘𝔘…", cut);
    }

    [Fact]
    public void ForCodeSpan_Backticks_BecomeQuotesSoTheSpanCannotClose() =>
        Assert.Equal("x' @here", TextFit.ForCodeSpan("x` @here", 40));
}
