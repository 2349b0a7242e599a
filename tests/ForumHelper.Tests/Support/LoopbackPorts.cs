using System.Net;
using System.Net.Sockets;

namespace ForumHelper.Tests.Support;

/// <summary>Ports on 127.0.0.1, for servers that cannot be told to pick their own.</summary>
internal static class LoopbackPorts
{
    /// <summary>A port nothing listens on right now (the kernel's pick, released at once).</summary>
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
