using ForumHelper.Tests.Support;

namespace ForumHelper.Tests.Bot.Cli;

public class SendSampleVerbTests
{
    [Fact]
    public void SendSample_NoKeyFile_ExitsTwoSayingToRunDevKeys()
    {
        using var folder = new TempFolder();

        var (exitCode, _, error) = CliRun.Invoke("send-sample", "--ping", "--key-file", folder.File("missing.key"));

        Assert.Equal(2, exitCode);
        Assert.Contains("run `dev-keys` first", error);
    }

    [Fact]
    public void SendSample_AskNotACancelAdviceLine_ExitsTwoWithTheExample()
    {
        using var folder = new TempFolder();
        Assert.Equal(0, CliRun.Invoke("dev-keys", "--out", folder.File("dev.key")).ExitCode);

        var (exitCode, _, error) = CliRun.Invoke("send-sample", "--ask", "/case-stats days:30", "--key-file", folder.File("dev.key"));

        Assert.Equal(2, exitCode);
        Assert.Contains("--ask must be a /cancel-advice line", error);
    }

    [Fact]
    public void SendSample_NothingListening_ExitsOne()
    {
        using var folder = new TempFolder();
        Assert.Equal(0, CliRun.Invoke("dev-keys", "--out", folder.File("dev.key")).ExitCode);

        var (exitCode, _, error) = CliRun.Invoke("send-sample", "--ping", "--key-file", folder.File("dev.key"), "--url", $"http://127.0.0.1:{LoopbackPorts.Free()}/interactions");

        Assert.Equal(1, exitCode);
        Assert.Contains("Is `serve` running?", error);
    }
}
