using ForumHelper.Core.Cases;
using Microsoft.Extensions.Hosting;

namespace ForumHelper.Bot.Hosting;

/// <summary>Drains the case log when the host stops, so a graceful shutdown loses no case.</summary>
public sealed class CaseLogService(CaseLog log, CaseLogOptions options, DeferredWork deferred) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        // Deferred replies may still log feedback or read the store; let them finish first.
        await deferred.WaitAsync(TimeSpan.FromSeconds(options.ShutdownSeconds)).ConfigureAwait(false);
        await log.StopAsync(TimeSpan.FromSeconds(options.ShutdownSeconds)).ConfigureAwait(false);
    }
}
