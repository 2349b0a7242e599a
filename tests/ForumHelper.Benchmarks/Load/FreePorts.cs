using System.Net;
using System.Net.Sockets;

namespace ForumHelper.Benchmarks.Load;

/// <summary>
/// Loopback ports the system has free now, for the load scripts: fixed ports collided when two runs
/// shared a machine (the second run's servers failed to bind and its requests met the first's).
/// </summary>
internal static class FreePorts
{
    public static int Run(int count)
    {
        if (count is < 1 or > 16)
        {
            Console.Error.WriteLine("--count must be 1–16");
            return 2;
        }

        // All held open until every one is chosen, so the same port is never given twice.
        var listeners = Enumerable.Range(0, count).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToList();
        try
        {
            listeners.ForEach(listener => listener.Start());
            Console.Out.WriteLine(string.Join(' ', listeners.Select(listener => ((IPEndPoint)listener.LocalEndpoint).Port)));
            return 0;
        }
        finally
        {
            listeners.ForEach(listener => listener.Stop());
        }
    }
}
