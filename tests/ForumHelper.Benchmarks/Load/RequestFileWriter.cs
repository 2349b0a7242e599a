using System.Globalization;
using System.Text;
using ForumHelper.Bot.Discord;
using ForumHelper.Core.Facts;

namespace ForumHelper.Benchmarks.Load;

/// <summary>
/// Writes signed interactions for <c>load.lua</c>, one per line: <c>kind TAB timestamp TAB signature TAB body</c>.
/// Questions are the golden cases' slash lines with varied numbers, asked by many members; clicks
/// name cases the server has never seen (an old message's buttons); bad signatures are signed for another body.
/// Members take turns (round-robin), and the file runs past <c>count</c> until every one of them has
/// asked once, so a soak through the whole file meets all of them.
/// </summary>
internal sealed class RequestFileWriter(string privateKeyHex, Random random, int members)
{
    private static readonly FactDefinition[] VariedNumbers = [FactCatalog.Orders, FactCatalog.Rate, FactCatalog.Reviews, FactCatalog.Value];
    private static readonly string[] ClickChoices = ["feedback:{0}:helpful", "feedback:{0}:not-helpful", "whatif:{0}:decline-cancellation", "share:{0}"];

    private long _nextInteractionId = 1_800_000_000_000_000_000;
    private int _membersAsked;

    /// <summary>Distinct members in the file written; all of them unless the mix has no questions or clicks.</summary>
    public int MembersWritten => Math.Min(_membersAsked, members);

    public IReadOnlyDictionary<string, int> Write(TextWriter output, IReadOnlyList<SlashInvocation> questions, RequestMix mix, int count, DateTimeOffset now)
    {
        var timestamp = now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var written = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var carriesMembers = mix.Advice + mix.Click > 0;
        for (var i = 0; i < count || (carriesMembers && _membersAsked < members); i++)
        {
            var kind = mix.KindAt(random.Next(mix.Total));
            var body = kind switch
            {
                "ping" => SampleInteractions.Ping(),
                "click" => SampleInteractions.Button(string.Format(CultureInfo.InvariantCulture, ClickChoices[random.Next(ClickChoices.Length)], random.NextInt64(1, long.MaxValue)), Sender()),
                "bad-signature" => Question(questions[random.Next(questions.Count)], Stranger()),
                _ => Question(questions[random.Next(questions.Count)], Sender()),
            };

            // Signed for a different body: the endpoint must answer 401 without looking further (so it takes no member's turn).
            var signed = kind == "bad-signature" ? Question(questions[random.Next(questions.Count)], Stranger()) : body;
            var signature = DevelopmentKeys.Sign(privateKeyHex, timestamp, signed);
            output.Write(kind);
            output.Write('\t');
            output.Write(timestamp);
            output.Write('\t');
            output.Write(signature);
            output.Write('\t');
            output.Write(Encoding.UTF8.GetString(body));
            output.Write('\n');
            written[kind] = written.GetValueOrDefault(kind) + 1;
        }

        return written;
    }

    private byte[] Question(SlashInvocation question, SampleSender sender)
    {
        var options = question.Options.ToDictionary(option => option.Key, option => option.Value, StringComparer.Ordinal);
        foreach (var fact in VariedNumbers)
        {
            // Half the questions carry a member's own numbers, so the completion-rate arithmetic and the number rules run too.
            if (random.Next(2) == 0)
            {
                options[fact.Name] = random.Next(fact.Min, Math.Min(fact.Max, 500) + 1).ToString(CultureInfo.InvariantCulture);
            }
        }

        return SampleInteractions.Command(FactCatalog.CommandName, [.. options], sender);
    }

    private string NextMember() => (1_700_000_000_000_000_000L + (_membersAsked++ % members)).ToString(CultureInfo.InvariantCulture);

    private long NextId() => _nextInteractionId++;

    // Each request its own interaction id, so every question is a case of its own (a replayed id is the same case).
    private SampleSender Sender() => new(NextMember(), "0", [], false, NextId().ToString(CultureInfo.InvariantCulture), "load-token");

    // Outside the pool of members: a request with a bad signature is refused before anyone's rate limit.
    private SampleSender Stranger() => new("1699999999999999999", "0", [], false, NextId().ToString(CultureInfo.InvariantCulture), "load-token");
}
