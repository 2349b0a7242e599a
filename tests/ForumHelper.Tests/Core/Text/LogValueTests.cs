using ForumHelper.Core.Text;

namespace ForumHelper.Tests.Core.Text;

public sealed class LogValueTests
{
    [Theory]
    [InlineData("\u001b[31mred", "\\u001B[31mred")]
    [InlineData("a\r\nfail: forged", "a\\u000D\\u000Afail: forged")]
    [InlineData("bell\u0007", "bell\\u0007")]
    [InlineData("\u202eevil", "\\u202Eevil")]
    [InlineData("zero\u200bwidth\ufeff", "zero\\u200Bwidth\\uFEFF")]
    [InlineData("line\u2028para\u2029", "line\\u2028para\\u2029")]
    [InlineData("nul\0", "nul\\u0000")]
    public void Safe_ControlOrFormatCharacter_EscapedAsVisibleText(string value, string expected)
    {
        Assert.Equal(expected, LogValue.Safe(value));
    }

    [Fact]
    public void Safe_LoneSurrogateHalf_Escaped()
    {
        Assert.Equal("lone \\uD800 half \\uDC00", LogValue.Safe("lone " + '\ud800' + " half " + '\udc00'));
    }

    [Theory]
    [InlineData("command /case-stats")]
    [InlineData("brouillon-é✓ 😀")]
    [InlineData("")]
    public void Safe_PlainText_Unchanged(string value)
    {
        Assert.Same(value, LogValue.Safe(value));
    }

    [Fact]
    public void Safe_Null_SaysNone()
    {
        Assert.Equal("(none)", LogValue.Safe(null));
    }

    [Fact]
    public void Safe_LongerThanTheCap_CutWithTheOriginalLength()
    {
        var safe = LogValue.Safe(new string('x', 65_000));

        Assert.Equal(new string('x', LogValue.MaxLength) + "…(65000 chars)", safe);
    }

    [Fact]
    public void Safe_EscapesNearTheCap_CutCountsTheEscapedText()
    {
        var safe = LogValue.Safe(new string('\u001b', 1_000));

        // Whole escapes only: 40 of six characters each.
        Assert.Equal(string.Concat(Enumerable.Repeat("\\u001B", LogValue.MaxLength / 6)) + "…(1000 chars)", safe);
    }

    [Fact]
    public void Safe_EmojiAtTheCap_NeverSplitInHalf()
    {
        var safe = LogValue.Safe(new string('x', LogValue.MaxLength - 1) + "😀tail");

        Assert.Equal(new string('x', LogValue.MaxLength - 1) + "…(" + (LogValue.MaxLength + 5) + " chars)", safe);
    }
}
