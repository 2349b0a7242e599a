using ForumHelper.Bot.Discord;
using Microsoft.Extensions.Options;

namespace ForumHelper.Bot.Configuration;

/// <summary>Section <c>Moderation</c>: the role ids are Discord ids, and a required role is one that is listed.</summary>
public sealed class ModerationOptionsValidator : IValidateOptions<ModerationOptions>
{
    public ValidateOptionsResult Validate(string? name, ModerationOptions options)
    {
        if (!options.RoleIds.All(DiscordIdRule.IsValid))
        {
            return ValidateOptionsResult.Fail("Moderation:RoleIds must be role ids (numbers like 123456789012345678)");
        }

        // Requiring a role with none listed would lock every moderator out without a word.
        return options.RequireRole && options.RoleIds.Length == 0
            ? ValidateOptionsResult.Fail("Moderation:RequireRole is true but Moderation:RoleIds is empty: list the moderator role ids, or set RequireRole to false")
            : ValidateOptionsResult.Success;
    }
}
