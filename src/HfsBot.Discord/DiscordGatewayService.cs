using HfsBot.Discord.Gateway;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace HfsBot.Discord;

/// <summary>
/// Runs the gateway for the lifetime of the host. A fatal error, from the gateway (e.g. close code 4004) or from REST
/// (a 401), is logged at Critical, recorded in <see cref="GatewayStatus"/> and stops the application; the host
/// turns the recorded error into a non-zero exit code.
/// </summary>
internal sealed class DiscordGatewayService(
    GatewayClient gateway,
    GatewayStatus status,
    IHostApplicationLifetime lifetime,
    ILogger<DiscordGatewayService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var stopGateway = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var running = gateway.RunAsync(stopGateway.Token);
        string? fatal = null;
        try
        {
            var first = await Task.WhenAny(running, status.FatalErrorReported);
            if (first != running)
            {
                // REST reported a rejected token: the gateway would fail the same way, so stop it now.
                fatal = await status.FatalErrorReported;
                await stopGateway.CancelAsync();
            }

            await running;
        }
        catch (DiscordFatalException ex)
        {
            fatal ??= ex.Message;
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // host shutdown
        }
        catch (Exception ex)
        {
            DiscordLog.Crashed(logger, ex);
            fatal ??= "The Discord client failed unexpectedly; see the log for the error.";
        }

        if (fatal is null)
        {
            DiscordLog.Stopped(logger);
            return;
        }

        status.ReportFatal(fatal);
        DiscordLog.Fatal(logger, fatal);
        lifetime.StopApplication();
    }
}
