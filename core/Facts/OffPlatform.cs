namespace ForumHelper.Core.Facts;

/// <summary>The most serious thing that went outside the marketplace (option <c>off-platform</c>).</summary>
public enum OffPlatform
{
    /// <summary>Everything stayed on the marketplace.</summary>
    None,

    /// <summary>Messages went outside (e-mail, chat apps).</summary>
    Talk,

    /// <summary>Work or files went outside (e-mail, chat apps, file links).</summary>
    Work,

    /// <summary>A payment outside the marketplace was proposed or made.</summary>
    Payment,
}
