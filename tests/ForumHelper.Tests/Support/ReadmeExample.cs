namespace ForumHelper.Tests.Support;

/// <summary>One README block showing a command and what it prints: the line it starts on, the arguments after <c>--</c>, the output lines.</summary>
internal sealed record ReadmeExample(int Line, string CommandLine, IReadOnlyList<string> Arguments, IReadOnlyList<string> Output)
{
    public override string ToString() => $"README.md:{Line}: {CommandLine}";
}
