using ForumHelper.Tests.Support;

namespace ForumHelper.Tests.Bot.Cli;

/// <summary>
/// <c>serve</c> refused by its storage settings: exit code 2 and a message naming the setting, never
/// the connection string, a piece of its password, the parser's own words or a stack trace.
/// </summary>
public sealed class ServeVerbSettingsTests
{
    // A password with `;` and `=`: a parser that splits there reports its second half as an unknown keyword.
    private const string Password = "Hunter2;Tr0ub4dor=horse";

    [Theory]
    [InlineData("postgres", "Host=127.0.0.1;Port=5432;Database=forumhelper;Username=forumhelper;Password=" + Password)]
    [InlineData("postgres", "Host=127.0.0.1;Port=99999;Database=forumhelper;Username=forumhelper;Password=Hunter2")]
    [InlineData("postgres", "Host=127.0.0.1;Port=0;Database=forumhelper;Username=forumhelper;Password=Hunter2")]
    [InlineData("postgres", "Host=127.0.0.1;Port=fifty;Database=forumhelper;Username=forumhelper;Password=Hunter2")]
    [InlineData("sqlite", "Data Source=cases.db;Password=" + Password)]
    public void Serve_BadConnectionString_ExitsTwoNamingTheSettingWithoutEchoingIt(string provider, string connectionString)
    {
        var (exitCode, output, error) = CliRun.InvokeWith(
            CliRun.Configuration(
                ("Discord:PublicKey", new string('a', 64)),
                ("Storage:Provider", provider),
                ("Storage:ConnectionString", connectionString),
                ("Privacy:PseudonymKey", Convert.ToBase64String(new byte[32]))),
            "serve", "--urls", "http://127.0.0.1:0");

        var said = output + error;
        Assert.Equal(2, exitCode);
        Assert.Contains("Storage:ConnectionString", said, StringComparison.Ordinal);
        foreach (var secret in new[] { "Hunter2", "Tr0ub4dor", "horse" })
        {
            Assert.DoesNotContain(secret, said, StringComparison.OrdinalIgnoreCase);
        }

        // Neither the parser's words nor a stack trace: the message is ours.
        Assert.DoesNotContain("Keyword not supported", said, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("initialization string", said, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Couldn't set", said, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" at ForumHelper.", said, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", said, StringComparison.Ordinal);
    }
}
