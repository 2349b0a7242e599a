using ForumHelper.Bot.Rendering;

namespace ForumHelper.Tests.Bot.Rendering;

public class StatsTextTests
{
    [Fact]
    public void WithheldGroups_TwoGroups_SaysWhyWithoutTellingWhichIsSmall()
    {
        Assert.Equal(
            "2 groups withheld (under 3 cases, or to protect one)",
            StatsText.WithheldGroups(StatsReports.Normal(), 2));
    }

    [Fact]
    public void WithheldNote_NormalReport_IsOneSentence()
    {
        var note = StatsText.WithheldNote(StatsReports.Normal());

        Assert.NotNull(note);
        Assert.EndsWith(".", note);
        Assert.Equal(1, note.Count(c => c == '.'));
    }

    [Fact]
    public void WithheldNote_NothingWithheld_IsNull()
    {
        Assert.Null(StatsText.WithheldNote(StatsReports.OneGroup()));
    }

    [Theory]
    [InlineData(0.0, "0%")]
    [InlineData(0.004, "<1%")]
    [InlineData(0.385, "39%")]
    [InlineData(1.0, "100%")]
    public void WholePercent_Share_RoundedForAPhone(double share, string expected)
    {
        Assert.Equal(expected, StatsText.WholePercent(share));
    }

    [Theory]
    [InlineData(4, "▲4")]
    [InlineData(-2, "▼2")]
    [InlineData(0, "±0")]
    public void Arrow_Change_ArrowAndSize(int change, string expected)
    {
        Assert.Equal(expected, StatsText.Arrow(change));
    }
}
