using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using ForumHelper.Bot.Discord;

namespace ForumHelper.Benchmarks.Load;

/// <summary>
/// Time from starting a server process to its first PONG: the process is started, a signed PING is
/// sent every 2 ms until one is answered 200, then the process is stopped. Repeated, with the median.
/// </summary>
internal static class ColdStart
{
    public static async Task<int> RunAsync(string url, string privateKeyHex, int runs, IReadOnlyList<string> command)
    {
        var timings = new List<double>();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        for (var run = 1; run <= runs; run++)
        {
            var body = SampleInteractions.Ping();
            var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
            var signature = DevelopmentKeys.Sign(privateKeyHex, timestamp, body);
            var start = new ProcessStartInfo(command[0]) { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in command.Skip(1))
            {
                start.ArgumentList.Add(argument);
            }

            var clock = Stopwatch.StartNew();
            using var process = Process.Start(start)!;
            process.OutputDataReceived += (_, _) => { };
            process.ErrorDataReceived += (_, _) => { };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            var answered = false;
            while (!answered && clock.Elapsed < TimeSpan.FromSeconds(30) && !process.HasExited)
            {
                answered = await TryPingAsync(http, url, body, timestamp, signature).ConfigureAwait(false);
                if (!answered)
                {
                    await Task.Delay(2).ConfigureAwait(false);
                }
            }

            var elapsed = clock.Elapsed.TotalMilliseconds;
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync().ConfigureAwait(false);
            if (!answered)
            {
                await Console.Error.WriteLineAsync($"run {run}: no PONG within {elapsed:0} ms (exit code {(process.HasExited ? process.ExitCode : -1)})").ConfigureAwait(false);
                return 1;
            }

            timings.Add(elapsed);
            Console.WriteLine($"run {run}: first PONG after {elapsed:0} ms");
        }

        timings.Sort();
        Console.WriteLine($"cold start to first PONG: median {timings[timings.Count / 2]:0} ms, min {timings[0]:0} ms, max {timings[^1]:0} ms over {runs} runs");
        return 0;
    }

    private static async Task<bool> TryPingAsync(HttpClient http, string url, byte[] body, string timestamp, string signature)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Add("X-Signature-Timestamp", timestamp);
        request.Headers.Add("X-Signature-Ed25519", signature);
        try
        {
            using var response = await http.SendAsync(request).ConfigureAwait(false);
            return response.IsSuccessStatusCode && (await response.Content.ReadAsStringAsync().ConfigureAwait(false)).Contains("\"type\":1", StringComparison.Ordinal);
        }
        catch (HttpRequestException)
        {
            return false;
        }
        catch (TaskCanceledException)
        {
            return false;
        }
    }
}
