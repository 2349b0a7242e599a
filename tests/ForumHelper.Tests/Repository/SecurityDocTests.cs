using System.Reflection;
using System.Text.RegularExpressions;
using ForumHelper.Tests.Support;

namespace ForumHelper.Tests.Repository;

/// <summary><c>docs/SECURITY.md</c> names the tests that prove each line; every one it names must exist, so the page cannot go stale.</summary>
public sealed partial class SecurityDocTests
{
    [Fact]
    public void SecurityDoc_EveryCitedTest_IsATestMethodOfThisAssembly()
    {
        var doc = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "SECURITY.md"));
        var tests = typeof(SecurityDocTests).Assembly.GetTypes()
            .Where(type => type.Name.EndsWith("Tests", StringComparison.Ordinal))
            .SelectMany(type => type.GetMethods(BindingFlags.Public | BindingFlags.Instance)
                .Where(method => method.GetCustomAttributes<FactAttribute>(inherit: true).Any())
                .Select(method => $"{type.Name}.{method.Name}"))
            .ToHashSet(StringComparer.Ordinal);

        var cited = Cited().Matches(doc).Select(match => match.Groups[1].Value).Distinct().ToList();

        Assert.True(cited.Count >= 40, $"only {cited.Count} tests cited: is the pattern still `Class.Method`?");
        var missing = cited.Where(name => !tests.Contains(name)).ToList();
        Assert.True(missing.Count == 0, "docs/SECURITY.md cites tests that do not exist: " + string.Join(", ", missing));
    }

    [Fact]
    public void Readme_LinksTheSecurityDoc()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"));

        Assert.Contains("(docs/SECURITY.md)", readme, StringComparison.Ordinal);
    }

    // `SomethingTests.Method_Condition_Expected`, in backticks.
    [GeneratedRegex(@"`([A-Z][A-Za-z0-9]*Tests\.[A-Z][A-Za-z0-9_]*)`")]
    private static partial Regex Cited();
}
