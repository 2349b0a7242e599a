using ForumHelper.Tests.Support;

namespace ForumHelper.Tests.Bot.Cli;

public class DevKeysVerbTests
{
    [Fact]
    public void DevKeys_NewFile_WritesThePrivateKeyAndExitsZero()
    {
        using var folder = new TempFolder();

        var (exitCode, output, _) = CliRun.Invoke("dev-keys", "--out", folder.File("dev.key"));

        Assert.Equal(0, exitCode);
        Assert.Contains("Public key: ", output);
        Assert.Equal(64, File.ReadAllText(folder.File("dev.key")).Length);
    }

    [Fact]
    public void DevKeys_FileExists_ExitsTwoAndLeavesItAlone()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("dev.key"), "mine");

        var (exitCode, _, error) = CliRun.Invoke("dev-keys", "--out", folder.File("dev.key"));

        Assert.Equal(2, exitCode);
        Assert.Contains("already exists", error);
        Assert.Equal("mine", File.ReadAllText(folder.File("dev.key")));
    }
}
