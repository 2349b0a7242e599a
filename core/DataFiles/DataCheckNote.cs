namespace ForumHelper.Core.DataFiles;

/// <summary>
/// How a loaded data set was vouched for: <see cref="Skipped"/> when a <see cref="DataCheckMarker"/>
/// from an earlier full check of the same files by the same build stood in for the exhaustive checks;
/// otherwise they ran. <see cref="Marker"/> is the marker's path (null when none is kept), and
/// <see cref="MarkerProblem"/> why it could not be written after a full check.
/// </summary>
public sealed record DataCheckNote(bool Skipped, string? Marker, string? MarkerProblem)
{
    /// <summary>Fully checked, nothing remembered.</summary>
    public static readonly DataCheckNote Full = new(false, null, null);
}
