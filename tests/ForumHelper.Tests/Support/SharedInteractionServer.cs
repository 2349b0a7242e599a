namespace ForumHelper.Tests.Support;

/// <summary>One <see cref="InteractionServer"/> for a whole test class, for tests that leave no state the others could see.</summary>
public sealed class SharedInteractionServer : IAsyncLifetime
{
    private InteractionServer? _server;

    internal InteractionServer Server => _server ?? throw new InvalidOperationException("The server has not started.");

    public async Task InitializeAsync() => _server = await InteractionServer.StartAsync();

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
