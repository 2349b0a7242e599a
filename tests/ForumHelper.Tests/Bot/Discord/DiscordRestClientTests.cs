using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using System.Text.Json;
using System.Text;
using ForumHelper.Bot.Discord.Model;
using ForumHelper.Bot.Discord;
using ForumHelper.Bot.Hosting;
using ForumHelper.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Response = ForumHelper.Tests.Support.FakeDiscordApi.Response;

namespace ForumHelper.Tests.Bot.Discord;

public sealed class DiscordRestClientTests : IAsyncLifetime
{
    private const string InteractionToken = "aW50ZXJhY3Rpb246MTIzNDU2Nzg5MDEyMzQ1Njc4OmZha2U";

    // Every call below is bounded by the client's own deadline; this only keeps a broken client from hanging the run.
    private static readonly TimeSpan TestLimit = TimeSpan.FromSeconds(20);

    // The client's timeouts in these tests; they run on the fake clock, so only the waits a test moves it past pass.
    private static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan CallDeadline = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan Backoff = TimeSpan.FromMilliseconds(10);

    // The first 8 bytes of every PNG, then a few more.
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52];

    private readonly RecordingTimeProvider _time = new();
    private readonly List<ServiceProvider> _services = [];
    private FakeDiscordApi _api = null!;

    public async Task InitializeAsync() => _api = await FakeDiscordApi.StartAsync(_time);

    public async Task DisposeAsync()
    {
        foreach (var services in _services)
        {
            await services.DisposeAsync();
        }

        await _api.DisposeAsync();
    }

    [Fact]
    public async Task BotCalls_Always_SendUserAgentAndBotToken()
    {
        var client = Client();

        var read = await client.GetCommandsAsync(null, default).WaitAsync(TestLimit);
        var written = await client.OverwriteCommandsAsync(CommandDefinitions.All, "1600000000000000001", default).WaitAsync(TestLimit);

        Assert.True(read.IsSuccess, read.Problem()?.Message);
        Assert.True(written.IsSuccess, written.Problem()?.Message);
        Assert.Collection(_api.Requests,
            get => Assert.Equal(("GET", FakeDiscordApi.CommandsPath()), (get.Method, get.Path)),
            put => Assert.Equal(("PUT", FakeDiscordApi.CommandsPath("1600000000000000001")), (put.Method, put.Path)));
        Assert.All(_api.Requests, request =>
        {
            Assert.Equal(DiscordRestClient.UserAgent, request.Header("User-Agent"));
            Assert.Equal("Bot " + FakeDiscordApi.BotToken, request.Header("Authorization"));
        });
        Assert.StartsWith("application/json", _api.Requests[1].Header("Content-Type"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EditOriginalAsync_Always_SendsUserAgentAndNoAuthorization()
    {
        var result = await Client().EditOriginalAsync(InteractionToken, new MessagePayload { Content = "Done." }, [], default).WaitAsync(TestLimit);

        Assert.True(result.IsSuccess, result.Problem()?.Message);
        var request = Assert.Single(_api.Requests);
        Assert.Equal(("PATCH", FakeDiscordApi.EditOriginalPath(InteractionToken)), (request.Method, request.Path));
        Assert.Equal(DiscordRestClient.UserAgent, request.Header("User-Agent"));
        Assert.Null(request.Header("Authorization"));
    }

    [Fact]
    public async Task GetCommandsAsync_RateLimitedWithRetryAfter_WaitsThatLongThenSucceeds()
    {
        _api.Enqueue("GET", FakeDiscordApi.CommandsPath(), Response.RateLimited(0.05));

        var call = Client().GetCommandsAsync(null, default);
        await _time.AdvanceWhenWaiting(TimeSpan.FromMilliseconds(50), TestLimit);
        var result = await call.WaitAsync(TestLimit);

        Assert.True(result.IsSuccess, result.Problem()?.Message);
        Assert.Equal(2, _api.Requests.Count);
        Assert.InRange(Assert.Single(Waits()), TimeSpan.FromMilliseconds(40), TimeSpan.FromMilliseconds(50));
        Assert.True(_api.Requests[1].ReceivedAt - _api.Requests[0].ReceivedAt >= TimeSpan.FromMilliseconds(45), "the retry came before retry_after passed");
    }

    [Fact]
    public async Task GetCommandsAsync_RetryAfterOnlyInHeader_WaitsForTheHeader()
    {
        // Cloudflare's own 429 has an HTML body; only the header says how long.
        _api.Enqueue("GET", FakeDiscordApi.CommandsPath(), new Response(429, "<html>rate limited</html>", new Dictionary<string, string> { ["Retry-After"] = "1" }));

        var call = Client().GetCommandsAsync(null, default);
        await _time.AdvanceWhenWaiting(TimeSpan.FromSeconds(1), TestLimit);
        var result = await call.WaitAsync(TestLimit);

        Assert.True(result.IsSuccess, result.Problem()?.Message);
        Assert.InRange(Assert.Single(Waits()), TimeSpan.FromSeconds(0.9), TimeSpan.FromSeconds(1));
        Assert.Equal(2, _api.Requests.Count);
    }

    [Fact]
    public async Task GetCommandsAsync_RetryAfterBeyondCap_FailsWithoutWaiting()
    {
        _api.Enqueue("GET", FakeDiscordApi.CommandsPath(), Response.RateLimited(120));
        var watch = Stopwatch.StartNew();

        var result = await Client().GetCommandsAsync(null, default).WaitAsync(TestLimit);

        Assert.False(result.IsSuccess);
        Assert.Equal(HttpStatusCode.TooManyRequests, result.Problem()?.Status);
        Assert.Contains("for 120 s, longer than the 60 s", result.Problem()?.Message, StringComparison.Ordinal);
        Assert.Single(_api.Requests);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5));
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public async Task OverwriteCommandsAsync_GlobalRateLimit_HoldsRequestsToOtherRoutes(bool globalInBody, bool globalInHeader)
    {
        var limited = Response.Json(429,
            $$"""{"message": "You are being rate limited.", "retry_after": 0.4, "global": {{(globalInBody ? "true" : "false")}}}""",
            globalInHeader ? [("X-RateLimit-Global", "true")] : []);
        _api.Enqueue("PUT", FakeDiscordApi.CommandsPath(), limited);
        var client = Client();

        var put = client.OverwriteCommandsAsync(CommandDefinitions.All, null, default);
        await _time.WhenTimer(due => due == TimeSpan.FromMilliseconds(400)).WaitAsync(TestLimit);
        var getting = client.GetCommandsAsync(null, default);
        // The GET, to another route, waits out the same global limit before it goes.
        await _time.WhenTimer(due => due == TimeSpan.FromMilliseconds(400), count: 2).WaitAsync(TestLimit);
        await _time.AdvanceAsync(TimeSpan.FromMilliseconds(400), TestLimit);
        var get = await getting.WaitAsync(TestLimit);
        var written = await put.WaitAsync(TestLimit);

        Assert.True(get.IsSuccess, get.Problem()?.Message);
        Assert.True(written.IsSuccess, written.Problem()?.Message);
        var firstPut = _api.Requests[0];
        var theGet = Assert.Single(_api.RequestsTo("GET", FakeDiscordApi.CommandsPath()));
        Assert.True(theGet.ReceivedAt - firstPut.ReceivedAt >= TimeSpan.FromMilliseconds(350), "another route went out during a global rate limit");
        Assert.Equal(2, _api.RequestsTo("PUT", FakeDiscordApi.CommandsPath()).Length);
    }

    [Fact]
    public async Task GetCommandsAsync_BucketEmpty_HoldsNextRequestToThatRouteOnly()
    {
        _api.Enqueue("GET", FakeDiscordApi.CommandsPath(), Response.Json(200, "[]", ("X-RateLimit-Remaining", "0"), ("X-RateLimit-Reset-After", "0.2")));
        var client = Client();

        await client.GetCommandsAsync(null, default).WaitAsync(TestLimit);
        var otherRoute = await client.GetCommandsAsync("1600000000000000001", default).WaitAsync(TestLimit);
        var waitsBefore = Waits().Count;
        var sameRouteCall = client.GetCommandsAsync(null, default);
        await _time.AdvanceWhenWaiting(TimeSpan.FromMilliseconds(200), TestLimit);
        var sameRoute = await sameRouteCall.WaitAsync(TestLimit);

        Assert.True(otherRoute.IsSuccess && sameRoute.IsSuccess);
        Assert.Equal(0, waitsBefore);
        var hold = Assert.Single(Waits());
        Assert.InRange(hold, TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(200));
        var gets = _api.RequestsTo("GET", FakeDiscordApi.CommandsPath());
        Assert.True(gets[1].ReceivedAt - gets[0].ReceivedAt >= TimeSpan.FromMilliseconds(150), "the bucket's reset was not waited for");
    }

    [Fact]
    public async Task GetCommandsAsync_TwoServerErrorsThenOk_SucceedsOnTheThirdAttempt()
    {
        _api.Enqueue("GET", FakeDiscordApi.CommandsPath(), Response.Error(500, 0, "500: Internal Server Error"), Response.Error(502, 0, "Bad Gateway"));

        var result = await WithBackoffsAsync(Client().GetCommandsAsync(null, default), 2);

        Assert.True(result.IsSuccess, result.Problem()?.Message);
        Assert.Equal(3, _api.Requests.Count);
        Assert.Equal(new[] { TimeSpan.FromMilliseconds(10), TimeSpan.FromMilliseconds(20) }, Waits());
    }

    [Fact]
    public async Task GetCommandsAsync_ServerErrorEveryTime_FailsAfterThreeAttempts()
    {
        var error = Response.Error(500, 0, "500: Internal Server Error");
        _api.Enqueue("GET", FakeDiscordApi.CommandsPath(), error, error, error, Response.Json(200, "[]"));

        var result = await WithBackoffsAsync(Client().GetCommandsAsync(null, default), 2);

        Assert.False(result.IsSuccess);
        Assert.Equal(HttpStatusCode.InternalServerError, result.Problem()?.Status);
        Assert.Equal("Gave up reading the registered commands after 3 attempts: Discord answered HTTP 500 Internal Server Error, code 0 500: Internal Server Error. Try again later.", result.Problem()?.Message);
        Assert.Equal(3, _api.Requests.Count);
    }

    [Fact]
    public async Task GetCommandsAsync_Unauthorized_FailsAtOnceNamingTheSetting()
    {
        _api.Enqueue("GET", FakeDiscordApi.CommandsPath(), Response.Error(401, 0, "401: Unauthorized"));

        var result = await Client().GetCommandsAsync(null, default).WaitAsync(TestLimit);

        Assert.False(result.IsSuccess);
        Assert.Equal(HttpStatusCode.Unauthorized, result.Problem()?.Status);
        Assert.Equal(0, result.Problem()?.DiscordCode);
        Assert.StartsWith("Discord refused the bot token (401); check Discord:BotToken", result.Problem()?.Message, StringComparison.Ordinal);
        Assert.Single(_api.Requests);
        Assert.Empty(Waits());
    }

    [Theory]
    [InlineData(400, 50035, "rejected the request")]
    [InlineData(403, 50001, "refused access")]
    [InlineData(403, 40333, "User-Agent")]
    [InlineData(404, 10002, "check Discord:ApplicationId")]
    public async Task GetCommandsAsync_ClientError_IsNotRetried(int status, int code, string expected)
    {
        _api.Enqueue("GET", FakeDiscordApi.CommandsPath(), Response.Error(status, code, "Refused"), Response.Json(200, "[]"));

        var result = await Client().GetCommandsAsync(null, default).WaitAsync(TestLimit);

        Assert.False(result.IsSuccess);
        Assert.Equal((HttpStatusCode)status, result.Problem()?.Status);
        Assert.Equal(code, result.Problem()?.DiscordCode);
        Assert.Contains(expected, result.Problem()?.Message, StringComparison.Ordinal);
        Assert.Single(_api.Requests);
    }

    [Fact]
    public async Task OverwriteCommandsAsync_InvalidFormBody_ReportsTheFirstFieldError()
    {
        _api.Enqueue("PUT", FakeDiscordApi.CommandsPath(), Response.Json(400, """
            {"message": "Invalid Form Body", "code": 50035, "errors": {"0": {"options": {"1": {"name": {"_errors": [
              {"code": "APPLICATION_COMMAND_INVALID_NAME", "message": "Command name is invalid"}]}}}}}}
            """));

        var result = await Client().OverwriteCommandsAsync(CommandDefinitions.All, null, default).WaitAsync(TestLimit);

        Assert.Equal(
            "Discord rejected the request (400, code 50035 Invalid Form Body) when registering the commands: 0.options.1.name: Command name is invalid.",
            result.Problem()?.Message);
    }

    [Fact]
    public async Task GetCommandsAsync_EveryAttemptTimesOut_FailsAfterThreeBoundedAttempts()
    {
        var attemptTimeout = TimeSpan.FromMilliseconds(200);
        var slow = Response.Slow(TimeSpan.FromSeconds(10));
        _api.Enqueue("GET", FakeDiscordApi.CommandsPath(), slow, slow, slow);
        var watch = Stopwatch.StartNew();

        var call = Client(attemptTimeout: attemptTimeout).GetCommandsAsync(null, default);
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            // The attempt's timeout is on the clock before its request goes out.
            await Polling.UntilAsync(() => _api.Requests.Count == attempt, $"attempt {attempt} reached the fake API");
            await _time.AdvanceAsync(attemptTimeout, TestLimit);
            if (attempt < 3)
            {
                await _time.AdvanceWhenWaiting(Backoff * Math.Pow(2, attempt - 1), TestLimit);
            }
        }

        var result = await call.WaitAsync(TestLimit);

        Assert.False(result.IsSuccess);
        Assert.Null(result.Problem()?.Status);
        Assert.Equal("Gave up reading the registered commands after 3 attempts: no answer within 0.2 s. Try again later.", result.Problem()?.Message);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
        Assert.Equal(3, _api.Requests.Count);
    }

    [Fact]
    public async Task GetCommandsAsync_NoAnswerBeforeTheDeadline_FailsAtTheDeadline()
    {
        _api.Enqueue("GET", FakeDiscordApi.CommandsPath(), Response.Slow(TimeSpan.FromSeconds(30)));
        var watch = Stopwatch.StartNew();

        var call = Client(deadline: TimeSpan.FromSeconds(1)).GetCommandsAsync(null, default);
        await Polling.UntilAsync(() => _api.Requests.Count == 1, "the call reached the fake API");
        await _time.AdvanceAsync(TimeSpan.FromSeconds(1), TestLimit);
        var result = await call.WaitAsync(TestLimit);

        Assert.False(result.IsSuccess);
        Assert.Contains("at its 1 s deadline", result.Problem()?.Message, StringComparison.Ordinal);
        Assert.Single(_api.Requests);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
    }

    [Fact]
    public async Task GetCommandsAsync_CallerCancels_Throws()
    {
        _api.Enqueue("GET", FakeDiscordApi.CommandsPath(), Response.Slow(TimeSpan.FromSeconds(30)));
        using var cancel = new CancellationTokenSource();

        var call = Client().GetCommandsAsync(null, cancel.Token);
        await Polling.UntilAsync(() => _api.Requests.Count == 1, "the call reached the fake API");
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call.WaitAsync(TestLimit));
    }

    [Fact]
    public async Task GetCommandsAsync_NoBotToken_FailsWithoutARequest()
    {
        var client = Client(token: "");

        var result = await client.GetCommandsAsync(null, default).WaitAsync(TestLimit);

        Assert.False(result.IsSuccess);
        Assert.Contains("Discord:BotToken is empty", result.Problem()?.Message, StringComparison.Ordinal);
        Assert.Empty(_api.Requests);
    }

    [Fact]
    public async Task GetCommandsAsync_DiscordsAnswer_ReadsCommandsIgnoringServerFields()
    {
        _api.SetRegisteredCommands(Json(CommandDefinitions.All));

        var result = await Client().GetCommandsAsync(null, default).WaitAsync(TestLimit);

        Assert.True(result.IsSuccess, result.Problem()?.Message);
        Assert.Equal(CommandDefinitions.All.Select(c => c.Name), result.Value.Select(c => c.Name));
        Assert.Equal(Json(CommandDefinitions.All), Json(result.Value));
    }

    [Fact]
    public async Task OverwriteCommandsAsync_OurDefinitions_BodyIsValidForTheSpec()
    {
        var result = await Client().OverwriteCommandsAsync(CommandDefinitions.All, null, default).WaitAsync(TestLimit);

        Assert.True(result.IsSuccess, result.Problem()?.Message);
        var put = Assert.Single(_api.Requests);
        Assert.Empty(DiscordOpenApi.ValidateCommandRegistration(put.BodyText));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(Json(CommandDefinitions.All)), JsonNode.Parse(put.BodyText)));
    }

    [Fact]
    public void OverwriteCommandsAsync_BodyCheckedAsTheSpecTypesIt_DiffersOnlyInDefaultMemberPermissions()
    {
        // The docs make default_member_permissions a string and we follow them; the spec says integer.
        // This pins that the difference is the only one, so ValidateCommandRegistration's rewrite hides nothing else.
        var problems = DiscordOpenApi.ValidateRequestBody("bulk_set_application_commands", Json(CommandDefinitions.All));

        Assert.NotEmpty(problems);
        var moderatorOnly = CommandDefinitions.All.ToList().FindIndex(c => c.DefaultMemberPermissions is not null);
        Assert.All(problems, problem => Assert.StartsWith($"/{moderatorOnly}/default_member_permissions: ", problem, StringComparison.Ordinal));
    }

    [Fact]
    public async Task EditOriginalAsync_NoFiles_SendsJsonValidForTheSpec()
    {
        var payload = new MessagePayload
        {
            Content = "Here is the advice.",
            Embeds = [new Embed { Title = "Cancel or wait?", Description = "Wait 48 hours.", Fields = [new EmbedField("Money", "You keep it")] }],
            Components = [Component.Row(Component.Button(ButtonStyle.Secondary, "Helpful", "helpful:yes"))],
        };

        var result = await Client().EditOriginalAsync(InteractionToken, payload, [], default).WaitAsync(TestLimit);

        Assert.True(result.IsSuccess, result.Problem()?.Message);
        var request = Assert.Single(_api.Requests);
        Assert.StartsWith("application/json", request.Header("Content-Type"), StringComparison.Ordinal);
        Assert.Empty(DiscordOpenApi.ValidateEditOriginal(request.BodyText));
        Assert.Equal("""{"parse":[]}""", JsonNode.Parse(request.BodyText)!["allowed_mentions"]!.ToJsonString());
    }

    [Fact]
    public async Task EditOriginalAsync_WithPng_SendsMultipartWithPayloadJsonAndTheFile()
    {
        var payload = new MessagePayload { Embeds = [new Embed { Title = "Cases", Image = new EmbedImage("attachment://chart.png") }] };

        var result = await Client().EditOriginalAsync(InteractionToken, payload, [new FileUpload("chart.png", "image/png", Png, "Bar chart of cases")], default)
            .WaitAsync(TestLimit);

        Assert.True(result.IsSuccess, result.Problem()?.Message);
        var request = Assert.Single(_api.Requests);
        var parts = await ReadMultipartAsync(request);
        Assert.Equal(new[] { "payload_json", "files[0]" }, parts.Select(p => p.Name));
        var (_, _, payloadType, payloadBody) = parts[0];
        Assert.StartsWith("application/json", payloadType, StringComparison.Ordinal);
        var payloadJson = Encoding.UTF8.GetString(payloadBody);
        Assert.Empty(DiscordOpenApi.ValidateEditOriginal(payloadJson));
        Assert.Equal(
            """[{"id":0,"filename":"chart.png","description":"Bar chart of cases"}]""",
            JsonNode.Parse(payloadJson)!["attachments"]!.ToJsonString());
        var (_, fileName, fileType, fileBytes) = parts[1];
        Assert.Equal("chart.png", fileName);
        Assert.Equal("image/png", fileType);
        Assert.Equal(Png, fileBytes);
    }

    [Fact]
    public async Task EditOriginalAsync_RetriedAfterServerError_SendsTheSameMultipartAgain()
    {
        _api.Enqueue("PATCH", FakeDiscordApi.EditOriginalPath(InteractionToken), Response.Error(503, 0, "Service Unavailable"));

        var result = await WithBackoffsAsync(Client().EditOriginalAsync(InteractionToken, new MessagePayload(), [new FileUpload("chart.png", "image/png", Png)], default), 1);

        Assert.True(result.IsSuccess, result.Problem()?.Message);
        Assert.Equal(2, _api.Requests.Count);
        Assert.Equal(Png, (await ReadMultipartAsync(_api.Requests[1]))[1].Body);
    }

    [Fact]
    public async Task EditOriginalAsync_InteractionExpired_SaysTheTokenWindowPassed()
    {
        _api.Enqueue("PATCH", FakeDiscordApi.EditOriginalPath(InteractionToken), Response.Error(404, 10062, "Unknown interaction"));

        var result = await Client().EditOriginalAsync(InteractionToken, new MessagePayload { Content = "Late" }, [], default).WaitAsync(TestLimit);

        Assert.False(result.IsSuccess);
        Assert.Equal(10062, result.Problem()?.DiscordCode);
        Assert.Contains("15 minutes", result.Problem()?.Message, StringComparison.Ordinal);
        Assert.Single(_api.Requests);
    }

    [Fact]
    public async Task EditOriginalAsync_ElevenFiles_FailsWithoutARequest()
    {
        var files = Enumerable.Range(0, 11).Select(i => new FileUpload($"chart{i}.png", "image/png", Png)).ToList();

        var result = await Client().EditOriginalAsync(InteractionToken, new MessagePayload(), files, default).WaitAsync(TestLimit);

        Assert.Equal("Discord accepts at most 10 files per message, not 11.", result.Problem()?.Message);
        Assert.Empty(_api.Requests);
    }

    // The next two guard the spec checks above: a broken body must fail them, naming the field.
    [Fact]
    public void ValidateCommandRegistration_BrokenCommand_NamesEachField()
    {
        var broken = """
            [{"name": "this-name-is-far-too-long-for-any-command", "description": "x",
              "options": [{"type": 3, "name": "a", "description": "b", "choices": [{"name": "", "value": "v"}]}]}]
            """;

        Assert.Equal(
            new[] { "/0/name: Value should be at most 32 characters", "/0/options/0/choices/0/name: Value should be at least 1 characters" },
            DiscordOpenApi.ValidateCommandRegistration(broken).Select(p => p[..p.IndexOf(" [", StringComparison.Ordinal)]));
    }

    [Fact]
    public void ValidateEditOriginal_EmptyFileName_NamesTheAttachment()
    {
        var problem = Assert.Single(DiscordOpenApi.ValidateEditOriginal("""{"attachments": [{"id": 0, "filename": ""}]}"""));

        Assert.StartsWith("/attachments/0/filename: ", problem, StringComparison.Ordinal);
    }

    /// <summary>The client as the app composes it (<c>AddDiscordRest</c>), on the fake clock, with short backoffs.</summary>
    private DiscordRestClient Client(TimeSpan? attemptTimeout = null, TimeSpan? deadline = null, string token = FakeDiscordApi.BotToken, TimeProvider? time = null)
    {
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton(time ?? _time)
            .AddSingleton(Options.Create(new DiscordOptions { ApplicationId = FakeDiscordApi.ApplicationId, BotToken = token, ApiBaseUrl = _api.ApiBaseUrl }))
            .AddDiscordRest(policy =>
            {
                policy.RetryBackoff = Backoff;
                policy.AttemptTimeout = attemptTimeout ?? AttemptTimeout;
                policy.CallDeadline = deadline ?? CallDeadline;
            })
            .BuildServiceProvider();
        _services.Add(services);
        return services.GetRequiredService<DiscordRestClient>();
    }

    /// <summary>Moves the fake clock past each of the first <paramref name="retries"/> backoffs (10 ms, 20 ms…) as the call begins it.</summary>
    private async Task<T> WithBackoffsAsync<T>(Task<T> call, int retries)
    {
        for (var retry = 0; retry < retries; retry++)
        {
            await _time.AdvanceWhenWaiting(Backoff * Math.Pow(2, retry), TestLimit);
        }

        return await call.WaitAsync(TestLimit);
    }

    /// <summary>The client's waits: every timer but the attempt timeouts and the per-call deadlines.</summary>
    private List<TimeSpan> Waits() => [.. _time.Timers.Where(due => due != AttemptTimeout && due != CallDeadline && due != Timeout.InfiniteTimeSpan)];

    private static string Json(IReadOnlyList<ApplicationCommand> commands) =>
        JsonSerializer.Serialize(commands, DiscordJsonContext.Default.IReadOnlyListApplicationCommand);

    private static Task<IReadOnlyList<(string Name, string? FileName, string? ContentType, byte[] Body)>> ReadMultipartAsync(FakeDiscordApi.Request request) =>
        MultipartParts.ReadAsync(request.Header("Content-Type"), request.Body);
}
