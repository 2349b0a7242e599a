using ForumHelper.Core.Understanding;
using ForumHelper.Core.Yaml;
using ForumHelper.Tests.Support;

namespace ForumHelper.Tests.Core.Understanding;

/// <summary>The checks of an understanding file, each on a copy of the repository's file with one thing broken.</summary>
public class UnderstandingBookLoaderTests
{
    private static readonly string RealText = File.ReadAllText(Path.Combine(RepositoryPaths.Data, "understanding", "en.yaml"));

    [Fact]
    public void Load_RepositoryFile_LoadsWithEveryExampleChecked()
    {
        var (book, file) = Load(RealText);

        Assert.Empty(file.Problems);
        Assert.NotNull(book);
        Assert.True(book.Examples >= 10, $"{book.Examples} examples");
    }

    [Fact]
    public void Load_RegexThatDoesNotCompile_IsReportedAtItsLine()
    {
        var text = Edit("        - \"work diary\"\n", "        - \"work diary\"\n        - { regex: 'hours (billed' }\n");

        var (book, file) = Load(text);

        Assert.Null(book);
        var problem = Assert.Single(file.Problems);
        Assert.Equal(LineOf(text, "hours (billed"), problem.Line);
        Assert.Contains("the regex of `contract: hourly` does not compile", problem.Message);
    }

    [Fact]
    public void Load_RegexSignal_ReadsWholeWordsOfTheNormalizedText()
    {
        var text = Edit("        - \"work diary\"\n", "        - \"work diary\"\n        - { regex: 'timesheets? (were|was) (cut|trimmed)' }\n");

        var (book, file) = Load(text);

        Assert.Empty(file.Problems);
        var reading = book!.Read("On Upwork, my Timesheet was trimmed by the client.");
        Assert.Equal(UnderstandingBookTests.Code("contract", "hourly"), reading.Facts["contract"]);
        Assert.Equal("Timesheet was trimmed", reading.Evidence["contract"]);
        Assert.False(book.Read("On Upwork, my timesheetss was trimmed").Facts.ContainsKey("contract"));
    }

    [Fact]
    public void Load_PhraseThatDoesNotParse_IsReportedAtItsLine()
    {
        var text = Edit("        - \"work diary\"\n", "        - \"(work diary\"\n");

        var (_, file) = Load(text);

        var problem = Assert.Single(file.Problems);
        Assert.Equal(LineOf(text, "(work diary"), problem.Line);
        Assert.Contains("`(` is never closed", problem.Message);
    }

    [Fact]
    public void Load_ExampleThatReadsWrong_IsReportedAtItsLineWithTheDifference()
    {
        var text = Edit("reads: { asked-by: buyer, stage: draft-in-chat, buyer: silent }", "reads: { asked-by: buyer, stage: delivered, buyer: silent }");

        var (book, file) = Load(text);

        Assert.Null(book);
        var problem = Assert.Single(file.Problems);
        Assert.Equal(LineOf(text, "  - text: \"The buyer wants to cancel after I showed him"), problem.Line);
        Assert.Contains("reads `stage` as `draft-in-chat` (from \"draft in chat\"); expected `delivered`", problem.Message);
    }

    [Fact]
    public void Load_ExampleReadingAFactItDoesNotList_IsReported()
    {
        var text = Edit("reads: { asked-by: buyer, stage: draft-in-chat, buyer: silent }", "reads: { asked-by: buyer, stage: draft-in-chat }");

        var problem = Assert.Single(Load(text).File.Problems);

        Assert.Contains("reads `buyer` as `silent` (from \"doesn't answer\"), which it should not", problem.Message);
    }

    [Fact]
    public void Load_ValueWithoutAnySignal_IsReportedUnlessMarkedNotReadable()
    {
        const string FixedSignals = "      strong:\n        - \"fixed (price|priced|rate|budget|contract|project|fee)\"\n      weak:\n        - \"(milestone|milestones)\"\n";
        var withoutSignals = Edit("      says: \"a fixed-price contract\"\n" + FixedSignals, "      says: \"a fixed-price contract\"\n");

        Assert.Contains(Load(withoutSignals).File.Problems, p => p.Message.Contains("`contract: fixed` has no signal", StringComparison.Ordinal));

        var notReadable = withoutSignals.Replace("    fixed:\n      says: \"a fixed-price contract\"\n", "    fixed:\n      readable: false\n", StringComparison.Ordinal);
        Assert.DoesNotContain(Load(notReadable).File.Problems, p => p.Message.Contains("contract", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_NumberWordsWithoutTheNumber_IsReported()
    {
        var text = Edit("    says: \"{n} reviews\"", "    says: \"some reviews\"");

        Assert.Contains(Load(text).File.Problems, p => p.Message.Contains("must show the number with `{n}`", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_NegatedMeansAValueThatDoesNotExist_SuggestsTheNearest()
    {
        var text = Edit("      negated-means: silent", "      negated-means: silnet");

        Assert.Contains(Load(text).File.Problems, p => p.Message.Contains("`silnet` is not a value here; did you mean `silent`?", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_UnknownFact_IsReportedWithTheNearestName()
    {
        var text = Edit("  contract:\n", "  contrakt:\n");

        Assert.Contains(Load(text).File.Problems, p => p.Message.Contains("unknown key `contrakt` in `facts`; did you mean `contract`?", StringComparison.Ordinal));
    }

    private static (UnderstandingBook? Book, YamlFile File) Load(string text)
    {
        var file = YamlFile.FromText("understanding/en.yaml", text);
        return (UnderstandingBookLoader.Load(file), file);
    }

    private static string Edit(string find, string replace)
    {
        Assert.Contains(find, RealText);
        return RealText.Replace(find, replace, StringComparison.Ordinal);
    }

    private static int LineOf(string text, string find) => Array.FindIndex(text.Split('\n'), line => line.Contains(find, StringComparison.Ordinal)) + 1;
}
