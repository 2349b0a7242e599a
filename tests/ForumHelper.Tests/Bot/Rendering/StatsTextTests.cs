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
}
