using CsCheck;
using ForumHelper.Core.Answers;
using ForumHelper.Core.Disputes;
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

    private static readonly Gen<DisputeFacts> Facts =
        Gen.Select(Gen.Int[0, 4], Gen.Int[0, 5], Gen.Int[-1, 6], Gen.Int[-1, 2], Gen.Int[-1, 2], Gen.Int[-1, 10_000], Gen.Int[-1, 100], Gen.Int[-1, 100_000])
            .Select(Gen.Int[-1, 100_000], Gen.Int[-1, 1], Gen.Bool, (head, value, promised, upwork) => DisputeFacts.FromVector(
                new FactVector([head.Item1, head.Item2, head.Item3, head.Item4, head.Item5, head.Item6, head.Item7, head.Item8, value == 0 ? 1 : value, promised]),
                upwork ? Marketplace.Upwork : Marketplace.Fiverr));

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
            Assert.True(AnswerSize.Description(answer) <= AnswerLimits.Description, line);
            Assert.True(AnswerSize.Total(answer) <= AnswerLimits.Total, line);
        }, iter: 5_000);
    }
}
