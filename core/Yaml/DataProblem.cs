namespace ForumHelper.Core.Yaml;

/// <summary>A problem in a data file, reported as <c>file:line: message</c>.</summary>
public sealed record DataProblem(string File, int Line, string Message)
{
    public override string ToString() => $"{File}:{Line}: {Message}";
}
