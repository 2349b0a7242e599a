using ForumHelper.Bot.Cli;
using ForumHelper.Bot.Configuration;

return CliApp.Run(args, CliConsole.System(), AppConfiguration.Build());
