using ForumHelper.Core.Outcomes;
using Npgsql;

namespace ForumHelper.Core.Cases;

/// <summary>
/// Reads <c>Storage:ConnectionString</c> for PostgreSQL. A problem names the setting and the valid
/// form, never the value or the parser's message: both can carry part of the password.
/// </summary>
public static class PostgresConnectionString
{
    /// <summary>The form a valid value takes, for messages.</summary>
    public const string Form = "Host=…;Port=1–65535;Database=…;Username=…;Password=… (a value holding ; or = goes in double quotes: Password=\"…\")";

    /// <summary>The parsed settings, or one problem that repeats no part of <paramref name="connectionString"/>.</summary>
    /// <param name="connectionString">Storage:ConnectionString, in Npgsql's form.</param>
    public static Outcome<NpgsqlConnectionStringBuilder, string> Parse(string connectionString)
    {
        NpgsqlConnectionStringBuilder settings;
        try
        {
            settings = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (Exception error) when (error is ArgumentException or FormatException or InvalidCastException or OverflowException)
        {
            return Fail("Storage:ConnectionString is not a valid PostgreSQL connection string (the value is not shown, as it may hold a password); valid form: " + Form);
        }

        // Npgsql accepts any int here and fails only when it connects, with an exception.
        if (settings.Port is < 1 or > 65535)
        {
            return Fail("Storage:ConnectionString has a Port outside 1–65535; valid form: " + Form);
        }

        return string.IsNullOrWhiteSpace(settings.Host)
            ? Fail("Storage:ConnectionString names no Host; with Storage:Provider postgres it must say where the server is; valid form: " + Form)
            : Outcome<NpgsqlConnectionStringBuilder, string>.Success(settings);
    }

    private static Outcome<NpgsqlConnectionStringBuilder, string> Fail(string problem) => Outcome<NpgsqlConnectionStringBuilder, string>.Failure([problem]);
}
