using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Logging;

namespace ForumHelper.Bot.Hosting;

/// <summary>
/// Keeps the host's "Hosting failed to start" entry for an address that cannot be bound out of the
/// console: <c>serve</c> says that in one plain line itself, and the entry would put a 2,000-character
/// stack trace before it. Every other entry, and every other start failure, passes unchanged.
/// </summary>
internal sealed class StartFailureLogFilter(ILoggerProvider inner) : ILoggerProvider
{
    private const string HostCategory = "Microsoft.Extensions.Hosting.Internal.Host";

    // The host's event "Hosting failed to start".
    private const int StartFailedEvent = 11;

    /// <summary>Puts the filter around the console logger registered by <c>AddSimpleConsole</c>.</summary>
    public static void WrapConsole(IServiceCollection services)
    {
        var console = services.Single(d => d.ServiceType == typeof(ILoggerProvider) && d.ImplementationType == typeof(ConsoleLoggerProvider));
        services.Remove(console);
        services.AddSingleton<ILoggerProvider>(provider => new StartFailureLogFilter(ActivatorUtilities.CreateInstance<ConsoleLoggerProvider>(provider)));
    }

    public ILogger CreateLogger(string categoryName)
    {
        var logger = inner.CreateLogger(categoryName);
        return categoryName == HostCategory ? new Filtered(logger) : logger;
    }

    public void Dispose() => inner.Dispose();

    private sealed class Filtered(ILogger inner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => inner.BeginScope(state);

        public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(logLevel);

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (eventId.Id == StartFailedEvent && exception is not null && ListenAddresses.IsBindFailure(exception))
            {
                return;
            }

            inner.Log(logLevel, eventId, state, exception, formatter);
        }
    }
}
