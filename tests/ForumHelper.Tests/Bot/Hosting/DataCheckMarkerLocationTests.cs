using ForumHelper.Bot.Hosting;
using ForumHelper.Tests.Support;

namespace ForumHelper.Tests.Bot.Hosting;

public sealed class DataCheckMarkerLocationTests
{
    [Fact]
    public void From_SqliteDatabase_IsBesideIt()
    {
        using var state = new TempFolder();

        var marker = DataCheckMarkerLocation.From(CliRun.Configuration(("Storage:ConnectionString", $"Data Source={state.File("cases.db")}")));

        Assert.Equal(state.File("cases.db") + DataCheckMarkerLocation.Suffix, marker!.Path);
    }

    [Fact]
    public void From_DefaultSettings_IsBesideTheDefaultDatabase()
    {
        var marker = DataCheckMarkerLocation.From(CliRun.Configuration());

        Assert.Equal(Path.GetFullPath(Path.Combine("data", "forumhelper.db")) + DataCheckMarkerLocation.Suffix, marker!.Path);
    }

    [Theory]
    [InlineData("postgres", "Host=localhost;Database=forumhelper;Username=bot")]
    [InlineData("sqlite", "Data Source=:memory:")]
    [InlineData("sqlite", "Data Source=x;Mode=Memory")]
    [InlineData("sqlite", "not a connection string")]
    [InlineData("oracle", "Data Source=x.db")]
    public void From_NoDatabaseFile_KeepsNoMarker(string provider, string connectionString)
    {
        Assert.Null(DataCheckMarkerLocation.From(CliRun.Configuration(("Storage:Provider", provider), ("Storage:ConnectionString", connectionString))));
    }
}
