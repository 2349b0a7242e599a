using ForumHelper.Core.Outcomes;
using ForumHelper.Core.Yaml;
using Microsoft.Extensions.DependencyInjection;

namespace ForumHelper.Bot.Hosting;

/// <summary>Registers the data files: loaded (and checked) while the rest of the host is built, then watched for changes.</summary>
public static class DataSetServiceCollectionExtensions
{
    /// <summary>The data set <paramref name="loading"/> gives; the start checks its problems before anything resolves it.</summary>
    public static IServiceCollection AddDataSet(this IServiceCollection services, Task<Outcome<DataSetProvider, DataProblem>> loading)
    {
        services.AddSingleton(loading);
        services.AddSingleton(provider => provider.GetRequiredService<Task<Outcome<DataSetProvider, DataProblem>>>().GetAwaiter().GetResult().Value!);
        services.AddHostedService<DataFolderWatcher>();
        return services;
    }
}
