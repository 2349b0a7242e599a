using System.Text.Json;
using ForumHelper.Core.Cases;
using ForumHelper.Tests.Support;

namespace ForumHelper.Tests.Repository;

/// <summary><c>appsettings.example.json</c> lists every setting, one to one with the options classes, at their defaults.</summary>
public class AppSettingsExampleTests
{
    public static TheoryData<string, Type> Sections() => new()
    {
        { "Storage", typeof(StorageOptions) },
        { "Privacy", typeof(PrivacyOptions) },
        { "CaseLog", typeof(CaseLogOptions) },
    };

    [Theory]
    [MemberData(nameof(Sections))]
    public void Example_Section_MatchesOptionsClassAndDefaults(string section, Type options)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "appsettings.example.json")));
        var element = json.RootElement.GetProperty(section);
        var defaults = Activator.CreateInstance(options)!;

        var properties = options.GetProperties();
        Assert.Equal(properties.Select(p => p.Name).Order(), element.EnumerateObject().Select(p => p.Name).Order());
        foreach (var property in properties)
        {
            var value = element.GetProperty(property.Name);
            var expected = property.GetValue(defaults);
            var actual = value.ValueKind == JsonValueKind.Number ? value.GetInt32() : (object?)value.GetString();
            Assert.Equal(expected ?? "", actual);
        }
    }

    [Fact]
    public void Example_TopLevel_HasOnlyKnownSections()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "appsettings.example.json")));

        Assert.Equal(Sections().Select(row => (string)row[0]).Order(), json.RootElement.EnumerateObject().Select(p => p.Name).Order());
    }
}
