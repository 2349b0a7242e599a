using CsCheck;
using ForumHelper.Core.Answers;
using ForumHelper.Core.Facts;
using ForumHelper.Tests.Support;

namespace ForumHelper.Tests.Core.Facts;

/// <summary>Generated input against the parser and the engine: no input crashes them, and valid facts always get a whole answer.</summary>
public class SlashLinePropertyTests
{
    private static readonly string[] Names = [.. FactCatalog.All.Select(f => f.Name), "asked_by", "stage ", "", "x"];

    /// <summary>Text a person (or an attacker) might type: wire names, numbers, quotes, colons, control characters, long runs.</summary>
    private static readonly Gen<string> Value = Gen.OneOf(
        Gen.String,
        Gen.OneOfConst([.. FactCatalog.All.SelectMany(f => f.Choices), "true", "false", "unknown", "\"", "`@everyone`", "<@123>", "\u0000", "𝔘𝔫𝔦"]),
        Gen.Long.Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        Gen.Char.Array[0, 5000].Select(chars => new string(chars)));

    private static readonly Gen<string> Line = Gen.OneOf(
        Gen.String,
        Gen.Select(Gen.OneOfConst("/cancel-advice", "/cancel-advise", "", "/", "cancel-advice"),
            Gen.Select(Gen.OneOfConst(Names), Value, Gen.OneOfConst(":", ": ", "", "::")).Array[0, 14],
            (command, options) => command + string.Concat(options.Select(o => " " + o.Item1 + o.Item3 + (o.Item2.Contains(' ') ? "\"" + o.Item2 + "\"" : o.Item2)))));

    [Fact]
    public void ParseFacts_AnyLine_NeverThrowsAndEveryProblemSaysWhatIsValid()
    {
        var tried = 0;
        Line.Sample(line =>
        {
            Interlocked.Increment(ref tried);
            var result = SlashLine.ParseFacts(line);
            if (result.IsSuccess)
            {
                return;
            }

            Assert.NotEmpty(result.Problems);
            Assert.All(result.Problems, problem =>
            {
                Assert.False(string.IsNullOrWhiteSpace(problem.Message));
                Assert.False(string.IsNullOrWhiteSpace(problem.Valid));
                Assert.True(problem.Message.Length < 300, problem.Message);
            });
        }, iter: 20_000);

        Assert.True(tried >= 20_000, $"{tried} lines tried");
    }

    /// <summary>Pieces a hostile line is made of: control characters, lone surrogates, zero-width and direction characters, quotes, colons, whitespace of every kind.</summary>
    private static readonly Gen<string> OddPiece = Gen.Frequency(
        (10, Gen.OneOfConst([.. Names, .. FactCatalog.All.SelectMany(f => f.Choices), ":", "\"", " ", "\t", "\n", "\r", "\u000b", "\u0085", "\u2028", "\u3000", "`", "@everyone", "<@&1>"])),
        (5, Gen.Char['\0', '\u001f'].Select(c => c.ToString())),
        (3, Gen.OneOfConst("\ud800", "\udfff", "\udbff\udbff", "\u200b", "\u200d", "\u202e", "\ufeff", "\u007f", "\uffff", "𝔘𝔫𝔦")),
        (1, Gen.Select(Gen.OneOfConst('x', ' ', '"', ':', '\ud800', '\0'), Gen.Int[1_000, 100_000], (c, length) => new string(c, length))),
        (1, Gen.Int[10, 5_000].Select(times => string.Concat(Enumerable.Repeat("𝔘𝔫", times)))));

    [Fact]
    public void ParseFacts_HugeLinesControlCharactersAndLoneSurrogates_NeverThrowAndProblemsStayShort()
    {
        Gen.Select(Gen.OneOfConst("/cancel-advice ", "/", "/cancel-advice", ""), OddPiece.Array[1, 12]).Sample((command, pieces) =>
        {
            var line = command + string.Concat(pieces);

            var result = SlashLine.ParseFacts(line);

            Assert.True(result.IsSuccess || result.Problems.Count > 0);
            foreach (var problem in result.IsSuccess ? [] : result.Problems)
            {
                Assert.True(problem.Message.Length < 300, problem.Message);
                Assert.False(string.IsNullOrWhiteSpace(problem.Valid));

                // Cutting a long value short must not cut a character in two.
                Assert.True(HasLoneSurrogate(line) || !HasLoneSurrogate(problem.Message), $"a character cut in two in: {problem.Message}");
            }
        }, iter: 3_000, print: c => $"{c.Item1}{string.Concat(c.Item2.Select(p => p.Length > 60 ? $"[{p.Length} × U+{(int)p[0]:X4}]" : p))}");
    }

    private static bool HasLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly Gen<DisputeFacts> Facts = GeneratedFacts.Any;

    [Fact]
    public void Answer_AnyValidFacts_RoundTripsAndRendersAWholeAnswerWithinLimits()
    {
        var today = new DateOnly(2026, 11, 26);
        Facts.Sample(facts =>
        {
            var line = SlashLine.Format(facts);
            Assert.Equal(facts, SlashLine.ParseFacts(line).Value);

            var answer = RealData.Set.Answer(facts, today).Answer;
            var text = string.Join("\n", [answer.Title, answer.Summary, .. answer.Points, answer.Question ?? "", .. answer.MoreQuestions,
                .. answer.Outcomes.SelectMany(o => new[] { o.Rate, o.ReviewRisk, o.WarningRisk, o.Money }), answer.Footer]);
            Assert.DoesNotContain("{", text);
            Assert.True(AnswerSize.FirstScreen(answer) <= AnswerLimits.Description && AnswerSize.DetailsDescription(answer) <= AnswerLimits.Description, line);
            Assert.True(AnswerSize.DetailsField(answer) <= AnswerLimits.Field && AnswerSize.DetailsTotal(answer) <= AnswerLimits.Total, line);
        }, iter: 5_000);
    }
}
