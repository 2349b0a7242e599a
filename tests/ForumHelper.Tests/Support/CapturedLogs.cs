using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ForumHelper.Tests.Support;

/// <summary>Keeps every log line (information and up) in memory, so a test can assert what the server said.</summary>
internal sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<LogLine> _lines = new();

    public IReadOnlyList<LogLine> Lines => [.. _lines];

    /// <summary>The lines at <paramref name="level"/> whose message contains every one of <paramref name="parts"/> (ordinal).</summary>
    public IReadOnlyList<LogLine> Matching(LogLevel level, params string[] parts) =>
        [.. _lines.Where(line => line.Level == level && parts.All(part => line.Message.Contains(part, StringComparison.Ordinal)))];

    /// <summary>The first line at <paramref name="level"/> containing <paramref name="parts"/>; fails the test, listing everything logged, when there is none.</summary>
    public LogLine AssertLogged(LogLevel level, params string[] parts)
    {
        var found = Matching(level, parts);
        Assert.True(found.Count > 0, $"No {level} line containing [{string.Join(", ", parts)}]. Logged:\n{string.Join("\n", Lines)}");
        return found[0];
    }

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _lines);

    public void Dispose()
    {
        // The lines stay readable after the host that wrote them is gone.
    }

    private sealed class Logger(string category, ConcurrentQueue<LogLine> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                lines.Enqueue(new LogLine(logLevel, category, formatter(state, exception)));
            }
        }
    }
}
