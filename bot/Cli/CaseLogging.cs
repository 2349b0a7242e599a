using ForumHelper.Bot.Configuration;
using ForumHelper.Core.Cases;
using ForumHelper.Core.DataFiles;
using Microsoft.Extensions.Logging;

namespace ForumHelper.Bot.Cli;

/// <summary>Logs a case answered on the command line, the way the bot logs its cases: pseudonymized, queued, drained before exit.</summary>
internal static class CaseLogging
{
    public static async Task LogAsync(AnsweredCase answered, string rawMember, Settings settings, CliConsole console)
    {
        var opened = CaseStorage.Open(settings.Storage, settings.Privacy);
        if (!opened.IsSuccess)
        {
            // The answer is already out; a case log that cannot open must not take it back.
            console.Error.WriteLine("warning: this case was not logged: " + opened.Problems[0]);
            return;
        }

        using var storage = opened.Value;
        using var loggers = LoggerFactory.Create(builder => builder.AddProvider(new TextWriterLoggerProvider(console.Error, LogLevel.Warning)));
        var log = new CaseLog(storage.Store, settings.CaseLog, TimeSpan.FromDays(settings.Privacy.RetentionDays), loggers.CreateLogger<CaseLog>(), TimeProvider.System);
        await using (log.ConfigureAwait(false))
        {
            var record = CaseRecords.From(answered, storage.Pseudonymizer.For(rawMember), server: null, Transport.Cli, DateTimeOffset.UtcNow);
            log.TryEnqueue(new InsertCase(record));
        }
    }
}
