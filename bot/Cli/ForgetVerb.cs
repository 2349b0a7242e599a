using System.CommandLine;
using ForumHelper.Bot.Configuration;
using ForumHelper.Core.Cases;
using Microsoft.Extensions.Configuration;

namespace ForumHelper.Bot.Cli;

/// <summary><c>forget</c>: deletes every logged case of one member (what <c>/forget-me</c> does in Discord).</summary>
internal static class ForgetVerb
{
    public static Command Create(CliConsole console, IConfiguration configuration)
    {
        var member = new Option<string?>("--member") { Description = "The member's Discord id, or a local user name (default: you)" };
        var command = new Command("forget", "Delete every logged case of one member") { member };
        command.SetAction(parse => Run(parse.GetValue(member) ?? Environment.UserName, console, configuration));
        return command;
    }

    private static int Run(string member, CliConsole console, IConfiguration configuration)
    {
        var settings = Settings.Load(configuration);
        if (!settings.IsSuccess)
        {
            SettingsReport.Write(settings.Problems, console);
            return ExitCodes.Usage;
        }

        var opened = CaseStorage.Open(settings.Value.Storage, settings.Value.Privacy);
        if (!opened.IsSuccess)
        {
            console.Error.WriteLine(opened.Problems[0]);
            return ExitCodes.DataProblems;
        }

        using var storage = opened.Value;
        var deleted = storage.Store.ForgetMember(storage.Pseudonymizer.For(member));
        console.Out.WriteLine(deleted == 1 ? "Deleted 1 case of that member." : $"Deleted {deleted} cases of that member.");
        return ExitCodes.Success;
    }
}
