using ForumHelper.Core.Advising;
using ForumHelper.Core.Answers;
using ForumHelper.Core.Cases;
using ForumHelper.Core.Facts;
using ForumHelper.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace ForumHelper.Tests.Core.Advising;

public class AdviceServiceTests
{
    private const string Origin = "/cancel-advice asked-by:buyer stage:draft-in-chat buyer:silent reason:not-as-expected orders-60d:20 rate:100";

    // 23:30 in New York on 1 June is already 2 June in UTC: the one rule for both front ends.
    private static readonly DateTimeOffset LateEveningInNewYork = new(2026, 6, 1, 23, 30, 0, TimeSpan.FromHours(-4));

    private static readonly CaseAsker Asker = new("member-pseudonym", "server-pseudonym", Transport.Discord);

    [Fact]
    public void Advise_NoDayGiven_AdvisesOnTheClocksUtcDay()
    {
        var service = new AdviceService(new FakeTimeProvider(LateEveningInNewYork));

        var advised = service.Advise(RealData.Set, Facts(Origin), "en", Asker);

        Assert.Equal(new DateOnly(2026, 6, 2), advised.Answered.Advice.Today);
    }

    [Fact]
    public void Advise_DayGiven_OverridesTheClock()
    {
        var service = new AdviceService(new FakeTimeProvider(LateEveningInNewYork));

        var advised = service.Advise(RealData.Set, Facts(Origin), "en", Asker, new DateOnly(2026, 11, 26));

        Assert.Equal(new DateOnly(2026, 11, 26), advised.Answered.Advice.Today);
    }

    [Fact]
    public void Advise_Asker_RecordCarriesThePseudonymsTransportAndTheClocksTime()
    {
        var service = new AdviceService(new FakeTimeProvider(LateEveningInNewYork));

        var record = service.Advise(RealData.Set, Facts(Origin), "en", new CaseAsker("someone", null, Transport.Cli)).Record;

        Assert.Equal("someone", record.Member);
        Assert.Null(record.Server);
        Assert.Equal(Transport.Cli, record.Transport);
        Assert.Equal(LateEveningInNewYork, record.At);
        Assert.Equal(RealData.Set.Version, record.AnswerVersion);
    }

    [Fact]
    public void Advise_SameQuestionAndDay_SameAnswerAsTheDataSetGives()
    {
        var day = new DateOnly(2026, 11, 26);

        var advised = new AdviceService(TimeProvider.System).Advise(RealData.Set, Facts(Origin), "en", Asker, day);

        Assert.Equal(Words(RealData.Set.Answer(Facts(Origin), day).Answer), Words(advised.Answered.Answer));
    }

    [Fact]
    public void AnswerAgain_CodeOfAnAdvisedCase_GivesTheSameAnswer()
    {
        var advised = new AdviceService(new FakeTimeProvider(LateEveningInNewYork)).Advise(RealData.Set, Facts(Origin), "en", Asker);
        var code = DisputeFactsCode.Encode(advised.Answered.Advice.Facts, advised.Answered.Advice.Today);

        var again = AdviceService.AnswerAgain(RealData.Set, code, "en");

        Assert.NotNull(again);
        Assert.Equal(Words(advised.Answered.Answer), Words(again));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not-a-facts-code")]
    public void AnswerAgain_MissingOrForeignCode_Null(string? code)
    {
        Assert.Null(AdviceService.AnswerAgain(RealData.Set, code, "en"));
    }

    private static DisputeFacts Facts(string line) => SlashLine.ParseFacts(line).Value!;

    private static string Words(Answer answer) => string.Join("\n", [answer.Title, answer.Summary, .. answer.Points, .. answer.Outcomes.Select(o => o.Option)]);

    [Fact]
    public void Understand_DescriptionAndAChoice_ChoiceWinsAndTheReadingComesBack()
    {
        var service = new AdviceService(TimeProvider.System);
        var chosen = new Dictionary<string, int> { ["stage"] = (int)OrderStage.Delivered };

        var understood = service.Understand(RealData.Set, "The buyer wants to cancel after I showed him the first draft in chat", chosen);

        Assert.True(understood.IsSuccess);
        Assert.Equal(OrderStage.Delivered, understood.Value.Combined.Facts!.Stage);
        Assert.Equal(AskedBy.Buyer, understood.Value.Combined.Facts.AskedBy);
        Assert.Equal(["stage"], understood.Value.Combined.Disagreements);
        Assert.Equal("draft in chat", understood.Value.Reading.Evidence["stage"]);
    }

    [Fact]
    public void Understand_UpworkFactChosenOnAFiverrDescription_IsRefusedAsTheBinderRefusesIt()
    {
        var chosen = new Dictionary<string, int> { ["contract"] = (int)ContractType.Hourly };

        var understood = new AdviceService(TimeProvider.System).Understand(RealData.Set, "On Fiverr, the buyer wants to cancel after I delivered", chosen);

        Assert.Equal("`contract` applies to upwork only, and this question is about fiverr.", Assert.Single(understood.Problems).Message);
    }

    [Fact]
    public void Understand_UpworkFactChosenOnAnUpworkDescription_IsKept()
    {
        var chosen = new Dictionary<string, int> { ["contract"] = (int)ContractType.Hourly };

        var understood = new AdviceService(TimeProvider.System).Understand(RealData.Set, "On Upwork, the client wants a refund after I submitted the work", chosen);

        Assert.Equal(ContractType.Hourly, understood.Value!.Combined.Facts!.Contract);
    }
}
