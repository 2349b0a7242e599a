using System.Diagnostics;
using ForumHelper.Tests.Support;

namespace ForumHelper.Tests.Bot.Commands;

public sealed class ProbeTests
{
    [Fact]
    public async Task Probe()
    {
        var log = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            var clock = Stopwatch.StartNew();
            var server = await InteractionServer.StartAsync();
            log.Add($"start {clock.ElapsedMilliseconds}");
            clock.Restart();
            await server.SendAsync(Interactions.CancelAdvice(options: Interactions.Origin));
            log.Add($"ask {clock.ElapsedMilliseconds}");
            clock.Restart();
            await server.App.StopAsync();
            log.Add($"stop {clock.ElapsedMilliseconds}");
            clock.Restart();
            await server.DisposeAsync();
            log.Add($"dispose {clock.ElapsedMilliseconds}");
        }

        File.WriteAllLines("/tmp/probe/times.txt", log);
    }
}
