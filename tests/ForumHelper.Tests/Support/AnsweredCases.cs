using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace ForumHelper.Tests.Support;

/// <summary>
/// Asks <c>/cancel-advice</c> through the real endpoint, each time as a new member (so the rate
/// limit never answers instead), checks a full answer came back, and remembers each case id and how
/// long the answer took: to compare later with what the database holds and what the case log counted.
/// </summary>
internal sealed class AnsweredCases(InteractionServer server)
{
    private static long _nextMember = 1_700_000_000_100_000_000;

    private readonly List<long> _ids = [];

    public IReadOnlyList<long> Ids => _ids;

    public int Count => _ids.Count;

    /// <summary>The slowest answer since the start or <see cref="ResetSlowest"/>.</summary>
    public TimeSpan Slowest { get; private set; }

    /// <summary>Starts timing afresh, e.g. after a first answer that paid for start-up.</summary>
    public void ResetSlowest() => Slowest = TimeSpan.Zero;

    public async Task AskAsync(int count)
    {
        for (var i = 0; i < count; i++)
        {
            await AskOneAsync();
        }
    }

    public async Task<long> AskOneAsync()
    {
        var member = Interlocked.Increment(ref _nextMember).ToString(CultureInfo.InvariantCulture);
        var clock = Stopwatch.StartNew();
        var reply = await server.SendAsync(Interactions.CancelAdvice(member, Interactions.Origin));
        var took = clock.Elapsed;
        Slowest = took > Slowest ? took : Slowest;

        reply.AssertPrivateMessage();
        Assert.NotNull(reply.FirstEmbed["title"]);
        _ids.Add(reply.CaseId);
        return reply.CaseId;
    }

    /// <summary>Every case id in a database file, read on a connection of the test's own.</summary>
    public static IReadOnlyList<long> StoredIds(string databasePath)
    {
        using var connection = new SqliteConnection($"Data Source={databasePath};Pooling=False;Mode=ReadOnly");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id FROM cases";
        using var reader = command.ExecuteReader();
        var ids = new List<long>();
        while (reader.Read())
        {
            ids.Add(reader.GetInt64(0));
        }

        return ids;
    }
}
