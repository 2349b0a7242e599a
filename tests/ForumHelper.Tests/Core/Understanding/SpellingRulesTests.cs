using ForumHelper.Core.Understanding;

namespace ForumHelper.Tests.Core.Understanding;

public class SpellingRulesTests
{
    private static readonly SpellingRules Rules = new(
        new Dictionary<string, string> { ["didnt"] = "didn't", ["wanna"] = "want to" },
        ["cancelled", "delivered", "deliver", "delivery", "contract", "client"],
        ["contact"]);

    [Theory]
    [InlineData("cancelld", "cancelled")] // a letter left out
    [InlineData("cleint", "client")] // two letters swapped
    [InlineData("deliverd", "delivered")] // nearest to three targets, but a letter left out is likeliest
    [InlineData("didnt", "didn't")] // written another way
    [InlineData("wanna", "want to")]
    public void Mend_Slip_ReadsAsTheMeantWord(string written, string meant)
    {
        Assert.Equal(meant, Rules.Mend(written));
    }

    [Theory]
    [InlineData("contact")] // a known word, one letter from `contract`
    [InlineData("delivered")] // already right
    [InlineData("cat")] // too short to guess at
    [InlineData("elephant")] // near nothing
    public void Mend_WordToLeaveAlone_StaysAsWritten(string written)
    {
        Assert.Equal(written, Rules.Mend(written));
    }

    [Theory]
    [InlineData("deliver", "delivery", true)]
    [InlineData("recieve", "receive", true)]
    [InlineData("cancel", "cancelled", false)]
    [InlineData("abc", "abc", false)]
    public void OneEditApart_Pairs_AsExpected(string a, string b, bool expected)
    {
        Assert.Equal(expected, SpellingRules.OneEditApart(a, b));
    }
}
