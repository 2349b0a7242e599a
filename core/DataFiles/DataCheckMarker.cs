using System.Runtime.InteropServices;
using System.Text;
using YamlDotNet.RepresentationModel;

namespace ForumHelper.Core.DataFiles;

/// <summary>
/// A small file that remembers one full check: which data files (the SHA-256 of their content, as
/// <see cref="DataSet.Version"/> is its first 12 digits) passed every check of which build of the
/// checks (ForumHelper.Core's and YamlDotNet's module version ids, the runtime). A start that finds it
/// matching exactly can skip the exhaustive checks; anything else (missing, damaged, other files,
/// another build) means check again. Only <c>serve</c>'s first load trusts it; reloads and
/// <c>check-data</c> always check.
/// </summary>
public sealed class DataCheckMarker
{
    private const string Header = "ForumHelper data check, version 1";

    // A marker is three short lines; anything much longer is not one, and is not read whole.
    private const int MaxBytes = 1024;

    public DataCheckMarker(string path)
        : this(path, CurrentBuild)
    {
    }

    internal DataCheckMarker(string path, string build)
    {
        Path = System.IO.Path.GetFullPath(path);
        Build = build;
    }

    /// <summary>This program's build of the checks: what a marker must name to be trusted.</summary>
    public static string CurrentBuild { get; } = string.Join(' ',
        typeof(DataCheckMarker).Assembly.ManifestModule.ModuleVersionId.ToString("N"),
        typeof(YamlStream).Assembly.ManifestModule.ModuleVersionId.ToString("N"),
        RuntimeInformation.FrameworkDescription.Replace(' ', '-'));

    public string Path { get; }

    internal string Build { get; }

    /// <summary>Whether the marker says that this build fully checked files with this content hash, and passed them.</summary>
    public bool Vouches(string contentHash)
    {
        try
        {
            using var file = new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            if (file.Length > MaxBytes)
            {
                return false;
            }

            var bytes = new byte[file.Length];
            file.ReadExactly(bytes);
            return Encoding.UTF8.GetString(bytes) == Contents(contentHash);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            // Missing or unreadable: not vouched for, so the checks run.
            return false;
        }
    }

    /// <summary>Writes the marker for files with this content hash, replacing any other at once; null, or why it could not.</summary>
    public string? Remember(string contentHash)
    {
        var temporary = Path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
            File.WriteAllText(temporary, Contents(contentHash));
            File.Move(temporary, Path, overwrite: true);
            return null;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            try
            {
                File.Delete(temporary);
            }
            catch (Exception again) when (again is IOException or UnauthorizedAccessException)
            {
                // Nothing more to do: the temporary file may never have been made.
            }

            return error.Message;
        }
    }

    internal string Contents(string contentHash) => $"{Header}\ndata {contentHash}\nbuild {Build}\n";
}
