namespace ForumHelper.Bot.Discord;

/// <summary>Discord permission bits ForumHelper checks (member permissions arrive as a decimal string).</summary>
public static class Permissions
{
    public const ulong Administrator = 1UL << 3;
    public const ulong ManageMessages = 1UL << 13;

    /// <summary>True when the decimal bit set grants Manage Messages (Administrator implies every permission).</summary>
    public static bool CanModerate(string? permissions) =>
        ulong.TryParse(permissions, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var bits)
        && ((bits & Administrator) != 0 || (bits & ManageMessages) != 0);
}
