using ForumHelper.Core.Cases;

namespace ForumHelper.Tests.Core.Cases;

/// <summary>Storage:ConnectionString for PostgreSQL, read without a server: problems name the setting and never repeat the value.</summary>
public sealed class PostgresConnectionStringTests
{
    [Theory]
    [InlineData("Host=db;Password=Hunter2;Tr0ub4dor=horse")]
    [InlineData("Host=db;Password='Hunter2;Tr0ub4dor")]
    [InlineData("Host=db;Port=Hunter2")]
    [InlineData("Host=db;Timeout=-Hunter2")]
    public void Parse_Unparseable_NamesTheSettingAndRepeatsNothingOfTheValue(string connectionString)
    {
        var parsed = PostgresConnectionString.Parse(connectionString);

        var problem = Assert.Single(parsed.Problems);
        Assert.StartsWith("Storage:ConnectionString is not a valid PostgreSQL connection string (the value is not shown", problem, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", problem, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("tr0ub4dor", problem, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData(65536)]
    [InlineData(99999)]
    [InlineData(int.MaxValue)]
    public void Parse_PortOutOfRange_FailsNamingTheRange(int port)
    {
        // Npgsql refuses 0 and below itself, but takes any larger int and throws only when it connects.
        var parsed = PostgresConnectionString.Parse($"Host=db;Port={port};Database=forumhelper");

        Assert.Equal(["Storage:ConnectionString has a Port outside 1–65535; valid form: " + PostgresConnectionString.Form], parsed.Problems);
    }

    [Fact]
    public void Parse_PasswordWithSemicolonInDoubleQuotes_AsTheFormSays_KeepsItWhole()
    {
        var parsed = PostgresConnectionString.Parse("Host=db;Port=5432;Database=forumhelper;Username=forumhelper;Password=\"Hunter2;Tr0ub4dor=horse\"");

        Assert.True(parsed.IsSuccess, string.Join("; ", parsed.Problems));
        Assert.Equal("Hunter2;Tr0ub4dor=horse", parsed.Value.Password);
        Assert.Equal(5432, parsed.Value.Port);
    }

    [Fact]
    public void Parse_NoHost_FailsNamingTheSetting()
    {
        var parsed = PostgresConnectionString.Parse("Database=forumhelper");

        Assert.StartsWith("Storage:ConnectionString names no Host", Assert.Single(parsed.Problems), StringComparison.Ordinal);
    }
}
