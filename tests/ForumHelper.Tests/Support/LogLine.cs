using Microsoft.Extensions.Logging;

namespace ForumHelper.Tests.Support;

/// <summary>One log line as the server wrote it: level, category (the logging class) and the formatted message.</summary>
internal sealed record LogLine(LogLevel Level, string Category, string Message)
{
    public override string ToString() => $"{Level} {Category}: {Message}";
}
