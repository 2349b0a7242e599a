using ForumHelper.Bot.Discord.Model;
using ForumHelper.Bot.Discord;

namespace ForumHelper.Tests.Support.TestHandlers;

/// <summary>Suggests three completions of what is typed in <c>/test-ping</c>'s focused option.</summary>
internal sealed class PingAutocomplete : IRoutedInteractionHandler
{
    public static InteractionRoute Route { get; } = InteractionRoute.Autocomplete(PingCommand.Name);

    public Task<HandlerReply> HandleAsync(InteractionRequest request)
    {
        var typed = request.Data?.Options?.FirstOrDefault(option => option.Focused)?.Value.ToString() ?? "";
        return Task.FromResult<HandlerReply>(Replies.Suggestions(
            new[] { "one", "two", "three" }.Select(suffix => new CommandChoice($"{typed} {suffix}", $"{typed}-{suffix}"))));
    }
}
