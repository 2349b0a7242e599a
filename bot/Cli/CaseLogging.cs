using ForumHelper.Bot.Configuration;
using ForumHelper.Core.Cases;
using ForumHelper.Core.Outcomes;
using Microsoft.Extensions.Logging;

namespace ForumHelper.Bot.Cli;

/// <summary>Logs a case answered on the command line, the way the bot logs its cases: pseudonymized, queued, drained before exit.</summary>
internal sealed class CaseLogging : IDisposable
{
    private readonly Outcome<CaseStorage, string> _opened;

    private CaseLogging(Outcome<CaseStorage, string> opened) => _opened = opened;

    /// <summary>Opens the case storage; a failure is kept to be told after the answer, which it must not stop.</summary>
    public static CaseLogging Open(Settings settings) => new(CaseStorage.Open(settings.Storage, settings.Privacy));

    /// <summary>The pseudonym of <paramref name="rawMember"/>, or empty when the storage (and so its key) could not open.</summary>
    public string Pseudonym(string rawMember) => _opened.IsSuccess ? _opened.Value.Pseudonymizer.For(rawMember) : "";

    public async Task LogAsync(CaseRecord record, Settings settings, CliConsole console)
    {
        if (!_opened.IsSuccess)
        {
            // The answer is already out; a case log that cannot open must not take it back.
            console.Error.WriteLine("warning: this case was not logged: " + _opened.Problems[0]);
            return;
        }

        using var loggers = LoggerFactory.Create(builder => builder.AddProvider(new TextWriterLoggerProvider(console.Error, LogLevel.Warning)));
        var log = new CaseLog(_opened.Value.Store, settings.CaseLog, TimeSpan.FromDays(settings.Privacy.RetentionDays), loggers.CreateLogger<CaseLog>(), TimeProvider.System);
        await using (log.ConfigureAwait(false))
        {
            log.TryEnqueue(new InsertCase(record));
        }
    }

    public void Dispose()
    {
        if (_opened.IsSuccess)
        {
            _opened.Value.Dispose();
        }
    }
}
