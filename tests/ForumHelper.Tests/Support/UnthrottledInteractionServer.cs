namespace ForumHelper.Tests.Support;

/// <summary>
/// One <see cref="InteractionServer"/> for a whole test class, with the per-member advice limit at
/// its maximum: generated tests send thousands of questions from a few dozen members, and should
/// reach the handlers rather than the "take a breath" reply.
/// </summary>
public sealed class UnthrottledInteractionServer : IAsyncLifetime
{
    private InteractionServer? _server;

    internal InteractionServer Server => _server ?? throw new InvalidOperationException("The server has not started.");

    // Errors only: a warning per malformed body would be thousands of console lines per test.
    public async Task InitializeAsync() => _server = await InteractionServer.StartAsync(("Discord:AdvicePerMinute", "10000"), ("Logging:LogLevel:Default", "Error"));

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
