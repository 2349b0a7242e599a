using CsCheck;
using ForumHelper.Core.Facts;
using ForumHelper.Tests.Support;

namespace ForumHelper.Tests.Core.Facts;

public class DisputeFactsCodeTests
{
    private static readonly DateOnly Today = new(2026, 11, 26);

    private static readonly Gen<DisputeFacts> Facts = GeneratedFacts.Any;

    private static readonly Gen<DateOnly> Days = Gen.Int[new DateOnly(2020, 1, 1).DayNumber, new DateOnly(2100, 12, 31).DayNumber].Select(DateOnly.FromDayNumber);

    [Theory]
    [InlineData(2101, 1, 1)]
    [InlineData(9999, 11, 1)]
    [InlineData(9999, 12, 31)]
    public void TryDecode_DayPastTheYear2100_Refused(int year, int month, int dayOfMonth)
    {
        var facts = SlashLine.ParseFacts("/cancel-advice asked-by:buyer stage:delivered").Value!;
        var lastDay = DisputeFactsCode.Encode(facts, new DateOnly(2100, 12, 31));
        var forged = DisputeFactsCode.Encode(facts, new DateOnly(year, month, dayOfMonth));

        Assert.True(DisputeFactsCode.TryDecode(lastDay, out _, out _));
        Assert.False(DisputeFactsCode.TryDecode(forged, out _, out _));
    }

    [Fact]
    public void TryDecode_AnyEncodedFactsAndDay_GivesThemBackWithinMaxLength()
    {
        Gen.Select(Facts, Days).Sample((facts, day) =>
        {
            var code = DisputeFactsCode.Encode(facts, day);

            Assert.True(DisputeFactsCode.TryDecode(code, out var decoded, out var decodedDay), code);
            Assert.Equal(facts, decoded);
            Assert.Equal(day, decodedDay);
            Assert.InRange(code.Length, 1, DisputeFactsCode.MaxLength);
            Assert.All(code, c => Assert.True(char.IsAsciiDigit(c) || char.IsAsciiLetterLower(c) || c == '.', code));
        }, iter: 20_000);
    }

    [Fact]
    public void Encode_OriginQuestion_IsShortAndReadsBack()
    {
        var facts = SlashLine.ParseFacts("/cancel-advice asked-by:buyer stage:draft-in-chat buyer:silent reason:not-as-expected orders-60d:20 rate:100").Value!;

        var code = DisputeFactsCode.Encode(facts, Today);

        Assert.True(code.Length <= 30, code);
        Assert.True(DisputeFactsCode.TryDecode(code, out var decoded, out var day));
        Assert.Equal((facts, Today), (decoded, day));
    }

    [Fact]
    public void TryDecode_CodeFromBeforeTheNewFacts_ReadsWithThemUnknown()
    {
        // A button sent before `done`, `already` and the rest existed: ten facts, each in its own part.
        var expected = SlashLine.ParseFacts("/cancel-advice asked-by:buyer stage:draft-in-chat reason:not-as-expected buyer:silent orders-60d:20 rate:100").Value!;

        Assert.True(DisputeFactsCode.TryDecode("0.0.2.1.1..k.2s...." + "1uv", out var decoded, out _));

        Assert.Equal(expected, decoded);
    }

    [Fact]
    public void TryDecode_UpworkOnlyFactOnAFiverrCode_IsRefused()
    {
        var upwork = SlashLine.ParseFacts("/cancel-advice marketplace:upwork asked-by:buyer stage:delivered contract:hourly").Value!;
        var code = DisputeFactsCode.Encode(upwork, Today);

        Assert.True(DisputeFactsCode.TryDecode(code, out _, out _));
        Assert.False(DisputeFactsCode.TryDecode("0" + code[1..], out _, out _));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("0.0.0")]
    [InlineData("0..0........1uv")] // asked-by (required) unknown
    [InlineData("0.0.z........1uv")] // a stage past the last choice
    [InlineData("0.0.0...0.7pt.....1uv")] // orders-60d past its maximum (10,000 is 7ps)
    [InlineData("0.0.0........2.1uv")] // promised-refund neither 0 nor 1
    [InlineData("0.0.00........1uv")] // a leading zero: never written, so never read
    [InlineData("0.0.0.........zzzzzzz")] // a day past what six digits hold
    [InlineData("9.0.0.........1uv")] // no such marketplace
    [InlineData("0.0.0.........1UV")] // upper case
    [InlineData("0.0.0.........-1")]
    public void TryDecode_ForgedOrBrokenCode_IsRefused(string? code)
    {
        Assert.False(DisputeFactsCode.TryDecode(code, out _, out _));
    }

    [Fact]
    public void TryDecode_ArbitraryText_NeverThrowsAndOnlyAcceptsWhatEncodeWrites()
    {
        var pieces = Gen.OneOfConst("0", "1", "2", "9", "a", "z", "7ps", "7pt", "2s", ".", "..", "-", ":", "00", "A", " ", "\u0000", "é");
        Gen.OneOf(Gen.String, pieces.Array[0, 40].Select(p => string.Concat(p))).Sample(text =>
        {
            if (DisputeFactsCode.TryDecode(text, out var facts, out var day))
            {
                Assert.Equal(text, DisputeFactsCode.Encode(facts, day));
            }
        }, iter: 20_000);
    }
}
