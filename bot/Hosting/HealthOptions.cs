namespace ForumHelper.Bot.Hosting;

/// <summary>Who sees the details of <c>GET /healthz</c> from elsewhere (section <c>Health</c>).</summary>
public sealed class HealthOptions
{
    /// <summary>
    /// A secret that shows the details to a caller sending <c>Authorization: Bearer</c> with it (a
    /// monitor on another machine, or through the proxy). Empty: details only on this machine.
    /// </summary>
    public string Token { get; set; } = "";
}
