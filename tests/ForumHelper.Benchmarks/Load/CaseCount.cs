using Microsoft.Data.Sqlite;

namespace ForumHelper.Benchmarks.Load;

/// <summary>Counts the cases in a database, and the distinct ids among them, so a load run can check that each answer was logged once.</summary>
internal static class CaseCount
{
    public static int Run(string databasePath)
    {
        if (!File.Exists(databasePath))
        {
            Console.Error.WriteLine($"{databasePath} does not exist");
            return 2;
        }

        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadOnly }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*), count(DISTINCT id) FROM cases";
        using var reader = command.ExecuteReader();
        reader.Read();
        Console.WriteLine($"{reader.GetInt64(0)} {reader.GetInt64(1)}");
        return 0;
    }
}
