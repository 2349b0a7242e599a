using ForumHelper.Bot.Commands;
using ForumHelper.Bot.Discord;
using ForumHelper.Bot.Rendering;
using ForumHelper.Core.Advising;
using Microsoft.Extensions.DependencyInjection;

namespace ForumHelper.Bot.Hosting;

/// <summary>Every command, button family and modal the bot answers: a new one is its class and one line here.</summary>
public static class InteractionHandlers
{
    public static IServiceCollection AddInteractionHandlers(this IServiceCollection services)
    {
        services.AddSingleton<AdviceService>();
        services.AddInteractionHandler<CancelAdviceCommand>();
        services.AddSingleton(_ => ChartRenders.ForThisMachine());
        services.AddInteractionHandler<CaseStatsCommand>();
        services.AddInteractionHandler<ExportCsvButton>();
        services.AddInteractionHandler<ForgetMeCommand>();
        services.AddInteractionHandler<FeedbackButton>();
        services.AddInteractionHandler<WhatIfButton>();
        services.AddInteractionHandler<ShareButton>();
        services.AddInteractionHandler<DetailsButton>();
        services.AddInteractionHandler<ForgetButton>();
        services.AddSingleton<AdviceReply>();
        services.AddSingleton<DescribedAnswer>();
        services.AddInteractionHandler<DescribeSubmit>();
        services.AddInteractionHandler<NeedSelect>();
        services.AddInteractionHandler<RedoButton>();
        return services.AddInteractionPipeline();
    }
}
