using System.Text.Json;
using ForumHelper.Bot.Discord;
using ForumHelper.Bot.Hosting;
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
        { "Discord", typeof(DiscordOptions) },
        { "Moderation", typeof(ModerationOptions) },
        { "Health", typeof(HealthOptions) },
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
            switch (value.ValueKind)
            {
                case JsonValueKind.Array:
                    Assert.Equal(((System.Collections.IEnumerable)expected!).Cast<object>().Count(), value.GetArrayLength());
                    break;
                case JsonValueKind.Number:
                    Assert.Equal(expected, value.GetInt32());
                    break;
                case JsonValueKind.True or JsonValueKind.False:
                    Assert.Equal(expected, value.GetBoolean());
                    break;
                default:
                    Assert.Equal(expected ?? "", value.GetString());
                    break;
            }
        }
    }

    [Fact]
    public void Example_TopLevel_HasOnlyKnownSections()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "appsettings.example.json")));

        // No "Urls": a copy of the example in appsettings.json would then hide ASPNETCORE_URLS and
        // ASPNETCORE_HTTP_PORTS from a container platform. The README's settings table names it.
        Assert.Equal(Sections().Select(row => (string)row[0]).Order(), json.RootElement.EnumerateObject().Select(p => p.Name).Order());
    }
}
