namespace ForumHelper.Tests.Support;

/// <summary>How <see cref="ServeProcess"/> starts <c>serve</c>: which program, which <c>--urls</c>, which settings.</summary>
internal sealed record ServeLaunch
{
    /// <summary>An executable such as a published folder's <c>forumhelper</c>; null runs the test build's <c>forumhelper.dll</c> with <c>dotnet</c>.</summary>
    public string? Program { get; init; }

    /// <summary>The <c>--urls</c> argument; null passes none, so the environment's choice (ASPNETCORE_URLS…) applies.</summary>
    public string? Urls { get; init; } = "http://127.0.0.1:0";

    /// <summary>The data folder; null is the repository's.</summary>
    public string? Data { get; init; }

    /// <summary>Settings as environment variables (<c>Discord:PublicKey</c> becomes <c>Discord__PublicKey</c>).</summary>
    public IReadOnlyList<(string Key, string Value)> Settings { get; init; } = [];
}
