using System.Data;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace ForumHelper.Core.Cases;

/// <summary>
/// The command timeout each Dapper call passes on explicitly. Dapper.AOT's generated calls set a
/// missing timeout to 0, which both drivers read as "wait forever": a writer would hang on a locked
/// database instead of failing after the connection's timeout and retrying.
/// </summary>
internal static class CommandTimeouts
{
    public static int? Of(IDbConnection connection) => connection switch
    {
        SqliteConnection sqlite => sqlite.DefaultTimeout,
        NpgsqlConnection postgres => postgres.CommandTimeout,
        _ => null,
    };
}
