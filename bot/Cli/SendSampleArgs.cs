namespace ForumHelper.Bot.Cli;

/// <summary>The command line of <c>send-sample</c>, as given: checked and turned into an interaction by <see cref="SendSampleVerb"/>.</summary>
internal sealed record SendSampleArgs
{
    public string Url { get; init; } = SendSampleVerb.DefaultUrl;
    public string KeyFile { get; init; } = DevKeysVerb.DefaultFile;
    public bool Ping { get; init; }

    /// <summary>A slash line, with or without its <c>/</c>: <c>/case-stats month:2026-11</c>, <c>forget-me</c>.</summary>
    public string? Command { get; init; }
    public string? Button { get; init; }
    public string? Select { get; init; }
    public string? Value { get; init; }
    public string? Modal { get; init; }
    public IReadOnlyList<string> Fields { get; init; } = [];
    public string? Member { get; init; }
    public bool Moderator { get; init; }
    public IReadOnlyList<string> Roles { get; init; } = [];
    public bool DirectMessage { get; init; }
    public int ReceiverPort { get; init; } = FollowUpReceiver.DefaultPort;
    public int WaitSeconds { get; init; } = SendSampleVerb.DefaultWaitSeconds;
    public string SaveTo { get; init; } = SendSampleVerb.DefaultSaveTo;
}
