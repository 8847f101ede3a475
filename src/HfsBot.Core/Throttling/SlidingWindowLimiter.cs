using System.Collections.Concurrent;

namespace HfsBot.Core.Throttling;

/// <summary>
/// At most <c>maxEvents</c> per key within a sliding <c>window</c>: a member's questions per minute, or one
/// automatic answer per member per few minutes. Thread-safe; keys idle for a whole window are forgotten.
/// </summary>
public sealed class SlidingWindowLimiter(TimeProvider timeProvider, int maxEvents, TimeSpan window)
{
    private readonly ConcurrentDictionary<string, KeyWindow> _windows = new(StringComparer.Ordinal);
    private readonly SweepSchedule _sweep = new(1024, window);

    /// <summary>Counts an event for <paramref name="key"/> and says whether it is within the limit.</summary>
    public bool TryAcquire(string key)
    {
        bool? allowed = null;
        while (allowed is null)
        {
            var keyWindow = _windows.GetOrAdd(key, _ => new KeyWindow(new EventWindow(timeProvider, window)));
            lock (keyWindow)
            {
                // A sweep may have forgotten it between the lookup and the lock: then count in a fresh window.
                if (!keyWindow.Forgotten)
                {
                    allowed = keyWindow.Events.TryRecord(maxEvents);
                }
            }
        }

        ForgetIdleKeys();
        return allowed.Value;
    }

    private void ForgetIdleKeys()
    {
        if (!_sweep.IsDue(timeProvider.GetUtcNow(), _windows.Count))
        {
            return;
        }

        foreach (var (key, keyWindow) in _windows)
        {
            lock (keyWindow)
            {
                if (keyWindow.Events.Count == 0)
                {
                    keyWindow.Forgotten = true;
                    _windows.TryRemove(key, out _);
                }
            }
        }
    }

    /// <summary>One key's recent events; guarded by locking the instance.</summary>
    private sealed class KeyWindow(EventWindow events)
    {
        public EventWindow Events { get; } = events;

        public bool Forgotten { get; set; }
    }
}
