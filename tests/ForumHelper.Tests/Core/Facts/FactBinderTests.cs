using ForumHelper.Core.Facts;

namespace ForumHelper.Tests.Core.Facts;

public class FactBinderTests
{
    [Fact]
    public void BindChoices_SomeOptions_CodesInCatalogOrderNoneRequired()
    {
        var chosen = FactBinder.BindChoices([new("reviews", "40"), new("stage", "delivered")]);

        Assert.True(chosen.IsSuccess);
        Assert.Equal(["stage", "reviews"], chosen.Value.Keys);
        Assert.Equal((int)OrderStage.Delivered, chosen.Value["stage"]);
        Assert.Equal(40, chosen.Value["reviews"]);
    }

    [Fact]
    public void BindChoices_NoOptions_IsEmpty()
    {
        Assert.Empty(FactBinder.BindChoices([]).Value!);
    }

    [Theory]
    [InlineData("stage", "draft", "Did you mean `draft-in-chat`?")]
    [InlineData("stag", "delivered", "Did you mean `stage`?")]
    [InlineData("rate", "150", "outside 0–100")]
    public void BindChoices_BadOption_IsRefusedAsBindRefusesIt(string name, string value, string expected)
    {
        var chosen = FactBinder.BindChoices([new(name, value)]);

        Assert.Contains(expected, Assert.Single(chosen.Problems).Explained);
    }

    [Fact]
    public void BindChoices_UpworkFactWithFiverrNamed_IsRefused()
    {
        var chosen = FactBinder.BindChoices([new("contract", "hourly"), new("marketplace", "fiverr")]);

        Assert.Equal("`contract` applies to upwork only, and this question is about fiverr.", Assert.Single(chosen.Problems).Message);
    }

    [Fact]
    public void BindChoices_UpworkFactWithNoMarketplaceNamed_IsLeftForTheDescriptionToSettle()
    {
        Assert.True(FactBinder.BindChoices([new("contract", "hourly")]).IsSuccess);
    }
}
