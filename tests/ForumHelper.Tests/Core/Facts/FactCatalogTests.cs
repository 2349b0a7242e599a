using ForumHelper.Core.Facts;

namespace ForumHelper.Tests.Core.Facts;

public class FactCatalogTests
{
    // The option names and values are a contract other tools rely on: they must not drift.
    [Theory]
    [InlineData("done", "none,some,most,all")]
    [InlineData("off-platform", "none,talk,work,payment")]
    [InlineData("already", "nothing,i-asked-to-cancel,buyer-refused-cancel,asked-extension,extension-refused,contacted-support,support-decided,dispute-open")]
    [InlineData("contract", "fixed,hourly")]
    [InlineData("funds", "in-escrow,released,none")]
    public void Find_DisputeDetailOption_HasExactlyTheAgreedValues(string name, string values)
    {
        var fact = FactCatalog.Find(name);

        Assert.NotNull(fact);
        Assert.False(fact.Required);
        Assert.Equal(values.Split(','), fact.Choices);
        Assert.All(fact.Choices, choice => Assert.True(fact.ChoiceHints.ContainsKey(choice), $"`{name}:{choice}` has no hint"));
    }

    [Fact]
    public void Find_DueInHours_IsAWholeNumberFromZeroToTenThousand()
    {
        var fact = FactCatalog.Find("due-in-hours")!;

        Assert.Equal((FactKind.Integer, 0, 10_000), (fact.Kind, fact.Min, fact.Max));
    }

    [Theory]
    [InlineData("contract")]
    [InlineData("funds")]
    public void AppliesTo_UpworkOnlyFact_IsUpworkOnly(string name)
    {
        var fact = FactCatalog.Find(name)!;

        Assert.True(fact.AppliesTo(Marketplace.Upwork));
        Assert.False(fact.AppliesTo(Marketplace.Fiverr));
    }

    [Fact]
    public void All_EveryOption_FitsDiscordsLimits()
    {
        Assert.InRange(FactCatalog.All.Count, 1, 25);
        Assert.All(FactCatalog.All, fact => Assert.InRange(fact.Description.Length, 1, 100));
    }
}
