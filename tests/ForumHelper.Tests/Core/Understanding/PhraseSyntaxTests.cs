using ForumHelper.Core.Understanding;

namespace ForumHelper.Tests.Core.Understanding;

public class PhraseSyntaxTests
{
    [Theory]
    [InlineData("(buyer|client) ~ cancel*")]
    [InlineData("[the] draft (in|via) [the] chat")]
    [InlineData("buyer's request")]
    public void Parse_ValidPhrase_Succeeds(string phrase)
    {
        Assert.True(PhraseSyntax.Parse(phrase).IsSuccess);
    }

    [Theory]
    [InlineData("(buyer|client ~ cancel", "never closed")]
    [InlineData("buyer) wants", "closes nothing")]
    [InlineData("~ cancel", "not at the start")]
    [InlineData("[the] [a]", "no words at all")]
    [InlineData("cancel.", "not a word the reader can match")]
    [InlineData("{n} dollars", "belongs in a phrase under `numbers:`")]
    [InlineData("{m} dollars", "not a placeholder")]
    public void Parse_BrokenPhrase_SaysWhy(string phrase, string expected)
    {
        var parsed = PhraseSyntax.Parse(phrase);

        Assert.False(parsed.IsSuccess);
        Assert.Contains(expected, parsed.Problems[0]);
    }

    [Fact]
    public void Parse_NumberPhraseWithoutANumber_SaysWhereItGoes()
    {
        Assert.Contains("needs `{n}` or `{digits}`", PhraseSyntax.Parse("dollars", numbers: true).Problems[0]);
    }
}
