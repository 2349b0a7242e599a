using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Text;
using ForumHelper.Bot.Discord;

namespace ForumHelper.Tests.Support;

/// <summary>
/// <c>forumhelper serve</c> as its own operating-system process, for what only a process can show:
/// <c>kill -9</c>, SIGTERM, a restart on the same files. It listens on a free loopback port, trusts a
/// development key, and keeps its database and key file in <see cref="State"/>, which outlives a restart.
/// </summary>
internal sealed partial class ServeProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ServeProcess(Process process, TempFolder state)
    {
        _process = process;
        State = state;
        process.OutputDataReceived += (_, line) => Collect(line.Data);
        process.ErrorDataReceived += (_, line) => Collect(line.Data);
    }

    /// <summary>The database and key file; the caller owns it, so a restart can reuse it.</summary>
    public TempFolder State { get; }

    public HttpClient Http { get; private set; } = null!;

    public string DatabasePath => State.File("cases.db");

    /// <summary>Everything the process printed so far (logs included).</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Starts serve on <paramref name="state"/> and waits until it listens; <paramref name="settings"/> become environment variables.</summary>
    public static Task<ServeProcess> StartAsync(string privateKey, TempFolder state, params (string Key, string Value)[] settings) =>
        StartAsync(privateKey, state, new ServeLaunch { Settings = settings });

    /// <summary>Starts serve as <paramref name="launch"/> says (another program, no <c>--urls</c>…) and waits until it listens.</summary>
    public static async Task<ServeProcess> StartAsync(string privateKey, TempFolder state, ServeLaunch launch)
    {
        var serve = Launch(privateKey, state, launch);
        var started = await Task.WhenAny(serve._listening.Task, serve._process.WaitForExitAsync(), Task.Delay(TimeSpan.FromSeconds(30)));
        if (started != serve._listening.Task)
        {
            await serve.DisposeAsync();
            throw new InvalidOperationException($"serve did not start listening:\n{serve.Output}");
        }

        serve.Http = new HttpClient { BaseAddress = await serve._listening.Task, Timeout = TimeSpan.FromSeconds(10) };
        return serve;
    }

    /// <summary>Runs serve as <paramref name="launch"/> says, expecting it not to start; its exit code and everything it printed.</summary>
    public static async Task<(int ExitCode, string Output)> RunUntilExitAsync(string privateKey, TempFolder state, ServeLaunch launch)
    {
        await using var serve = Launch(privateKey, state, launch);
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await serve._process.WaitForExitAsync(limit.Token);
        return (serve._process.ExitCode, serve.Output);
    }

    private static ServeProcess Launch(string privateKey, TempFolder state, ServeLaunch launch)
    {
        var keyFile = state.File("dev-signing.key");
        File.WriteAllText(keyFile, privateKey);
        var start = launch.Program is null
            ? new ProcessStartInfo("dotnet") { ArgumentList = { Path.Combine(AppContext.BaseDirectory, "forumhelper.dll") } }
            : new ProcessStartInfo(launch.Program);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.WorkingDirectory = state.Path;
        start.ArgumentList.Add("serve");
        if (launch.Urls is not null)
        {
            start.ArgumentList.Add("--urls");
            start.ArgumentList.Add(launch.Urls);
        }

        foreach (var argument in new[] { "--dev-key", keyFile, "--data", launch.Data ?? RepositoryPaths.Data })
        {
            start.ArgumentList.Add(argument);
        }

        // A container platform's or a developer's own variables must not choose the port of a test's server.
        start.Environment.Remove("ASPNETCORE_URLS");
        start.Environment.Remove("ASPNETCORE_HTTP_PORTS");
        start.Environment.Remove("Urls");
        start.Environment["Storage__ConnectionString"] = $"Data Source={state.File("cases.db")}";
        start.Environment["Discord__AdvicePerMinute"] = "10000";
        foreach (var (key, value) in launch.Settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var serve = new ServeProcess(new Process { StartInfo = start }, state);
        serve._process.Start();
        serve._process.BeginOutputReadLine();
        serve._process.BeginErrorReadLine();
        return serve;
    }

    /// <summary>Sends a signed interaction; the status and body, or null when the connection failed (the process is gone or going).</summary>
    public Task<(int Status, string Body)?> TrySendAsync(JsonNode interaction, string privateKey, CancellationToken cancel = default) =>
        TrySendAsync(Http, interaction, privateKey, cancel);

    /// <summary>Sends a signed interaction to whatever <paramref name="http"/> points at (a replica, or a load balancer in front of several).</summary>
    public static async Task<(int Status, string Body)?> TrySendAsync(HttpClient http, JsonNode interaction, string privateKey, CancellationToken cancel = default)
    {
        var body = Encoding.UTF8.GetBytes(interaction.ToJsonString());
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, "interactions") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Add("X-Signature-Timestamp", timestamp);
        request.Headers.Add("X-Signature-Ed25519", DevelopmentKeys.Sign(privateKey, timestamp, body));
        try
        {
            using var response = await http.SendAsync(request, cancel);
            return ((int)response.StatusCode, await response.Content.ReadAsStringAsync(cancel));
        }
        catch (Exception error) when (error is HttpRequestException or TaskCanceledException or IOException)
        {
            return null;
        }
    }

    public async Task<JsonObject?> TryHealthAsync()
    {
        try
        {
            return JsonNode.Parse(await Http.GetStringAsync("healthz")) as JsonObject;
        }
        catch (Exception error) when (error is HttpRequestException or TaskCanceledException)
        {
            return null;
        }
    }

    /// <summary>SIGKILL: no shutdown code runs, as when the machine's memory killer or an operator's kill -9 strikes.</summary>
    public Task KillAsync()
    {
        _process.Kill();
        return _process.WaitForExitAsync();
    }

    /// <summary>SIGTERM, as systemd or Docker send on stop; returns the exit code.</summary>
    public async Task<int> TerminateAsync(TimeSpan limit)
    {
        // The shell's own kill: /bin/kill comes with procps, which a minimal machine may lack.
        using (var kill = Process.Start("/bin/sh", ["-c", "kill -TERM " + _process.Id.ToString(CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        using var waiting = new CancellationTokenSource(limit);
        await _process.WaitForExitAsync(waiting.Token);
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        Http?.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private void Collect(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }

        if (ListeningLine().Match(line) is { Success: true } match)
        {
            // Kestrel names the address it bound; a wildcard one ([::], 0.0.0.0) is reached on loopback.
            _listening.TrySetResult(new Uri($"http://127.0.0.1:{match.Groups[1].Value}/"));
        }
    }

    [GeneratedRegex(@"Now listening on: http://[^\s]+:(\d+)")]
    private static partial Regex ListeningLine();
}
