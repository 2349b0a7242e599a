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
    public void Find_InputTensOfThousandsOfCharacters_NoSuggestionWithoutBuildingDistanceTables()
    {
        // A forged option value can be 60,000 characters; a distance table for it would be megabytes per candidate.
        var input = new string('x', 60_000);
        string[] candidates = ["not-started", "in-progress", "draft-in-chat", "draft-delivered", "delivered", "completed"];
        var before = GC.GetAllocatedBytesForCurrentThread();

        var suggestion = NearestMatch.Find(input, candidates);

        Assert.Null(suggestion);
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 1_000_000, $"{GC.GetAllocatedBytesForCurrentThread() - before} bytes allocated");
    }

    [Theory]
    [InlineData("draft", "draft-in-chat")]
    [InlineData("delivered-late", null)]
    [InlineData("deliverd", "delivered")]
    public void Find_LengthsFarApart_SameSuggestionAsBefore(string input, string? expected)
    {
        Assert.Equal(expected, NearestMatch.Find(input, ["not-started", "in-progress", "draft-in-chat", "draft-delivered", "delivered", "completed"]));
    }

    [Fact]
    public void Distance_Transposition_CountsAsOneEdit()
    {
        Assert.Equal(1, NearestMatch.Distance("buyre", "buyer"));
    }
}
