namespace HfsBot.Discord.Gateway;

/// <summary>
/// Discord's send limit: 120 events per 60 s per connection, else close 4008. Heartbeats always go out (missing one
/// costs the connection) but are counted, and a few slots are kept for them.
/// </summary>
internal sealed class GatewaySendBudget(GatewayTimings timings, TimeProvider time)
{
    private readonly Lock _lock = new();
    private readonly Queue<long> _sentAt = new();

    public int SentInWindow
    {
        get
        {
            lock (_lock)
            {
                Prune();
                return _sentAt.Count;
            }
        }
    }

    public void RecordHeartbeat()
    {
        lock (_lock)
        {
            Prune();
            _sentAt.Enqueue(time.GetTimestamp());
        }
    }

    /// <summary>Takes a slot for a non-heartbeat send, or says how long until one frees up.</summary>
    public bool TryTake(out TimeSpan retryAfter)
    {
        lock (_lock)
        {
            Prune();
            if (_sentAt.Count < timings.SendLimit - timings.HeartbeatReserve)
            {
                _sentAt.Enqueue(time.GetTimestamp());
                retryAfter = TimeSpan.Zero;
                return true;
            }

            retryAfter = timings.SendWindow - time.GetElapsedTime(_sentAt.Peek());
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

    private void Prune()
    {
        while (_sentAt.Count > 0 && time.GetElapsedTime(_sentAt.Peek()) >= timings.SendWindow)
        {
            _sentAt.Dequeue();
        }
    }
}

/// <summary>At most <c>max_concurrency</c> Identify payloads per window (5 s); more are answered with op 9.</summary>
internal sealed class IdentifyLimiter(GatewayTimings timings, TimeProvider time)
{
    private readonly Lock _lock = new();
    private readonly Queue<long> _identifiedAt = new();

    public TimeSpan DelayBeforeNext(int maxConcurrency)
    {
        lock (_lock)
        {
            while (_identifiedAt.Count > 0 && time.GetElapsedTime(_identifiedAt.Peek()) >= timings.IdentifyWindow)
            {
                _identifiedAt.Dequeue();
            }

            return _identifiedAt.Count < Math.Max(1, maxConcurrency)
                ? TimeSpan.Zero
                : timings.IdentifyWindow - time.GetElapsedTime(_identifiedAt.Peek());
        }
    }

    public void Record()
    {
        lock (_lock)
        {
            _identifiedAt.Enqueue(time.GetTimestamp());
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
