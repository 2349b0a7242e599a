using System.Diagnostics;
using System.Net.Sockets;
using System.Net;

namespace ForumHelper.Tests.Support;

/// <summary>
/// nginx from Debian's packages, in the foreground, with everything it writes (pid, logs, buffers)
/// in a folder of the test's own: a site configuration run as an operator would include it.
/// </summary>
internal sealed class NginxProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly TempFolder _folder;

    private readonly string _nginx;

    private NginxProcess(string nginx, Process process, TempFolder folder, int port)
    {
        _nginx = nginx;
        _process = process;
        _folder = folder;
        Port = port;
    }

    public int Port { get; }

    public string ErrorLog => File.Exists(_folder.File("error.log")) ? File.ReadAllText(_folder.File("error.log")) : "";

    /// <summary>Starts nginx with <paramref name="site"/> included in its http block, listening on <paramref name="port"/>.</summary>
    public static async Task<NginxProcess> StartAsync(string site, int port, TempFolder folder)
    {
        var nginx = new[] { "/usr/sbin/nginx", "/usr/local/sbin/nginx", "/usr/bin/nginx" }.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("nginx is not installed; on Debian: apt-get install nginx-light (.ci/run installs it).");
        var temp = folder.File("temp");
        Directory.CreateDirectory(temp);
        if (!OperatingSystem.IsWindows())
        {
            // Started as root, nginx's workers run as nobody and buffer large bodies here.
            File.SetUnixFileMode(temp, (UnixFileMode)0b111_111_111);
        }

        await File.WriteAllTextAsync(folder.File("forumhelper.conf"), site);
        await File.WriteAllTextAsync(folder.File("nginx.conf"), $$"""
            daemon off;
            worker_processes 1;
            pid {{folder.File("nginx.pid")}};
            error_log {{folder.File("error.log")}} warn;
            events { worker_connections 512; }
            http {
                access_log off;
                client_body_temp_path {{temp}}/body;
                proxy_temp_path {{temp}}/proxy;
                fastcgi_temp_path {{temp}}/fastcgi;
                uwsgi_temp_path {{temp}}/uwsgi;
                scgi_temp_path {{temp}}/scgi;
                include {{folder.File("forumhelper.conf")}};
            }
            """);
        var process = Process.Start(Command(nginx, folder))!;
        var started = new NginxProcess(nginx, process, folder, port);
        var clock = Stopwatch.StartNew();
        while (!await AcceptsAsync(port))
        {
            if (process.HasExited || clock.Elapsed > TimeSpan.FromSeconds(10))
            {
                await started.DisposeAsync();
                throw new InvalidOperationException($"nginx did not start listening on {port}:\n{await process.StandardError.ReadToEndAsync()}\n{started.ErrorLog}");
            }

            // A real process coming up: polled, bounded by the 10 s above.
            await Task.Delay(20);
        }

        return started;
    }

    /// <summary>
    /// Replaces the site and reloads, as <c>systemctl reload nginx</c> does: new connections follow
    /// the new site at once; requests in flight finish where they were sent.
    /// </summary>
    public async Task ReloadAsync(string site)
    {
        await File.WriteAllTextAsync(_folder.File("forumhelper.conf"), site);
        using var reload = Process.Start(Command(_nginx, _folder, "-s", "reload"))!;
        await reload.WaitForExitAsync();
        if (reload.ExitCode != 0)
        {
            throw new InvalidOperationException($"nginx -s reload failed:\n{await reload.StandardError.ReadToEndAsync()}\n{ErrorLog}");
        }
    }

    private static ProcessStartInfo Command(string nginx, TempFolder folder, params string[] more)
    {
        var start = new ProcessStartInfo(nginx) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "-p", folder.Path, "-e", folder.File("error.log"), "-c", folder.File("nginx.conf") }.Concat(more))
        {
            start.ArgumentList.Add(argument);
        }

        return start;
    }

    private static async Task<bool> AcceptsAsync(int port)
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }
}
