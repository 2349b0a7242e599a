using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Logging;

namespace ForumHelper.Tests.Support;

/// <summary>What a test asks of the server's log lines (a <see cref="FakeLogCollector"/>): a line was said, or is awaited.</summary>
internal static class LogAssertions
{
    /// <summary>The lines at <paramref name="level"/> whose message contains every one of <paramref name="parts"/> (ordinal).</summary>
    public static IReadOnlyList<FakeLogRecord> Matching(this FakeLogCollector logs, LogLevel level, params string[] parts) =>
        [.. logs.GetSnapshot().Where(line => line.Level == level && parts.All(part => line.Message.Contains(part, StringComparison.Ordinal)))];

    /// <summary>The first line at <paramref name="level"/> containing <paramref name="parts"/>; fails the test, listing everything logged, when there is none.</summary>
    public static FakeLogRecord AssertLogged(this FakeLogCollector logs, LogLevel level, params string[] parts)
    {
        var found = logs.Matching(level, parts);
        Assert.True(found.Count > 0, $"No {level} line containing [{string.Join(", ", parts)}]. Logged:\n{Everything(logs)}");
        return found[0];
    }

    /// <summary>
    /// Waits, bounded, for a line logged after the first <paramref name="after"/> lines (a <see cref="FakeLogCollector.Count"/>
    /// taken before the action) that matches <paramref name="match"/>: the positive signal that something the test cannot
    /// otherwise see (a refused reload, an ignored change) has happened.
    /// </summary>
    public static async Task<FakeLogRecord> WaitForAsync(this FakeLogCollector logs, int after, Func<FakeLogRecord, bool> match, string what)
    {
        FakeLogRecord? found = null;
        try
        {
            await Polling.UntilAsync(() => (found = logs.GetSnapshot().Skip(after).FirstOrDefault(match)) is not null, what);
        }
        catch (Xunit.Sdk.FailException)
        {
            Assert.Fail($"No log line for: {what}. Logged:\n{Everything(logs)}");
        }

        return found!;
    }

    private static string Everything(FakeLogCollector logs) =>
        string.Join("\n", logs.GetSnapshot().Select(line => $"{line.Level} {line.Category} [{line.Id}]: {line.Message}"));
}
