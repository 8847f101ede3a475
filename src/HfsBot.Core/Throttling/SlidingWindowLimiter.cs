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
        var now = timeProvider.GetUtcNow();
        bool? allowed = null;
        while (allowed is null)
        {
            var keyWindow = _windows.GetOrAdd(key, _ => new KeyWindow());
            lock (keyWindow)
            {
                // A sweep may have forgotten it between the lookup and the lock: then count in a fresh window.
                if (!keyWindow.Forgotten)
                {
                    allowed = keyWindow.TryAdd(now, maxEvents, window);
                }
            }
        }

        ForgetIdleKeys(now);
        return allowed.Value;
    }

    private void ForgetIdleKeys(DateTimeOffset now)
    {
        if (!_sweep.IsDue(now, _windows.Count))
        {
            return;
        }

        foreach (var (key, keyWindow) in _windows)
        {
            lock (keyWindow)
            {
                if (keyWindow.IsIdle(now, window))
                {
                    keyWindow.Forgotten = true;
                    _windows.TryRemove(key, out _);
                }
            }
        }
    }

    /// <summary>One key's recent events; guarded by locking the instance.</summary>
    private sealed class KeyWindow
    {
        private readonly Queue<DateTimeOffset> _events = new();

        public bool Forgotten { get; set; }

        public bool TryAdd(DateTimeOffset now, int maxEvents, TimeSpan window)
        {
            while (_events.Count > 0 && now - _events.Peek() >= window)
            {
                _events.Dequeue();
            }

            if (_events.Count >= maxEvents)
            {
                return false;
            }

            _events.Enqueue(now);
            return true;
        }

        public bool IsIdle(DateTimeOffset now, TimeSpan window) => _events.Count == 0 || now - _events.Last() >= window;
    }
}
