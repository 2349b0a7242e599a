using ForumHelper.Core.Facts;

namespace ForumHelper.Tests.Core.Facts;

public class NearestMatchTests
{
    [Theory]
    [InlineData("buyr", "buyer")]
    [InlineData("BUYER", "buyer")]
    [InlineData("nobdoy", "nobody")]
    public void Find_SmallTypo_ReturnsIntendedWord(string input, string expected)
    {
        Assert.Equal(expected, NearestMatch.Find(input, ["buyer", "me", "support", "chargeback", "nobody"]));
    }

    [Fact]
    public void Find_NothingClose_ReturnsNull()
    {
        Assert.Null(NearestMatch.Find("refund", ["buyer", "me", "support"]));
    }

    [Fact]
    public void Distance_Transposition_CountsAsOneEdit()
    {
        Assert.Equal(1, NearestMatch.Distance("buyre", "buyer"));
    }
}
