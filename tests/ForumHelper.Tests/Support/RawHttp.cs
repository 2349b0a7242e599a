using System.Globalization;
using System.Net.Sockets;
using System.Text;

namespace ForumHelper.Tests.Support;

/// <summary>
/// Sends a request's bytes exactly as given over a plain socket and reads the answer: for bytes
/// <see cref="HttpClient"/> refuses to send (control characters and non-ASCII in headers, lines
/// without a colon, broken chunks). The request should say <c>Connection: close</c>.
/// </summary>
internal static class RawHttp
{
    /// <summary>
    /// Sends <paramref name="request"/>; with <paramref name="thenEnd"/>, closes the sending side
    /// after it, as a client that gives up mid-body would. The status is 0 when the server closed
    /// the connection without answering.
    /// </summary>
    public static async Task<(int Status, string Text)> SendAsync(Uri address, byte[] request, bool thenEnd = false)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        using var client = new TcpClient();
        await client.ConnectAsync(address.Host, address.Port, timeout.Token);
        var stream = client.GetStream();
        await stream.WriteAsync(request, timeout.Token);
        if (thenEnd)
        {
            client.Client.Shutdown(SocketShutdown.Send);
        }

        using var answer = new MemoryStream();
        try
        {
            await stream.CopyToAsync(answer, timeout.Token);
        }
        catch (IOException)
        {
            // Reset after (or instead of) answering: what arrived is the answer.
        }

        var text = Encoding.Latin1.GetString(answer.ToArray());
        if (text.Length == 0)
        {
            return (0, "");
        }

        Assert.True(text.StartsWith("HTTP/1.1 ", StringComparison.Ordinal) && text.Length >= 12, $"not an HTTP answer: `{text}`");
        return (int.Parse(text.AsSpan(9, 3), CultureInfo.InvariantCulture), text);
    }
}
