using ForumHelper.Core.Facts;

namespace ForumHelper.Tests.Core.Facts;

public class FactErrorTests
{
    [Fact]
    public void Explained_WithSuggestion_AddsDidYouMean()
    {
        var error = new FactError("stage", "`stage:drafted` is not a stage.", "draft-in-chat, delivered", "draft-in-chat");

        Assert.Equal("`stage:drafted` is not a stage. Did you mean `draft-in-chat`?", error.Explained);
    }

    [Fact]
    public void Explained_WithoutSuggestion_TheMessageAlone()
    {
        var error = new FactError("stage", "`stage` is required.", "draft-in-chat, delivered", null);

        Assert.Equal("`stage` is required.", error.Explained);
    }
}
