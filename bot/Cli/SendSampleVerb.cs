using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using ForumHelper.Bot.Discord;
using ForumHelper.Core.Facts;

namespace ForumHelper.Bot.Cli;

/// <summary>
/// <c>send-sample</c>: sends one interaction, signed with the development key the way Discord
/// signs, to a running local <c>serve</c>, and prints the reply.
/// </summary>
internal static class SendSampleVerb
{
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

        string body;
        if (ping)
        {
            body = """{"type":1,"id":"100000000000000001","application_id":"100000000000000002","token":"sample-token","version":1}""";
        }
        else
        {
            var parsed = SlashLine.Parse(ask);
            if (!parsed.IsSuccess || parsed.Value.Command != FactCatalog.CommandName)
            {
                console.Error.WriteLine($"--ask must be a /{FactCatalog.CommandName} line, e.g. \"{AskVerb.Example}\".");
                return ExitCodes.Usage;
            }

            body = SampleCommand(parsed.Value.Options);
        }

        var bytes = Encoding.UTF8.GetBytes(body);
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(bytes) };
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.Add("X-Signature-Timestamp", timestamp);
        request.Headers.Add("X-Signature-Ed25519", DevelopmentKeys.Sign(File.ReadAllText(keyFile), timestamp, bytes));
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
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

    /// <summary>A slash-command interaction as Discord sends it from a server, with string, number and boolean options typed.</summary>
    private static string SampleCommand(IReadOnlyList<KeyValuePair<string, string>> options)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            json.WriteString("id", "100000000000000003");
            json.WriteString("application_id", "100000000000000002");
            json.WriteNumber("type", 2);
            json.WriteString("token", "sample-token");
            json.WriteNumber("version", 1);
            json.WriteString("guild_id", "100000000000000004");
            json.WriteString("channel_id", "100000000000000005");
            json.WriteString("locale", "en-US");
            json.WriteStartObject("member");
            json.WriteStartObject("user");
            json.WriteString("id", "100000000000000006");
            json.WriteString("username", "sample-member");
            json.WriteEndObject();
            json.WriteString("permissions", "0");
            json.WriteStartArray("roles");
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteStartObject("data");
            json.WriteString("id", "100000000000000007");
            json.WriteString("name", FactCatalog.CommandName);
            json.WriteNumber("type", 1);
            json.WriteStartArray("options");
            foreach (var (name, value) in options)
            {
                var fact = FactCatalog.Find(name);
                json.WriteStartObject();
                json.WriteString("name", name);
                if (fact?.Kind == FactKind.Integer && long.TryParse(value, CultureInfo.InvariantCulture, out var number))
                {
                    json.WriteNumber("type", 4);
                    json.WriteNumber("value", number);
                }
                else if (fact?.Kind == FactKind.Boolean && bool.TryParse(value, out var flag))
                {
                    json.WriteNumber("type", 5);
                    json.WriteBoolean("value", flag);
                }
                else
                {
                    json.WriteNumber("type", 3);
                    json.WriteString("value", value);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
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
