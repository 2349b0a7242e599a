using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using System.Text;
using ForumHelper.Bot.Discord;
using ForumHelper.Bot.Hosting;
using ForumHelper.Core.Cases;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Primitives;

namespace ForumHelper.Tests.Support;

/// <summary>
/// The real interactions endpoint (<see cref="ServeHost"/>) on loopback HTTP, on a free port, with its
/// own key pair, a fresh database and a copy of data/ the test may edit. Requests go through a
/// real <see cref="HttpClient"/>, signed the way Discord signs them. Every reply is checked for the
/// rules that hold whatever was sent: never a 5xx, messages never ping anyone and stay within Discord's limits.
/// </summary>
internal sealed class InteractionServer : IAsyncDisposable
{
    private readonly TempFolder _state;

    private InteractionServer(WebApplication app, TempFolder data, TempFolder state, FakeLogCollector logs, string privateKey, string publicKey, Uri address)
    {
        App = app;
        Logs = logs;
        Data = data;
        _state = state;
        PrivateKey = privateKey;
        PublicKey = publicKey;
        Address = address;
        Http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(15) };
    }

    public WebApplication App { get; }

    /// <summary>The data folder the server answers from (a copy; edit it to test reloads).</summary>
    public TempFolder Data { get; }

    public string PrivateKey { get; }

    public string PublicKey { get; }

    public Uri Address { get; }

    public HttpClient Http { get; }

    public CaseStorage Storage => App.Services.GetRequiredService<CaseStorage>();

    public CaseLog CaseLog => App.Services.GetRequiredService<CaseLog>();

    /// <summary>Every line the server logged (through its filters: information and up), including while it stops.</summary>
    public FakeLogCollector Logs { get; }

    /// <summary>The database file of the default settings (in a temp folder of its own).</summary>
    public string DatabasePath => _state.File(DatabaseFile);

    /// <summary>
    /// Moves every logged case, and its rating, into the middle of last month (keeping its time of
    /// day): moderators' statistics cover finished months only, so a test that asks and then reads
    /// them makes its cases last month's first.
    /// </summary>
    public void MoveCasesIntoLastMonth()
    {
        var middle = StatsPeriod.LastFinishedMonth(DateTimeOffset.UtcNow).From.AddDays(14).ToUnixTimeMilliseconds();
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "UPDATE cases SET at_ms = $middle + at_ms % 86400000, feedback_day_ms = CASE WHEN feedback_day_ms IS NOT NULL THEN $middle END";
        command.Parameters.AddWithValue("$middle", middle);
        command.ExecuteNonQuery();
    }

    private const string DatabaseFile = "cases.db";

    /// <summary>In a setting's value, stands for the data copy's path (e.g. to keep the database inside it, as the default settings do).</summary>
    public const string DataFolderPlaceholder = "{data}";

    /// <summary>Starts a server; <paramref name="settings"/> add to or override the test defaults.</summary>
    public static Task<InteractionServer> StartAsync(params (string Key, string Value)[] settings) => StartAsync(TimeProvider.System, settings);

    /// <summary>Starts a server on the given clock (e.g. to make a captured request go stale).</summary>
    public static Task<InteractionServer> StartAsync(TimeProvider time, params (string Key, string Value)[] settings) => StartAsync(time, null, settings);

    /// <summary>Starts a server that also answers the handlers <paramref name="moreHandlers"/> registers (e.g. <c>services.AddInteractionHandler&lt;T&gt;()</c>).</summary>
    public static Task<InteractionServer> StartWithHandlersAsync(Action<IServiceCollection> moreHandlers, params (string Key, string Value)[] settings) =>
        StartAsync(TimeProvider.System, moreHandlers, settings);

    private static async Task<InteractionServer> StartAsync(TimeProvider time, Action<IServiceCollection>? moreHandlers, (string Key, string Value)[] settings)
    {
        var data = TempFolder.WithDataCopy();
        var state = new TempFolder();
        var (privateKey, publicKey) = DevelopmentKeys.Create();
        var values = new Dictionary<string, string?>
        {
            ["Urls"] = "http://127.0.0.1:0",
            ["Discord:PublicKey"] = publicKey,
            ["Discord:ApplicationId"] = Interactions.ApplicationId,
            ["Discord:ApiBaseUrl"] = "http://127.0.0.1:9/api/v10",
            ["Discord:MaxClockSkewSeconds"] = "300",
            ["Discord:AdvicePerMinute"] = "10",
            ["Moderation:RoleIds:0"] = "1650000000000000001",
            ["Storage:ConnectionString"] = $"Data Source={state.File(DatabaseFile)}",
            ["Privacy:MinGroupSize"] = "1",
        };
        foreach (var (key, value) in settings)
        {
            values[key] = value.Replace(DataFolderPlaceholder, data.Path, StringComparison.Ordinal);
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var logs = new FakeLogCollector();
        var built = ServeHost.Build(configuration, data.Path, time, new FakeLoggerProvider(logs), moreHandlers);
        if (!built.IsSuccess)
        {
            SqliteConnection.ClearAllPools();
            data.Dispose();
            state.Dispose();
            Assert.Fail("ServeHost.Build failed:\n" + string.Join("\n", built.Problems));
        }

        var app = built.Value!;
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new InteractionServer(app, data, state, logs, privateKey, publicKey, new Uri(address.TrimEnd('/') + "/"));
    }

    public static string Now() => DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    public Task<InteractionReply> SendAsync(JsonNode interaction, SendOptions? options = null) =>
        SendAsync(Encoding.UTF8.GetBytes(interaction.ToJsonString()), options);

    /// <summary>POSTs <paramref name="body"/> to /interactions, signed unless told otherwise.</summary>
    public async Task<InteractionReply> SendAsync(byte[] body, SendOptions? options = null)
    {
        options ??= new SendOptions();
        var timestamp = options.Timestamp ?? Now();
        var signature = DevelopmentKeys.Sign(options.SigningKey ?? PrivateKey, timestamp, body);
        signature = options.Signature?.Invoke(signature) ?? signature;
        var sent = options.BodyAfterSigning?.Invoke(body) ?? body;
        using var request = new HttpRequestMessage(HttpMethod.Post, "interactions") { Content = new ByteArrayContent(sent) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        if (options.Sign)
        {
            request.Headers.TryAddWithoutValidation("X-Signature-Ed25519", signature);
            request.Headers.TryAddWithoutValidation("X-Signature-Timestamp", timestamp);
        }

        options.Tweak?.Invoke(request);
        using var response = await Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return Checked(response.StatusCode, response.Content.Headers.ContentType?.ToString(), text);
    }

    /// <summary>
    /// Calls the endpoint's handler directly with this server's services: no socket and no Kestrel,
    /// so headers may hold what HTTP could not carry and a generated test gets many more cases per
    /// second. An exception escaping the handler (a 500 behind Kestrel) fails the test as it is.
    /// </summary>
    public async Task<InteractionReply> SendInProcessAsync(byte[] body, IEnumerable<(string Name, string Value)> headers)
    {
        var http = new DefaultHttpContext { RequestServices = App.Services };
        http.Request.Method = HttpMethods.Post;
        http.Request.Path = "/interactions";
        http.Request.Body = new MemoryStream(body);
        http.Request.ContentLength = body.Length;
        foreach (var group in headers.GroupBy(header => header.Name, StringComparer.OrdinalIgnoreCase))
        {
            http.Request.Headers[group.Key] = new StringValues([.. group.Select(header => header.Value)]);
        }

        using var answer = new MemoryStream();
        http.Response.Body = answer;
        await InteractionEndpoint.HandleAsync(
            http,
            App.Services.GetRequiredService<SignatureVerifier>(),
            App.Services.GetRequiredService<InteractionDispatcher>(),
            App.Services.GetRequiredService<ILogger<InteractionDispatcherLog>>());
        return Checked((HttpStatusCode)http.Response.StatusCode, http.Response.ContentType, Encoding.UTF8.GetString(answer.ToArray()));
    }

    /// <summary>The two signature headers Discord would send for <paramref name="body"/> now.</summary>
    public (string Name, string Value)[] SignatureHeaders(byte[] body, string? timestamp = null)
    {
        timestamp ??= Now();
        return [("X-Signature-Ed25519", DevelopmentKeys.Sign(PrivateKey, timestamp, body)), ("X-Signature-Timestamp", timestamp)];
    }

    public async Task<JsonObject> HealthAsync()
    {
        var (status, health) = await HealthWithStatusAsync();
        Assert.True(status == HttpStatusCode.OK, $"GET /healthz answered {(int)status}: {health}");
        return health;
    }

    /// <summary>GET /healthz whatever its status code (a database that cannot be read gives 503).</summary>
    public async Task<(HttpStatusCode Status, JsonObject Health)> HealthWithStatusAsync()
    {
        using var response = await Http.GetAsync("healthz");
        return (response.StatusCode, Assert.IsType<JsonObject>(JsonNode.Parse(await response.Content.ReadAsStringAsync())));
    }

    /// <summary>Waits until the case log has committed at least <paramref name="count"/> writes (per /healthz).</summary>
    public Task WaitForWrittenAsync(long count) =>
        Polling.UntilAsync(async () => (await HealthAsync())["casesWritten"]!.GetValue<long>() >= count, $"{count} case write(s) committed");

    // The rules every reply keeps, whatever was sent: no 5xx; messages ping nobody and fit Discord's limits.
    private static InteractionReply Checked(HttpStatusCode status, string? contentType, string text)
    {
        Assert.True((int)status < 500, $"POST /interactions answered {(int)status}: {text}");
        var json = contentType is not null && contentType.StartsWith("application/json", StringComparison.Ordinal) ? JsonNode.Parse(text) : null;
        MentionSafety.AssertCallbackSafe(json);
        DiscordLimits.AssertCallbackWithinLimits(json);
        return new InteractionReply(status, contentType, text, json);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        try
        {
            using var stopping = new CancellationTokenSource(TimeSpan.FromSeconds(15));
            await App.StopAsync(stopping.Token);
        }
        finally
        {
            await App.DisposeAsync();
            SqliteConnection.ClearAllPools();
            Data.Dispose();
            _state.Dispose();
        }
    }
}
