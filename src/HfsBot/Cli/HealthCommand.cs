using HfsBot.Core.Data;
using HfsBot.Services;
using Microsoft.Extensions.Options;

namespace HfsBot.Cli;

/// <summary>
/// <c>health</c>: exit 0 when the running bot reported recently, has the FAQ loaded and Discord acknowledged its
/// heartbeat recently; otherwise exit 1 with the reason. Used by the Dockerfile's HEALTHCHECK.
/// </summary>
internal sealed class HealthCommand(IOptions<DataOptions> dataOptions, TimeProvider timeProvider, ConsoleStreams console)
{
    public int Run()
    {
        var path = Path.Combine(dataOptions.Value.Directory, HealthReport.FileName);
        var report = HealthReport.TryRead(path);
        var problem = report is null ? $"no health report at {path}: the bot is not running, or not connected to Discord" : report.Problem(timeProvider.GetUtcNow());
        if (problem is not null)
        {
            console.Error.WriteLine($"unhealthy: {problem}");
            return ExitCodes.Failure;
        }

        console.Out.WriteLine($"healthy: {report!.FaqEntries} FAQ entries, Discord heartbeat acknowledged at {report.LastHeartbeatAck:u}");
        return ExitCodes.Success;
    }
}
