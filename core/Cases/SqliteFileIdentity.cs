using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;

namespace ForumHelper.Core.Cases;

/// <summary>
/// Asks SQLite whether a connection's database file is still the file at its path, or was deleted
/// or replaced since it was opened (<c>SQLITE_FCNTL_HAS_MOVED</c>, which compares the inodes).
/// Microsoft.Data.Sqlite has no call for it, so this goes to the native library its bundle ships;
/// where that is not the library in use (or the platform cannot tell), the answer is null and the
/// caller is left with checking that the path exists.
/// </summary>
internal static class SqliteFileIdentity
{
    private const int HasMovedOperation = 20;
    private const int SqliteOk = 0;

    private static readonly byte[] MainDatabase = "main\0"u8.ToArray();

    public static bool? HasMoved(SqliteConnection connection)
    {
        if (connection.Handle is not { } handle)
        {
            return null;
        }

        try
        {
            var moved = 0;
            return FileControl(handle.DangerousGetHandle(), MainDatabase, HasMovedOperation, ref moved) == SqliteOk ? moved != 0 : null;
        }
        catch (Exception error) when (error is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    [DllImport("e_sqlite3", EntryPoint = "sqlite3_file_control", CallingConvention = CallingConvention.Cdecl)]
    private static extern int FileControl(IntPtr database, byte[] name, int operation, ref int result);
}
