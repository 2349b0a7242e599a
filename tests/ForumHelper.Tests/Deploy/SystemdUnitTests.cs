using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using ForumHelper.Bot.Cli;
using ForumHelper.Core.Cases;
using ForumHelper.Tests.Support;

namespace ForumHelper.Tests.Deploy;

/// <summary>
/// <c>deploy/systemd/forumhelper.service</c>: hardened as the README says, stopped slower than the case
/// log drains, naming only settings that exist; and, against the published folder, verified by
/// <c>systemd-analyze</c> with every path it names present.
/// </summary>
public sealed class SystemdUnitTests
{
    private const string InstallFolder = "/opt/forumhelper";

    private static string UnitPath => Path.Combine(RepositoryPaths.Root, "deploy", "systemd", "forumhelper.service");

    private static SystemdUnit Unit => new(File.ReadAllText(UnitPath));

    [Theory]
    [InlineData("DynamicUser", "yes")]
    [InlineData("StateDirectory", "forumhelper")]
    [InlineData("ProtectSystem", "strict")]
    [InlineData("NoNewPrivileges", "yes")]
    [InlineData("ProtectHome", "yes")]
    [InlineData("PrivateTmp", "yes")]
    [InlineData("Restart", "on-failure")]
    [InlineData("KillSignal", "SIGTERM")]
    [InlineData("UMask", "0077")]
    [InlineData("EnvironmentFile", "/etc/forumhelper/forumhelper.env")]
    public void Unit_Hardening_HasTheSetting(string key, string value)
    {
        Assert.Equal(value, Unit.Single("Service", key));
    }

    [Fact]
    public void Unit_StopTimeout_LongerThanTheCaseLogsTwoDrains()
    {
        // serve waits up to ShutdownSeconds for deferred replies, then up to ShutdownSeconds for the database.
        var drain = 2 * new CaseLogOptions().ShutdownSeconds;

        Assert.True(int.Parse(Unit.Single("Service", "TimeoutStopSec"), CultureInfo.InvariantCulture) > drain + 10);
    }

    [Fact]
    public void Unit_RestartPrevented_OnlyForAStartThatSettingsStop()
    {
        Assert.Equal(ExitCodes.Usage.ToString(CultureInfo.InvariantCulture), Unit.Single("Service", "RestartPreventExitStatus"));
    }

    [Fact]
    public void Unit_Environment_NamesOnlyRealSettings()
    {
        using var example = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "appsettings.example.json")));
        string[] platform = ["ASPNETCORE_URLS"];

        Assert.All(Unit.Environment.Keys, name =>
        {
            if (platform.Contains(name))
            {
                return;
            }

            var parts = name.Split("__");
            Assert.True(parts.Length == 2 && example.RootElement.TryGetProperty(parts[0], out var section) && section.TryGetProperty(parts[1], out _),
                $"{name} is no setting of appsettings.example.json");
        });
    }

    [Fact]
    public void Unit_DatabaseAndWorkingFolder_InTheStateDirectory()
    {
        var state = "/var/lib/" + Unit.Single("Service", "StateDirectory");

        Assert.Equal(state, Unit.Single("Service", "WorkingDirectory"));
        Assert.Equal($"Data Source={state}/forumhelper.db", Unit.Environment["Storage__ConnectionString"]);
    }

    [Fact]
    [Trait("Needs", "published")]
    public async Task Unit_AgainstThePublishedFolder_SystemdAnalyzeVerifiesItWithoutAWord()
    {
        using var folder = new TempFolder();
        var unit = folder.File("forumhelper.service");
        await File.WriteAllTextAsync(unit, (await File.ReadAllTextAsync(UnitPath)).Replace(InstallFolder, PublishedFolder.Path, StringComparison.Ordinal));
        var analyze = new[] { "/usr/bin/systemd-analyze", "/bin/systemd-analyze" }.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("systemd-analyze is not installed: `apt-get install systemd` (.ci/run does).");

        var start = new ProcessStartInfo(analyze, ["verify", unit]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var verify = Process.Start(start)!;
        var said = await verify.StandardError.ReadToEndAsync() + await verify.StandardOutput.ReadToEndAsync();
        await verify.WaitForExitAsync();

        Assert.True(verify.ExitCode == 0, said);
        // An unknown key or a bad value is only a warning to systemd: any word about the unit fails the test.
        Assert.DoesNotContain("forumhelper.service", said, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Needs", "published")]
    [System.Runtime.Versioning.SupportedOSPlatform("linux")]
    public void Unit_PathsItNames_ExistInThePublishedFolder()
    {
        var command = Unit.Single("Service", "ExecStart").Split(' ');
        var program = command[0];
        var data = command[Array.IndexOf(command, "--data") + 1];

        Assert.StartsWith(InstallFolder + "/", program, StringComparison.Ordinal);
        var published = Path.Combine(PublishedFolder.Path, Path.GetRelativePath(InstallFolder, program));
        Assert.True(File.Exists(published), $"{published} is missing");
        Assert.True((File.GetUnixFileMode(published) & UnixFileMode.OtherExecute) != 0, $"{published} is not executable by the service's user");
        var publishedData = Path.Combine(PublishedFolder.Path, Path.GetRelativePath(InstallFolder, data));
        Assert.True(File.Exists(Path.Combine(publishedData, "policies", "fiverr.yaml")) && File.Exists(Path.Combine(publishedData, "answers", "en.yaml")),
            $"{publishedData} holds no data files");
        Assert.Equal("serve", command[1]);
    }
}
