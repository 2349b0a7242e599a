using ForumHelper.Bot.Cli;

return CliApp.Run(args, CliConsole.System());
