using System.Net;
using System.Net.Http.Headers;
using System.Text;
using ForumHelper.Bot.Cli;
using ForumHelper.Tests.Support;

namespace ForumHelper.Tests.Bot.Cli;

public class FollowUpReceiverTests
{
    [Fact]
    public async Task WaitAsync_MultipartEditOfTheOriginal_GivesThePayloadAndTheFiles()
    {
        var port = LoopbackPorts.Free();
        var started = await FollowUpReceiver.StartAsync(port, "token-1");
        await using var receiver = started.Value!;
        using var http = new HttpClient();
        using var form = new MultipartFormDataContent();
        var payload = new StringContent("""{"content": "done"}""", Encoding.UTF8, "application/json");
        form.Add(payload, "payload_json");
        var file = new ByteArrayContent([1, 2, 3]);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        form.Add(file, "files[0]", "chart.png");

        using var response = await http.PatchAsync($"{FollowUpReceiver.ApiBaseUrl(port)}/webhooks/1/token-1/messages/@original", form);
        var received = await receiver.WaitAsync(TimeSpan.FromSeconds(5), CancellationToken.None);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("PATCH", received?.Method);
        Assert.Equal("""{"content": "done"}""", received?.PayloadJson);
        Assert.Equal("chart.png", received!.Files.Single().FileName);
        Assert.Equal([1, 2, 3], received.Files.Single().Content);
    }

    [Fact]
    public async Task WaitAsync_AnotherInteractionsToken_AnswersUnknownWebhookAndKeepsWaiting()
    {
        var port = LoopbackPorts.Free();
        var started = await FollowUpReceiver.StartAsync(port, "token-1");
        await using var receiver = started.Value!;
        using var http = new HttpClient();

        using var response = await http.PatchAsync($"{FollowUpReceiver.ApiBaseUrl(port)}/webhooks/1/token-2/messages/@original", new StringContent("{}", Encoding.UTF8, "application/json"));
        var received = await receiver.WaitAsync(TimeSpan.FromMilliseconds(200), CancellationToken.None);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("10015", await response.Content.ReadAsStringAsync());
        Assert.Null(received);
    }

    [Fact]
    public async Task StartAsync_PortInUse_SaysItCannotListen()
    {
        var port = LoopbackPorts.Free();
        var first = await FollowUpReceiver.StartAsync(port, "token-1");
        await using var holder = first.Value!;

        var second = await FollowUpReceiver.StartAsync(port, "token-2");

        Assert.False(second.IsSuccess);
        Assert.StartsWith($"Could not listen on 127.0.0.1:{port} for deferred replies", second.Problems[0]);
    }
}
