using System.Net;
using System.Text;
using ForumHelper.Core.Facts;
using ForumHelper.Tests.Support;

namespace ForumHelper.Tests.Bot.Commands;

/// <summary>
/// A dispute described in the member's own words, through the real endpoint: the form's submit,
/// the one follow-up step, "Not quite right", and that the text is never kept.
/// </summary>
public sealed class DescribeFlowTests : IAsyncLifetime
{
    private const string Origin = "The buyer asked to cancel after I showed him the first draft in chat, and now he doesn't answer my messages.";

    private InteractionServer _server = null!;

    public async Task InitializeAsync() => _server = await InteractionServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private static string FormId(Dictionary<string, int>? chosen = null) => "describe:" + ChosenFactsCode.Encode(chosen ?? []);

    [Fact]
    public async Task Submit_TextThatSaysWhoAndWhere_AnswersWithWhatWasReadAndNotQuiteRight()
    {
        var reply = await _server.SendAsync(Interactions.ModalSubmit(FormId(), Origin));

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal(4, reply.Type);
        reply.AssertMatchesCallbackSchema();
        var description = reply.FirstEmbed["description"]!.GetValue<string>();
        Assert.StartsWith("**I read this as:**", description, StringComparison.Ordinal);
        Assert.Contains("the buyer asked to cancel", description, StringComparison.Ordinal);
        Assert.Contains(reply.CustomIds, id => id.StartsWith("redo:", StringComparison.Ordinal));
        await _server.WaitForWrittenAsync(1);
        Assert.NotNull(_server.Storage.Store.Find(reply.CaseId));
    }

    [Fact]
    public async Task Submit_NothingToGoOn_AsksForWhoAndWhereInOneMessageOfSelects()
    {
        var reply = await _server.SendAsync(Interactions.ModalSubmit(FormId(), "help please"));

        var text = reply.AssertPrivateMessage();
        reply.AssertMatchesCallbackSchema();
        Assert.Contains("To answer, I still need: who asked to cancel the order; how far the order got, and how work was sent.", text, StringComparison.Ordinal);
        Assert.Equal(2, reply.CustomIds.Count);
        Assert.StartsWith("need:asked-by:", reply.CustomIds[0], StringComparison.Ordinal);
        Assert.StartsWith("need:stage:", reply.CustomIds[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Select_TheLastMissingFact_ReplacesTheMessageWithTheAnswer()
    {
        var known = ChosenFactsCode.Encode(new Dictionary<string, int> { ["asked-by"] = (int)AskedBy.Buyer, ["buyer"] = (int)BuyerBehaviour.Silent });

        var reply = await _server.SendAsync(Interactions.Select($"need:stage:{known}", "draft-in-chat"));

        Assert.Equal(7, reply.Type);
        reply.AssertMatchesCallbackSchema();
        Assert.Contains("I read this as", reply.FirstEmbed["description"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(RealData.Set.Books["en"].Recommendations["accept-cancellation"].Title, reply.AnswerTitle);
    }

    [Fact]
    public async Task Select_OneOfTwoMissing_AsksForTheOtherInTheSameMessage()
    {
        var reply = await _server.SendAsync(Interactions.Select($"need:asked-by:{ChosenFactsCode.Encode(new Dictionary<string, int>())}", "buyer"));

        Assert.Equal(7, reply.Type);
        Assert.StartsWith("need:stage:", Assert.Single(reply.CustomIds), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submit_RadioChoiceDiffersFromTheText_ChoiceWinsAndTheAnswerSaysSo()
    {
        var reply = await _server.SendAsync(Interactions.ModalSubmit(FormId(), Origin, ("asked-by", "me"), ("stage", "draft-in-chat")));

        var description = reply.FirstEmbed["description"]!.GetValue<string>();
        Assert.Contains("you want to cancel", description, StringComparison.Ordinal);
        Assert.Contains("Your choices win over the description for: `", description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Redo_Button_OpensTheFormWithTheChoicesPreSelected()
    {
        var chosen = ChosenFactsCode.Encode(new Dictionary<string, int> { ["asked-by"] = (int)AskedBy.Buyer, ["stage"] = (int)OrderStage.Delivered });

        var reply = await _server.SendAsync(Interactions.Button("redo:" + chosen));

        Assert.Equal(9, reply.Type);
        reply.AssertMatchesCallbackSchema();
        Assert.Contains("\"value\":\"delivered\",\"default\":true", reply.Text, StringComparison.Ordinal);
        Assert.Contains("\"value\":\"buyer\",\"default\":true", reply.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("describe:not-a-code")]
    [InlineData("describe:")]
    public async Task Submit_ForgedFormId_PoliteExpiredMessage(string customId)
    {
        var reply = await _server.SendAsync(Interactions.ModalSubmit(customId, Origin));

        Assert.Contains("expired", reply.AssertPrivateMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submit_MarkerSentence_IsNowhereInTheDatabaseItsWalOrTheLogs()
    {
        const string marker = "MARKER-7f3a zebra umbrella";

        var answered = await _server.SendAsync(Interactions.ModalSubmit(FormId(), Origin + " " + marker));
        var asked = await _server.SendAsync(Interactions.ModalSubmit(FormId(), marker));
        await _server.WaitForWrittenAsync(1);

        Assert.Equal(HttpStatusCode.OK, answered.Status);
        Assert.Equal(HttpStatusCode.OK, asked.Status);
        var bytes = Encoding.UTF8.GetBytes(marker);
        foreach (var file in new[] { _server.DatabasePath, _server.DatabasePath + "-wal" }.Where(File.Exists))
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            Assert.True(copy.ToArray().AsSpan().IndexOf(bytes) < 0, $"the marker is in {file}");
        }

        Assert.DoesNotContain(_server.Logs.GetSnapshot(), record => record.Message.Contains("MARKER", StringComparison.Ordinal) || (record.Exception?.ToString().Contains("MARKER", StringComparison.Ordinal) ?? false));
        Assert.DoesNotContain("MARKER", string.Join("\n", answered.CustomIds.Concat(asked.CustomIds)), StringComparison.Ordinal);
    }
}
