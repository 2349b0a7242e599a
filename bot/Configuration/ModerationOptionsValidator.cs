using ForumHelper.Bot.Discord;
using Microsoft.Extensions.Options;

namespace ForumHelper.Bot.Configuration;

/// <summary>Section <c>Moderation</c>: the role ids are Discord ids.</summary>
public sealed class ModerationOptionsValidator : IValidateOptions<ModerationOptions>
{
    public ValidateOptionsResult Validate(string? name, ModerationOptions options) =>
        options.RoleIds.All(DiscordIdRule.IsValid)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail("Moderation:RoleIds must be role ids (numbers like 123456789012345678)");
}
