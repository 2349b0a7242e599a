using System.Globalization;
using System.Text;
using ForumHelper.Core.Text;
using ForumHelper.Tests.Support;
using Microsoft.Extensions.Logging;

namespace ForumHelper.Tests.Bot.Discord;

/// <summary>
/// What a signed request can put into the server's log: values from it arrive escaped and cut short
/// (<see cref="LogValue"/>), so a member cannot move the operator's cursor, recolour the console,
/// forge a log line with CR/LF, or write 64 KB into the journal.
/// </summary>
public sealed class InteractionEndpointLogTests
{
    private const string Terminal = "\u001b[31m\r\nFAKE fail: forged line\u0007\u202e";

    [Fact]
    public async Task HandleAsync_ControlCharactersAndHugeValuesInSignedPayloads_LogHoldsThemEscapedAndCut()
    {
        await using var server = await InteractionServer.StartAsync();
        var huge = new string('n', 60_000);
        var before = server.Logs.Count;

        // Where a signed value could reach a log line: custom ids, command names, unknown property names in broken JSON.
        foreach (var prefix in new[] { "feedback:", "whatif:", "share:", "forget:", "" })
        {
            await server.SendAsync(Interactions.Button(prefix + Terminal));
        }

        await server.SendAsync(Interactions.Command(Terminal));
        await server.SendAsync(Interactions.Command(huge));
        await server.SendAsync(Encoding.UTF8.GetBytes("{\"type\":2,\"data\":{\"\\u001b[31m\\r\\nFAKE fail: forged line\\u0007\":{\"a\":}}}"));
        await server.SendAsync(Encoding.UTF8.GetBytes("{\"type\":2,\"data\":{\"" + huge + "\":tru}}"));

        var lines = server.Logs.GetSnapshot().Skip(before).ToList();
        // The positive signal: the broken JSON was logged, with the escape visible as text.
        Assert.Contains(lines, line => line.Level == LogLevel.Warning && line.Message.Contains("\\u001B[31m\\u000D\\u000AFAKE", StringComparison.Ordinal));
        foreach (var line in lines)
        {
            var bad = line.Message.FirstOrDefault(c => char.IsControl(c) || char.GetUnicodeCategory(c) == UnicodeCategory.Format);
            Assert.True(bad == default, $"raw U+{(int)bad:X4} in a log line: {line.Message.Replace("\u001b", "<ESC>", StringComparison.Ordinal)}");
            Assert.True(line.Message.Length <= 400, $"a log line of {line.Message.Length} characters: {TextFit.Cut(line.Message, 200)}");
            Assert.DoesNotContain(new string('n', LogValue.MaxLength + 1), line.Message, StringComparison.Ordinal);
        }
    }
}
