using ForumHelper.Core.GoldenCases;
using ForumHelper.Tests.Support;

namespace ForumHelper.Tests.Bot.Commands;

/// <summary>
/// Every golden case in data/cases, asked through Discord's endpoint with typed options (integers as
/// numbers, booleans as booleans): the embed's title is the expected recommendation, and every
/// reply is schema-valid and within Discord's limits (checked by the server helper).
/// </summary>
public sealed class CancelAdviceGoldenCasesTests : IAsyncLifetime
{
    private InteractionServer _server = null!;

    public async Task InitializeAsync() => _server = await InteractionServer.StartAsync(("Discord:AdvicePerMinute", "1000"));

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Handle_EveryGoldenCase_AnswersWithTheExpectedRecommendation()
    {
        var (cases, problems) = GoldenCaseLoader.LoadFolder(RepositoryPaths.Cases);
        Assert.Empty(problems);
        Assert.NotEmpty(cases);
        var book = RealData.Set.Books["en"];
        foreach (var golden in cases)
        {
            var reply = await _server.SendAsync(Interactions.CancelAdvice(options: Interactions.OptionsOf(golden.Ask)));

            var title = reply.AnswerTitle;
            Assert.True(golden.Recommendation.Any(r => book.Recommendations[r].Title == title), $"{golden.File}: got `{title}`, expected one of {string.Join(", ", golden.Recommendation)}");
            Assert.Equal(64, reply.Flags);
            reply.AssertMatchesCallbackSchema();
        }

        await _server.WaitForWrittenAsync(cases.Count);
    }
}
