namespace HfsBot.Core.Throttling;

/// <summary>
/// When the recent events happened, within a sliding <c>window</c>: the one counter behind every "at most N per
/// period" rule (a member's questions, Discord's gateway sends and Identify calls, invalid REST requests).
/// Not thread-safe: each owner guards its window with its own lock.
/// </summary>
/// <remarks>Uses monotonic timestamps, so a change of the wall clock cannot empty or freeze a window.</remarks>
public sealed class EventWindow(TimeProvider timeProvider, TimeSpan window)
{
    private readonly Queue<long> _at = new();

    /// <summary>How many events happened within the last window.</summary>
    public int Count
    {
        get
        {
            ForgetExpired();
            return _at.Count;
        }
    }

    /// <summary>Counts one event now; returns the count within the window, this one included.</summary>
    public int Record()
    {
        ForgetExpired();
        _at.Enqueue(timeProvider.GetTimestamp());
        return _at.Count;
    }

    /// <summary>Counts one event now if fewer than <paramref name="limit"/> happened within the window.</summary>
    public bool TryRecord(int limit)
    {
        ForgetExpired();
        if (_at.Count >= limit)
        {
            return false;
        }

        _at.Enqueue(timeProvider.GetTimestamp());
        return true;
    }

    /// <summary>How long until the oldest event leaves the window and frees a slot; zero when the window is empty.</summary>
    public TimeSpan UntilOldestExpires()
    {
        ForgetExpired();
        return _at.Count == 0 ? TimeSpan.Zero : window - timeProvider.GetElapsedTime(_at.Peek());
    }

    private void ForgetExpired()
    {
        while (_at.Count > 0 && timeProvider.GetElapsedTime(_at.Peek()) >= window)
        {
            _at.Dequeue();
        }
    }
}
