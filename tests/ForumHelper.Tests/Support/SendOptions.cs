namespace ForumHelper.Tests.Support;

/// <summary>
/// How <see cref="InteractionServer.SendAsync(byte[], SendOptions?)"/> signs and sends one request. The defaults
/// make the request Discord would send: the current Unix time, signed with the server's key.
/// </summary>
internal sealed record SendOptions
{
    /// <summary>False sends no signature headers at all.</summary>
    public bool Sign { get; init; } = true;

    /// <summary>The <c>X-Signature-Timestamp</c> value (signed as given); null means now.</summary>
    public string? Timestamp { get; init; }

    /// <summary>Another private key (hex) to sign with; null uses the server's own pair.</summary>
    public string? SigningKey { get; init; }

    /// <summary>Changes the hex signature after signing (e.g. upper-case it, cut it short).</summary>
    public Func<string, string>? Signature { get; init; }

    /// <summary>Changes the body after it was signed (e.g. flips one byte).</summary>
    public Func<byte[], byte[]>? BodyAfterSigning { get; init; }

    /// <summary>Last word on the request: remove or duplicate headers and the like.</summary>
    public Action<HttpRequestMessage>? Tweak { get; init; }
}
