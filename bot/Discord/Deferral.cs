namespace ForumHelper.Bot.Discord;

/// <summary>
/// How a deferring handler's work is named in the pipeline's apologies, e.g. "build the statistics"
/// gives "Sorry, I could not build the statistics (error id `…`)." The pipeline words them; the
/// handler only names its work.
/// </summary>
/// <param name="Work">What failed when the work threw, e.g. "build the statistics".</param>
/// <param name="Delivery">What failed when Discord would not take the edit, e.g. "post the statistics".</param>
public sealed record Deferral(string Work, string Delivery);
