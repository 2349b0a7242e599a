namespace ForumHelper.Bot.Configuration;

/// <summary>One bound and validated options class, registered so <see cref="SettingsProblems"/> can read it and say what is wrong.</summary>
internal interface ICheckedSettings
{
    /// <summary>The options' problems as the plain messages of their validators (none when valid).</summary>
    IEnumerable<string> Problems(IServiceProvider services);
}
