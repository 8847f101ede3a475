using System.Collections.Concurrent;

namespace HfsBot.Core.Throttling;

/// <summary>
/// At most <c>maxEvents</c> per key within a sliding <c>window</c>: a member's questions per minute, or one
/// automatic answer per member per few minutes. Thread-safe; keys idle for a whole window are forgotten.
/// </summary>
public sealed class SlidingWindowLimiter(TimeProvider timeProvider, int maxEvents, TimeSpan window)
{
    private readonly ConcurrentDictionary<string, Queue<DateTimeOffset>> _events = new(StringComparer.Ordinal);

    /// <summary>Counts an event for <paramref name="key"/> and says whether it is within the limit.</summary>
    public bool TryAcquire(string key)
    {
        var now = timeProvider.GetUtcNow();
        var queue = _events.GetOrAdd(key, _ => new Queue<DateTimeOffset>());
        bool allowed;
        lock (queue)
        {
            while (queue.Count > 0 && now - queue.Peek() >= window)
            {
                queue.Dequeue();
            }

            allowed = queue.Count < maxEvents;
            if (allowed)
            {
                queue.Enqueue(now);
            }
        }

        ForgetIdleKeys(now);
        return allowed;
    }

    private void ForgetIdleKeys(DateTimeOffset now)
    {
        if (_events.Count < 1024)
        {
            return;
        }

        foreach (var (key, queue) in _events)
        {
            lock (queue)
            {
                if (queue.Count == 0 || now - queue.Last() >= window)
                {
                    _events.TryRemove(key, out _);
                }
            }
        }
    }
}
