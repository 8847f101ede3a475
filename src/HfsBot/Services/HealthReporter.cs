using System.Text.Json;
using HfsBot.Core.Data;
using HfsBot.Core.Faq;
using HfsBot.Discord;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace HfsBot.Services;

/// <summary>
/// Writes <c>health.json</c> every 5 seconds while the Discord bot runs: whether the gateway is ready, when it last
/// acknowledged a heartbeat and how many FAQ entries are loaded. On stop it writes a last report saying the bot is
/// not connected, so that a stopped bot is never reported healthy. The file is replaced atomically, so a reader
/// never sees half.
/// </summary>
internal sealed class HealthReporter(GatewayStatus gateway, FaqLibrary library, IOptions<DataOptions> dataOptions, TimeProvider timeProvider)
    : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, timeProvider);
        do
        {
            Write(gateway.IsReady);
        }
        while (await WaitAsync(timer, stoppingToken));

        // Stopping: the gateway is still open for a moment (it stops after this service), but the bot is going.
        Write(gatewayReady: false);
    }

    private void Write(bool gatewayReady)
    {
        var report = new HealthReport(timeProvider.GetUtcNow(), gatewayReady, gateway.LastHeartbeatAckAt, library.Current.Catalog.Entries.Length);
        var path = Path.Combine(dataOptions.Value.Directory, HealthReport.FileName);
        Directory.CreateDirectory(dataOptions.Value.Directory);
        File.WriteAllText(path + ".tmp", JsonSerializer.Serialize(report, HealthJsonContext.Default.HealthReport));
        File.Move(path + ".tmp", path, overwrite: true);
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
