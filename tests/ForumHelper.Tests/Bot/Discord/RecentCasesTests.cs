using System.Text.Json;
using ForumHelper.Bot.Discord;
using ForumHelper.Core.DataFiles;
using ForumHelper.Core.Facts;
using ForumHelper.Tests.Support;

namespace ForumHelper.Tests.Bot.Discord;

public class RecentCasesTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 26, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Find_SameMemberWithinFifteenMinutes_RendersTheSameAnswerAsGiven()
    {
        var time = new ManualTimeProvider(Start);
        var recent = new RecentCases(time);
        var answered = Answer("/cancel-advice asked-by:buyer stage:draft-in-chat buyer:silent reason:not-as-expected orders-60d:20 rate:100");
        recent.Add(1, answered.Advice, RealData.Set.BookFor("en"), "member-a");

        time.Advance(TimeSpan.FromMinutes(14));
        var found = recent.Find(1, "member-a");

        Assert.NotNull(found);
        // Compared as JSON: the answer's lists compare by reference, the words by value.
        Assert.Equal(JsonSerializer.Serialize(answered.Answer), JsonSerializer.Serialize(found.Render()));
    }

    [Fact]
    public void Find_OtherMember_IsNull()
    {
        var recent = new RecentCases(new ManualTimeProvider(Start));
        recent.Add(1, Answer("/cancel-advice asked-by:buyer stage:delivered").Advice, RealData.Set.BookFor("en"), "member-a");

        Assert.Null(recent.Find(1, "member-b"));
    }

    [Fact]
    public void Find_AfterFifteenMinutes_IsNullAndTheMemoryIsFreed()
    {
        var time = new ManualTimeProvider(Start);
        var recent = new RecentCases(time);
        recent.Add(1, Answer("/cancel-advice asked-by:buyer stage:delivered").Advice, RealData.Set.BookFor("en"), "member-a");

        time.Advance(RecentCases.Lifetime);

        Assert.Null(recent.Find(1, "member-a"));
        Assert.Equal(0, recent.Count);
    }

    [Fact]
    public void Add_PastCapacity_DropsTheOldestAndCountsThem()
    {
        var time = new ManualTimeProvider(Start);
        var recent = new RecentCases(time, capacity: 3);
        var advice = Answer("/cancel-advice asked-by:buyer stage:delivered").Advice;
        for (var id = 1; id <= 5; id++)
        {
            recent.Add(id, advice, RealData.Set.BookFor("en"), "member-a");
            time.Advance(TimeSpan.FromSeconds(1));
        }

        Assert.Equal(3, recent.Count);
        Assert.Equal(2, recent.Evicted);
        Assert.Null(recent.Find(1, "member-a"));
        Assert.Null(recent.Find(2, "member-a"));
        Assert.NotNull(recent.Find(3, "member-a"));
        Assert.NotNull(recent.Find(5, "member-a"));
    }

    private static AnsweredCase Answer(string line) => RealData.Set.Answer(SlashLine.ParseFacts(line).Value!, new DateOnly(2026, 11, 26));
}
