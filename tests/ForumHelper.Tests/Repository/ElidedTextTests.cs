using ForumHelper.Tests.Support;

namespace ForumHelper.Tests.Repository;

public class ElidedTextTests
{
    private static readonly string[] Output = ["Title", "", "Why", "  - one reason", "  - another reason", "Options", "  Accept (recommended)"];

    [Fact]
    public void Matches_SameLines_True() => Assert.True(ElidedText.Matches(Output, Output));

    [Fact]
    public void Matches_OneLineChanged_FalseAndNamesIt()
    {
        string[] expected = ["Title", "", "Why", "  - one reason, changed", "  - another reason", "Options", "  Accept (recommended)"];

        Assert.False(ElidedText.Matches(expected, Output));
        Assert.Equal(3, ElidedText.FirstMismatch(expected, Output));
    }

    [Fact]
    public void Matches_IndentedDotsLine_StandsForAnyNumberOfLines()
    {
        Assert.True(ElidedText.Matches(["Title", "  ...", "Options", "  Accept (recommended)"], Output));
        Assert.True(ElidedText.Matches(["Title", "", "Why", "  - one reason", "  ...", "  - another reason", "Options", "  ..."], Output));
    }

    [Fact]
    public void Matches_LineEndingInDots_MatchesOneLineStartingWithTheRest()
    {
        Assert.True(ElidedText.Matches(["Title", "", "Why", "  - one ...", "  ...", "  Accept ..."], Output));
        Assert.False(ElidedText.Matches(["Title", "", "Why", "  - two ...", "  ..."], Output));
    }

    [Fact]
    public void Matches_OutputLongerThanTheExample_False()
    {
        Assert.False(ElidedText.Matches(["Title", "", "Why"], Output));
        Assert.Equal(3, ElidedText.FirstMismatch(["Title", "", "Why"], Output));
    }
}
