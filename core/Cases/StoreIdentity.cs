using System.Collections.Concurrent;
using System.Data;
using Dapper;

namespace ForumHelper.Core.Cases;

/// <summary>
/// What makes a database this one: its meta rows (the pseudonym key's fingerprint), remembered
/// while open, so that a database re-created in its place (a deleted SQLite file, dropped
/// PostgreSQL tables) gets them back and the next start accepts it. Every store keeps one.
/// </summary>
internal sealed class StoreIdentity
{
    /// <summary>Written at every opening to prove the database writable; not part of its identity.</summary>
    public const string OpenedAtMeta = "opened_at";

    private readonly ConcurrentDictionary<string, string> _meta = new();

    /// <summary>Marks the database opened now: a real write, so a read-only one shows at start, not at the first case.</summary>
    public static void MarkOpened(IDbConnection connection) =>
        CaseQueries.SetMeta(connection, OpenedAtMeta, DateTimeOffset.UtcNow.ToString("O"));

    /// <summary>Remembers the meta rows of the database just opened.</summary>
    public void Remember(IDbConnection connection)
    {
        foreach (var (name, value) in connection.Query<MetaRow>("SELECT name, value FROM meta WHERE name <> @opened", new { opened = OpenedAtMeta }, commandTimeout: CommandTimeouts.Of(connection)))
        {
            _meta[name] = value;
        }
    }

    public void Remember(string name, string value) => _meta[name] = value;

    /// <summary>
    /// Gives the remembered rows to a re-created database. When it already carries another key's
    /// fingerprint, returns both (stored, remembered) and writing must stop: going on would give
    /// every member a second pseudonym in one database.
    /// </summary>
    public (string Stored, string Remembered)? Restore(IDbConnection connection)
    {
        foreach (var (name, value) in _meta)
        {
            var stored = CaseQueries.ClaimMeta(connection, name, value);
            if (stored != value && name == PseudonymKeys.FingerprintMeta)
            {
                return (stored, value);
            }
        }

        return null;
    }
}
