using System.ComponentModel;
using System.Diagnostics;

namespace ForumHelper.Tests.Support;

/// <summary>
/// The immutable attribute (chattr +i), which stops writes even by root, unlike chmod. Probed
/// before it is relied on: some file systems and containers refuse it.
/// </summary>
internal static class Immutable
{
    public static bool TrySet(string path, bool isFolder)
    {
        if (!OperatingSystem.IsLinux() || Chattr("+i", path) != 0)
        {
            return false;
        }

        if (Blocked(path, isFolder))
        {
            return true;
        }

        Clear(path);
        return false;
    }

    public static void Clear(string path) => Assert.Equal(0, Chattr("-i", path));

    private static bool Blocked(string path, bool isFolder)
    {
        try
        {
            if (isFolder)
            {
                var probe = Path.Combine(path, "probe-" + Guid.NewGuid().ToString("N"));
                File.WriteAllText(probe, "probe");
                File.Delete(probe);
            }
            else
            {
                // Opening for write writes nothing, but an immutable file refuses it.
                using var stream = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite);
            }

            return false;
        }
        catch (Exception error) when (error is UnauthorizedAccessException or IOException)
        {
            return true;
        }
    }

    private static int Chattr(string flag, string path)
    {
        try
        {
            var start = new ProcessStartInfo("chattr", [flag, path]) { RedirectStandardError = true, RedirectStandardOutput = true };
            using var process = Process.Start(start)!;
            process.WaitForExit();
            return process.ExitCode;
        }
        catch (Win32Exception)
        {
            return -1;
        }
    }
}
