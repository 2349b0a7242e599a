using ForumHelper.Bot.Cli;

namespace ForumHelper.Tests.Bot.Cli;

public class ReplyGuideTests
{
    [Theory]
    [InlineData("feedback:123:helpful:0041zz......1y8", "feedback:123:helpful:0041zz......1y8")]
    [InlineData("what-happened=He said \"no\" and paid $5 `now`", "\"what-happened=He said \\\"no\\\" and paid \\$5 \\`now\\`\"")]
    public void ShellWord_Word_IsBareOrDoubleQuotedWithTheShellsSpecialCharactersEscaped(string word, string expected)
    {
        var quoted = ReplyGuide.ShellWord(word);

        Assert.Equal(expected, quoted);
    }
}
