using ForumHelper.Bot.Rendering;
using ForumHelper.Core.Facts;
using ForumHelper.Tests.Support;

namespace ForumHelper.Tests.Bot.Rendering;

public class DescribeFormTests
{
    [Fact]
    public void For_ChosenStage_PreSelectsItAndCarriesOnlyChoicesInItsId()
    {
        var chosen = new Dictionary<string, int> { ["stage"] = (int)OrderStage.DraftInChat, ["value"] = 40 };

        var form = DescribeForm.For(chosen, RealData.Set);

        Assert.Equal(5, form.Components.Count);
        var stage = form.Components.Single(c => c.Component!.CustomId == "stage").Component!;
        Assert.Equal("draft-in-chat", Assert.Single(stage.Options!, o => o.Default == true).Value);
        Assert.True(ChosenFactsCode.TryDecode(form.CustomId["describe:".Length..], out var carried));
        Assert.Equal(chosen, carried);
    }

    [Fact]
    public void Choices_SubmittedRadioValues_ReadAsCodesAndForgedOnesAreIgnored()
    {
        var submitted = new Dictionary<string, string> { ["asked-by"] = "buyer", ["stage"] = "nonsense", ["marketplace"] = "upwork", ["what-happened"] = "text" };

        var choices = DescribeForm.Choices(submitted);

        Assert.Equal(new Dictionary<string, int> { ["asked-by"] = (int)AskedBy.Buyer, ["marketplace"] = (int)Marketplace.Upwork }, choices);
    }
}
