using HfsBot.Core.Throttling;

namespace HfsBot.Discord.Gateway;

/// <summary>
/// Discord's send limit: 120 events per 60 s per connection, else close 4008. Heartbeats always go out (missing one
/// costs the connection) but are counted, and a few slots are kept for them.
/// </summary>
internal sealed class GatewaySendBudget(GatewayTimings timings, TimeProvider time)
{
    private readonly Lock _lock = new();
    private readonly EventWindow _sent = new(time, timings.SendWindow);

    public int SentInWindow
    {
        get
        {
            lock (_lock)
            {
                return _sent.Count;
            }
        }
    }

    public void RecordHeartbeat()
    {
        lock (_lock)
        {
            _sent.Record();
        }
    }

    /// <summary>Takes a slot for a non-heartbeat send, or says how long until one frees up.</summary>
    public bool TryTake(out TimeSpan retryAfter)
    {
        lock (_lock)
        {
            if (_sent.TryRecord(timings.SendLimit - timings.HeartbeatReserve))
            {
                retryAfter = TimeSpan.Zero;
                return true;
            }

            retryAfter = _sent.UntilOldestExpires();
            if (retryAfter < TimeSpan.FromMilliseconds(1))
            {
                retryAfter = TimeSpan.FromMilliseconds(1);
            }

            return false;
        }
    }

    public async ValueTask TakeAsync(CancellationToken cancellationToken)
    {
        while (!TryTake(out var retryAfter))
        {
            await Task.Delay(retryAfter, time, cancellationToken);
        }
    }
}

/// <summary>At most <c>max_concurrency</c> Identify payloads per window (5 s); more are answered with op 9.</summary>
internal sealed class IdentifyLimiter(GatewayTimings timings, TimeProvider time)
{
    private readonly Lock _lock = new();
    private readonly EventWindow _identified = new(time, timings.IdentifyWindow);

    public TimeSpan DelayBeforeNext(int maxConcurrency)
    {
        lock (_lock)
        {
            return _identified.Count < Math.Max(1, maxConcurrency) ? TimeSpan.Zero : _identified.UntilOldestExpires();
        }
    }

    public void Record()
    {
        lock (_lock)
        {
            _identified.Record();
        }
    }
}

/// <summary>Reconnect delays: base, doubling to the cap, spread by jitter; back to base after READY/RESUMED.</summary>
internal sealed class ReconnectBackoff(GatewayTimings timings, JitterSource jitter)
{
    private int _failures;

    public TimeSpan Next()
    {
        var nominal = timings.ReconnectBaseDelay.TotalMilliseconds * Math.Pow(2, Math.Min(_failures, 30));
        nominal = Math.Min(nominal, timings.ReconnectMaxDelay.TotalMilliseconds);
        _failures++;
        var spread = 1 + (timings.ReconnectJitter * ((2 * jitter.NextDouble()) - 1));
        return TimeSpan.FromMilliseconds(nominal * spread);
    }

    public void Reset() => _failures = 0;
}
