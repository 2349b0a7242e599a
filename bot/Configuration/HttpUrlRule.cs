namespace ForumHelper.Bot.Configuration;

/// <summary>The one check of a base URL setting: absolute, http or https.</summary>
public static class HttpUrlRule
{
    /// <summary>The URL, or null when <paramref name="text"/> is not an absolute http(s) URL.</summary>
    public static Uri? Parse(string? text) =>
        Uri.TryCreate(text?.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) ? uri : null;

    public static bool IsValid(string? text) => Parse(text) is not null;
}
