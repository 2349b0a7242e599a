namespace ForumHelper.Bot.Discord;

/// <summary>The outcome of checking a request's Ed25519 signature; anything but <see cref="Valid"/> is answered 401.</summary>
public enum SignatureCheck
{
    Valid,
    MissingHeaders,
    Malformed,
    Stale,
    Invalid,
}
