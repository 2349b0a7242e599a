using ForumHelper.Core.Answers;

namespace ForumHelper.Tests.Core.Answers;

public class TextTemplateTests
{
    [Fact]
    public void Parse_KnownAndUnknownPlaceholders_SeparatesThem()
    {
        var unknown = new List<string>();

        var template = TextTemplate.Parse("From {rate_before} to {rate_aftr} by {recovers_on}.", 3, unknown);

        Assert.Equal(["rate_aftr"], unknown);
        Assert.Equal(["rate_before", "recovers_on"], template.Uses.Select(p => p.Name));
        Assert.False(template.UsesOnlyAlwaysAvailable);
        Assert.Equal(3, template.Line);
    }

    [Fact]
    public void Parse_BracesWithoutPlaceholder_StayLiteral()
    {
        var unknown = new List<string>();

        var template = TextTemplate.Parse("a { b", 1, unknown);

        Assert.Empty(unknown);
        Assert.Empty(template.Uses);
    }
}
