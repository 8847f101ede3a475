using System.Collections.Concurrent;

namespace HfsBot.Core.Throttling;

/// <summary>
/// Remembers ids (of messages, interactions) seen within <c>window</c>, so that an event delivered twice (a
/// gateway replay, a retried dispatch) is handled once. Thread-safe.
/// </summary>
public sealed class SeenIds(TimeProvider timeProvider, TimeSpan window)
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _seen = new(StringComparer.Ordinal);
    private readonly SweepSchedule _sweep = new(4096, window);

    /// <summary>True the first time <paramref name="id"/> is seen, false after that (ids are kept for at least the window).</summary>
    public bool FirstTime(string id)
    {
        var now = timeProvider.GetUtcNow();
        if (_sweep.IsDue(now, _seen.Count))
        {
            foreach (var (key, at) in _seen)
            {
                if (now - at >= window)
                {
                    _seen.TryRemove(key, out _);
                }
            }
        }

        return _seen.TryAdd(id, now);
    }
}
