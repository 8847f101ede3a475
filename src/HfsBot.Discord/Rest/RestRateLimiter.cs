using HfsBot.Core.Throttling;
using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Headers;

namespace HfsBot.Discord.Rest;

/// <summary>
/// One rate-limit bucket. Requests on a bucket run one at a time (<see cref="Gate"/>): that is "one request in
/// flight on an unknown bucket" from the docs, and for a small bot it costs nothing on known buckets either.
/// </summary>
internal sealed class RateLimitBucket(TimeProvider time)
{
    private readonly Lock _lock = new();
    private int? _remaining;
    private DateTimeOffset _resetAt;
    private long _lastUsed = time.GetTimestamp();

    public SemaphoreSlim Gate { get; } = new(1, 1);

    /// <summary>How long a request must wait: only while Discord said <c>Remaining: 0</c> and the window has not reset.</summary>
    public TimeSpan DelayNeeded()
    {
        lock (_lock)
        {
            _lastUsed = time.GetTimestamp();
            var now = time.GetUtcNow();
            return _remaining == 0 && now < _resetAt ? _resetAt - now : TimeSpan.Zero;
        }
    }

    public void Update(int? remaining, TimeSpan? resetAfter)
    {
        lock (_lock)
        {
            if (remaining is not null)
            {
                _remaining = remaining;
            }

            if (resetAfter is not null)
            {
                _resetAt = time.GetUtcNow() + resetAfter.Value;
            }
        }
    }

    /// <summary>After a 429 on this bucket: nothing more until <paramref name="retryAfter"/> has passed.</summary>
    public void Exhaust(TimeSpan retryAfter) => Update(0, retryAfter);

    public bool IsIdle(TimeSpan idleTimeout)
    {
        lock (_lock)
        {
            return time.GetElapsedTime(_lastUsed) >= idleTimeout && time.GetUtcNow() >= _resetAt && Gate.CurrentCount == 1;
        }
    }
}

/// <summary>
/// Discord's REST rate limits (protocol.md section 4): per-route buckets, merged when Discord names their shared
/// <c>X-RateLimit-Bucket</c>; a global pause for a global 429 (interaction routes exempt); and a pause of all traffic
/// for an unexplained 429 (a Cloudflare ban).
/// </summary>
internal sealed class RestRateLimiter(RestPolicy policy, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, RateLimitBucket> _buckets = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _hashByTemplate = new(StringComparer.Ordinal);
    private readonly Lock _pauseLock = new();
    private DateTimeOffset _globalUntil;
    private DateTimeOffset _allTrafficUntil;
    private int _lookups;

    public RateLimitBucket GetBucket(RestRoute route)
    {
        if (Interlocked.Increment(ref _lookups) % 256 == 0)
        {
            Sweep();
        }

        return _buckets.GetOrAdd(KeyFor(route), static (_, t) => new RateLimitBucket(t), time);
    }

    /// <summary>The longest of the pauses that apply to <paramref name="route"/>, or zero.</summary>
    public TimeSpan PauseFor(RestRoute route)
    {
        lock (_pauseLock)
        {
            var now = time.GetUtcNow();
            var until = route.IsInteraction ? _allTrafficUntil : (_globalUntil > _allTrafficUntil ? _globalUntil : _allTrafficUntil);
            return until > now ? until - now : TimeSpan.Zero;
        }
    }

    public void PauseGlobal(TimeSpan duration)
    {
        lock (_pauseLock)
        {
            var until = time.GetUtcNow() + duration;
            if (until > _globalUntil)
            {
                _globalUntil = until;
            }
        }
    }

    public void PauseAllTraffic(TimeSpan duration)
    {
        lock (_pauseLock)
        {
            var until = time.GetUtcNow() + duration;
            if (until > _allTrafficUntil)
            {
                _allTrafficUntil = until;
            }
        }
    }

    /// <summary>
    /// Applies a response's rate-limit headers. When Discord names the bucket, later requests on this route use the
    /// bucket (hash + major parameter) shared with every other route of the same hash.
    /// </summary>
    public void Apply(RestRoute route, RateLimitBucket bucket, HttpResponseHeaders headers)
    {
        var remaining = ReadInt(headers, "X-RateLimit-Remaining");
        var resetAfter = ReadResetAfter(headers);

        var target = bucket;
        if (ReadString(headers, "X-RateLimit-Bucket") is { Length: > 0 } hash)
        {
            _hashByTemplate[route.TemplateKey] = hash;
            var hashKey = HashKey(hash, route.MajorParameter);
            target = _buckets.GetOrAdd(hashKey, bucket); // first route with this hash: the bucket itself is promoted
            var routeKey = RouteKey(route);
            if (!ReferenceEquals(_buckets.GetValueOrDefault(routeKey), target))
            {
                _buckets.TryRemove(routeKey, out _);
            }
        }

        target.Update(remaining, resetAfter);
        if (!ReferenceEquals(target, bucket))
        {
            bucket.Update(remaining, resetAfter);
        }
    }

    internal static TimeSpan? ReadResetAfter(HttpResponseHeaders headers) =>
        ReadDouble(headers, "X-RateLimit-Reset-After") is { } seconds && seconds >= 0 ? TimeSpan.FromSeconds(seconds) : null;

    internal static string? ReadString(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? values.FirstOrDefault()?.Trim() : null;

    internal static double? ReadDouble(HttpResponseHeaders headers, string name) =>
        double.TryParse(ReadString(headers, name), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) ? value : null;

    private static int? ReadInt(HttpResponseHeaders headers, string name) =>
        int.TryParse(ReadString(headers, name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    private string KeyFor(RestRoute route) =>
        _hashByTemplate.TryGetValue(route.TemplateKey, out var hash) ? HashKey(hash, route.MajorParameter) : RouteKey(route);

    private static string RouteKey(RestRoute route) => $"route:{route.TemplateKey}:{route.MajorParameter}";

    private static string HashKey(string hash, string majorParameter) => $"hash:{hash}:{majorParameter}";

    private void Sweep()
    {
        foreach (var (key, bucket) in _buckets)
        {
            if (bucket.IsIdle(policy.BucketIdleTimeout))
            {
                _buckets.TryRemove(new KeyValuePair<string, RateLimitBucket>(key, bucket));
            }
        }
    }
}

/// <summary>
/// Counts 401/403/429 answers over a sliding window: 10,000 in 10 minutes gets the IP banned by Cloudflare, so the
/// count is logged as it grows, well before that.
/// </summary>
internal sealed class InvalidRequestCounter(RestPolicy policy, TimeProvider time)
{
    private static readonly int[] WarningThresholds = [10, 100, 500, 1000, 2500, 5000, 7500, 9000];

    private readonly Lock _lock = new();
    private readonly EventWindow _invalid = new(time, policy.InvalidRequestWindow);

    /// <summary>Records one invalid request; returns the count in the window and whether it just reached a warning threshold.</summary>
    public (int Count, bool Warn) Record()
    {
        lock (_lock)
        {
            var count = _invalid.Record();
            return (count, WarningThresholds.Contains(count) || (count > 9000 && count % 100 == 0));
        }
    }
}
