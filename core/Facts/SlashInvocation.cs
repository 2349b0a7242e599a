namespace ForumHelper.Core.Facts;

/// <summary>A slash command as typed: its name and its <c>name:value</c> options, in order.</summary>
public sealed record SlashInvocation(string Command, IReadOnlyList<KeyValuePair<string, string>> Options);
