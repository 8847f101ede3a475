using System.Globalization;
using HfsBot.Discord.Models;
using HfsBot.Discord.Rest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HfsBot.Discord.Gateway;

/// <summary>
/// Keeps the bot connected to the gateway: picks resume or identify, respects the session-start and identify
/// limits, backs off between attempts, and stops for good on a fatal close code. One instance per process;
/// <see cref="RunAsync"/> is called once by the hosted service.
/// </summary>
internal sealed class GatewayClient(
    IOptions<DiscordOptions> options,
    IDiscordRestClient rest,
    GatewayDispatcher dispatcher,
    GatewayStatus status,
    GatewayTimings timings,
    JitterSource jitter,
    TimeProvider time,
    ILogger<GatewayClient> logger)
{
    private readonly GatewaySession _session = new();
    private readonly IdentifyLimiter _identifyLimiter = new(timings, time);
    private readonly ReconnectBackoff _backoff = new(timings, jitter);
    private readonly Lock _limitLock = new();
    private string? _gatewayUrl;
    private SessionStartLimit? _sessionLimit;
    private volatile GatewayConnection? _current;

    /// <summary>The sequence number a resume would send; for tests and diagnostics.</summary>
    internal long? LastSequence => _session.Sequence;

    /// <summary>
    /// Connects and stays connected until <paramref name="cancellationToken"/> is cancelled (then closes with 1000 and
    /// returns), or until the gateway cannot continue (throws <see cref="DiscordFatalException"/>).
    /// </summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        using var stopDispatcher = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var dispatching = dispatcher.RunAsync(stopDispatcher.Token);
        try
        {
            await RunConnectionsAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // orderly shutdown
        }
        finally
        {
            await stopDispatcher.CancelAsync();
            await dispatching;
        }
    }

    /// <summary>Sends op 3 on the current connection; throws when not connected and ready.</summary>
    public Task UpdatePresenceAsync(PresenceUpdate presence, CancellationToken cancellationToken) =>
        _current is { } connection
            ? connection.UpdatePresenceAsync(presence, cancellationToken)
            : throw new InvalidOperationException("The gateway is not connected.");

    private async Task RunConnectionsAsync(CancellationToken cancellationToken)
    {
        var delay = TimeSpan.Zero;
        while (true)
        {
            if (delay > TimeSpan.Zero)
            {
                DiscordLog.ReconnectDelay(logger, delay.TotalMilliseconds);
                await Task.Delay(delay, time, cancellationToken);
            }

            (Uri Url, ConnectMode Mode) target;
            try
            {
                target = await PrepareConnectionAsync(cancellationToken);
            }
            catch (DiscordHttpException ex) when (ex.IsTokenRejected)
            {
                throw new DiscordFatalException(ex.Message, ex);
            }
            catch (Exception ex) when (ex is DiscordHttpException or HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                DiscordLog.GatewayDiscoveryFailed(logger, ex.Message);
                delay = _backoff.Next();
                continue;
            }

            var context = new GatewayConnectionContext(options.Value, _session, dispatcher, status, timings, jitter, time, logger, OnIdentifySent);
            ConnectionEnd end;
            bool reachedReady;
            var connection = new GatewayConnection(target.Url, target.Mode, context);
            await using (connection)
            {
                _current = connection;
                try
                {
                    end = await connection.RunAsync(cancellationToken);
                }
                finally
                {
                    _current = null;
                }

                reachedReady = connection.ReachedReady;
            }

            if (reachedReady)
            {
                // READY or RESUMED ends both streaks; the failed resumes are counted here too, in OnResumeFailed.
                _backoff.Reset();
                _session.FailedResumes = 0;
            }

            delay = Decide(end, target.Mode, reachedReady);
        }
    }

    /// <summary>Acts on how a connection ended; returns the delay before the next one.</summary>
    private TimeSpan Decide(ConnectionEnd end, ConnectMode mode, bool reachedReady)
    {
        var resumeFailed = mode == ConnectMode.Resume && !reachedReady;
        switch (end.Kind)
        {
            case ConnectionEndKind.Shutdown:
                throw new OperationCanceledException("The gateway was stopped.");

            case ConnectionEndKind.Fatal:
                throw new DiscordFatalException(end.FatalSentence ?? "Discord closed the gateway connection for good.", end.CloseCode);

            case ConnectionEndKind.ConnectFailed:
                if (resumeFailed)
                {
                    OnResumeFailed();
                }
                else
                {
                    // The docs: fetch the URL again when connecting with the cached one fails. Cleared even when
                    // Discord:GatewayUrl overrides it (unused then), so only GetGatewayUrlAsync decides what "set" means.
                    _gatewayUrl = null;
                }

                return _backoff.Next();

            case ConnectionEndKind.Identify:
                DiscordLog.SessionDropped(logger, end.CloseCode, end.Reason);
                _session.Drop();
                return _backoff.Next();

            case ConnectionEndKind.InvalidSession when end.Resumable && _session.CanResume:
                if (resumeFailed)
                {
                    OnResumeFailed();
                }

                return _backoff.Next();

            case ConnectionEndKind.InvalidSession:
                // d:false: the session is gone. A random 1-5 s pause avoids identify storms, e.g. when the op 9 came
                // from exceeding max_concurrency.
                DiscordLog.SessionDropped(logger, end.CloseCode, end.Reason);
                _session.Drop();
                var spread = timings.InvalidSessionMaxDelay - timings.InvalidSessionMinDelay;
                var pause = timings.InvalidSessionMinDelay + (spread * jitter.NextDouble());
                var backoff = _backoff.Next();
                return pause > backoff ? pause : backoff;

            default:
                if (resumeFailed)
                {
                    OnResumeFailed();
                }

                return _backoff.Next();
        }
    }

    private void OnResumeFailed()
    {
        _session.FailedResumes++;

        // A resume URL that just failed is not tried again (twilight-rs/twilight#1942); the gateway URL serves resumes too.
        _session.ResumeUrl = null;
        if (_session.FailedResumes >= timings.MaxResumeAttempts)
        {
            DiscordLog.ResumeAttemptsExhausted(logger, _session.FailedResumes);
            _session.Drop();
        }
    }

    private async Task<(Uri Url, ConnectMode Mode)> PrepareConnectionAsync(CancellationToken cancellationToken)
    {
        if (_session.CanResume)
        {
            // READY's resume URL is Discord's data: one that is not a ws/wss URL is ignored rather than trusted.
            if (_session.ResumeUrl is { } candidate && !IsWebSocketUrl(candidate))
            {
                _session.ResumeUrl = null;
            }

            var resumeUrl = _session.ResumeUrl ?? await GetGatewayUrlAsync(cancellationToken);
            return (BuildGatewayUri(resumeUrl), ConnectMode.Resume);
        }

        _session.Drop();
        await WaitForSessionStartAsync(cancellationToken);
        var url = await GetGatewayUrlAsync(cancellationToken);
        return (BuildGatewayUri(url), ConnectMode.Identify);
    }

    private async Task<string> GetGatewayUrlAsync(CancellationToken cancellationToken)
    {
        if (options.Value.GatewayUrl is { Length: > 0 } configured)
        {
            return configured;
        }

        if (_gatewayUrl is null)
        {
            await RefreshGatewayInfoAsync(cancellationToken);
        }

        return _gatewayUrl!;
    }

    private async Task RefreshGatewayInfoAsync(CancellationToken cancellationToken)
    {
        var info = await rest.GetGatewayBotAsync(cancellationToken);
        lock (_limitLock)
        {
            _sessionLimit = info.SessionStartLimit;
        }

        // The URL is cached until connecting with it fails; the limits are always the latest answer.
        _gatewayUrl ??= info.Url;
        DiscordLog.GatewayDiscovered(logger, info.SessionStartLimit.Remaining, info.SessionStartLimit.Total, info.SessionStartLimit.MaxConcurrency);
    }

    /// <summary>
    /// Every Identify spends one of the daily session starts; running out resets the bot token. So check the
    /// remaining count first (fresh from Discord) and wait for the reset when it is 0; then respect max_concurrency.
    /// </summary>
    private async Task WaitForSessionStartAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                await RefreshGatewayInfoAsync(cancellationToken);
            }
            catch (DiscordHttpException ex) when (!ex.IsTokenRejected && _sessionLimit is not null && _gatewayUrl is not null)
            {
                // Keep going on the last known limits (counted down locally) rather than stay offline.
                DiscordLog.GatewayDiscoveryFailed(logger, ex.Message);
            }

            SessionStartLimit limit;
            lock (_limitLock)
            {
                limit = _sessionLimit!;
            }

            if (limit.Remaining > 0)
            {
                break;
            }

            var wait = TimeSpan.FromMilliseconds(Math.Max(limit.ResetAfter, 1000));
            DiscordLog.SessionStartLimitExhausted(logger, limit.Total, wait.TotalMinutes, time.GetUtcNow().Add(wait).ToString("u", CultureInfo.InvariantCulture));
            await Task.Delay(wait, time, cancellationToken);
        }

        var concurrency = Math.Max(1, _sessionLimit!.MaxConcurrency);
        var spacing = _identifyLimiter.DelayBeforeNext(concurrency);
        if (spacing > TimeSpan.Zero)
        {
            DiscordLog.IdentifyDelayed(logger, spacing.TotalMilliseconds);
            await Task.Delay(spacing, time, cancellationToken);
        }
    }

    private void OnIdentifySent()
    {
        _identifyLimiter.Record();
        lock (_limitLock)
        {
            if (_sessionLimit is not null)
            {
                _sessionLimit = _sessionLimit with { Remaining = Math.Max(0, _sessionLimit.Remaining - 1) };
            }
        }
    }

    private static bool IsWebSocketUrl(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "ws" or "wss";

    /// <summary>Adds <c>v=10&amp;encoding=json</c>, keeping any other query parameters (no compression is requested).</summary>
    internal static Uri BuildGatewayUri(string baseUrl)
    {
        var builder = new UriBuilder(baseUrl);
        var kept = builder.Query.TrimStart('?')
            .Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => !p.StartsWith("v=", StringComparison.Ordinal) && !p.StartsWith("encoding=", StringComparison.Ordinal) && !p.StartsWith("compress=", StringComparison.Ordinal));
        builder.Query = string.Join('&', kept.Append("v=10").Append("encoding=json"));
        return builder.Uri;
    }
}
