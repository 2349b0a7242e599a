using System.Diagnostics.CodeAnalysis;
using System.Net;

namespace ForumHelper.Bot.Discord;

/// <summary>
/// The outcome of one Discord REST call: the value, or why it failed in one line a person can act on,
/// with the HTTP status and Discord's own error code when there were any.
/// </summary>
public sealed class RestResult<T>
{
    private readonly T? _value;

    private RestResult(bool isSuccess, T? value, HttpStatusCode? status, int? discordCode, string message)
    {
        IsSuccess = isSuccess;
        _value = value;
        Status = status;
        DiscordCode = discordCode;
        Message = message;
    }

    [MemberNotNullWhen(true, nameof(Value))]
    public bool IsSuccess { get; }

    /// <summary>The value; only read it when <see cref="IsSuccess"/> is true.</summary>
    public T? Value => IsSuccess ? _value : throw new InvalidOperationException("The Discord call failed: " + Message);

    /// <summary>The last HTTP status Discord answered with; null when no answer came (network failure, timeout).</summary>
    public HttpStatusCode? Status { get; }

    /// <summary>The <c>code</c> of Discord's JSON error body (e.g. 50035 invalid form body), when it sent one.</summary>
    public int? DiscordCode { get; }

    /// <summary>What went wrong and what to do about it; empty on success.</summary>
    public string Message { get; }

    public static RestResult<T> Success(T value, HttpStatusCode status) => new(true, value, status, null, "");

    public static RestResult<T> Failure(HttpStatusCode? status, int? discordCode, string message) =>
        string.IsNullOrWhiteSpace(message)
            ? throw new ArgumentException("A failure needs a message.", nameof(message))
            : new(false, default, status, discordCode, message);

    /// <summary>The same failure, for a call with another value type.</summary>
    public RestResult<TOther> As<TOther>() =>
        IsSuccess ? throw new InvalidOperationException("Only a failure can change its value type.") : RestResult<TOther>.Failure(Status, DiscordCode, Message);

    public override string ToString() => IsSuccess ? $"Success ({(int?)Status})" : Message;
}
