using ForumHelper.Core.Yaml;

namespace ForumHelper.Bot.Hosting;

/// <summary>
/// What a reload did: the version answering afterwards, the one before it, and for a refused
/// reload why (the checks' problems, or why the files could not be read).
/// </summary>
public sealed record DataReload(DataReloadKind Kind, string Version, string Previous, IReadOnlyList<DataProblem> Problems, string? Reason = null);
