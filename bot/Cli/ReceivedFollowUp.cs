using ForumHelper.Bot.Discord;

namespace ForumHelper.Bot.Cli;

/// <summary>What the bot sent to <see cref="FollowUpReceiver"/> for one interaction: the reply filled in, or a further message.</summary>
/// <param name="Method">PATCH (the deferred reply filled in) or POST (a further message).</param>
/// <param name="Path">The path below the API base, e.g. <c>/webhooks/APP/TOKEN/messages/@original</c>.</param>
/// <param name="PayloadJson">The message, as <c>payload_json</c> or the JSON body.</param>
/// <param name="Files">The files uploaded with it (<c>files[n]</c>).</param>
internal sealed record ReceivedFollowUp(string Method, string Path, string PayloadJson, IReadOnlyList<FileUpload> Files)
{
    /// <summary>The deferred reply, filled in (rather than a message posted after it).</summary>
    public bool IsEdit => Method == "PATCH";
}
