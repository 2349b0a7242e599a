using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using ForumHelper.Bot.Discord;
using ForumHelper.Core.Facts;
using Microsoft.Extensions.DependencyInjection;

namespace ForumHelper.Bot.Cli;

/// <summary>
/// <c>send-sample</c>: sends one interaction, signed with the development key the way Discord
/// signs, to a running local <c>serve</c>, and prints the reply.
/// </summary>
internal static class SendSampleVerb
{
    // The HTTP client to the local endpoint, from the client factory like every HttpClient in ForumHelper.
    private const string Name = "send-sample";

    public static Command Create(CliConsole console)
    {
        var url = new Option<string>("--url") { Description = "The endpoint", DefaultValueFactory = _ => "http://127.0.0.1:8080/interactions" };
        var keyFile = new Option<string>("--key-file") { Description = "The private key from `dev-keys`", DefaultValueFactory = _ => DevKeysVerb.DefaultFile };
        var ping = new Option<bool>("--ping") { Description = "Send a PING instead of a question" };
        var ask = new Option<string>("--ask") { Description = "The question to send", DefaultValueFactory = _ => AskVerb.Example };
        var command = new Command("send-sample", "Send a signed sample interaction to a running local serve and print the reply") { url, keyFile, ping, ask };
        command.SetAction((parse, cancel) => RunAsync(parse.GetValue(url)!, parse.GetValue(keyFile)!, parse.GetValue(ping), parse.GetValue(ask)!, console, cancel));
        return command;
    }

    private static async Task<int> RunAsync(string url, string keyFile, bool ping, string ask, CliConsole console, CancellationToken cancel)
    {
        if (!File.Exists(keyFile))
        {
            console.Error.WriteLine($"{keyFile} not found: run `dev-keys` first, and start `serve` with the public key it prints.");
            return ExitCodes.Usage;
        }

        byte[] bytes;
        if (ping)
        {
            bytes = SampleInteractions.Ping();
        }
        else
        {
            var parsed = SlashLine.Parse(ask);
            if (!parsed.IsSuccess || parsed.Value.Command != FactCatalog.CommandName)
            {
                console.Error.WriteLine($"--ask must be a /{FactCatalog.CommandName} line, e.g. \"{AskVerb.Example}\".");
                return ExitCodes.Usage;
            }

            bytes = SampleInteractions.CancelAdvice(parsed.Value.Options);
        }

        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(bytes) };
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.Add("X-Signature-Timestamp", timestamp);
        request.Headers.Add("X-Signature-Ed25519", DevelopmentKeys.Sign(File.ReadAllText(keyFile), timestamp, bytes));
        await using var services = new ServiceCollection()
            .AddHttpClient(Name, client => client.Timeout = TimeSpan.FromSeconds(10)).Services
            .BuildServiceProvider();
        var http = services.GetRequiredService<IHttpClientFactory>().CreateClient(Name);
        try
        {
            using var response = await http.SendAsync(request, cancel).ConfigureAwait(false);
            var reply = await response.Content.ReadAsStringAsync(cancel).ConfigureAwait(false);
            console.Out.WriteLine($"HTTP {(int)response.StatusCode} {response.ReasonPhrase}");
            console.Out.WriteLine(Pretty(reply));
            return response.IsSuccessStatusCode ? ExitCodes.Success : ExitCodes.DataProblems;
        }
        catch (HttpRequestException error)
        {
            console.Error.WriteLine($"Could not reach {url}: {error.Message}. Is `serve` running?");
            return ExitCodes.DataProblems;
        }
        catch (TaskCanceledException) when (!cancel.IsCancellationRequested)
        {
            console.Error.WriteLine($"{url} did not answer within {http.Timeout.TotalSeconds:0} seconds.");
            return ExitCodes.DataProblems;
        }
    }

    private static string Pretty(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            return JsonSerializer.Serialize(document.RootElement, PrettyJson.Options);
        }
        catch (JsonException)
        {
            return text;
        }
    }
}
