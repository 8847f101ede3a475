namespace HfsBot.Core.Throttling;

/// <summary>
/// When a time-limited memory should drop its expired entries: once it holds more than <c>threshold</c>, and
/// then at most once per <c>every</c>, so that a memory full of live entries is not rescanned on every call.
/// </summary>
internal sealed class SweepSchedule(int threshold, TimeSpan every)
{
    private long _lastSweepTicks = DateTimeOffset.MinValue.UtcTicks;

    public bool IsDue(DateTimeOffset now, int count)
    {
        var last = Interlocked.Read(ref _lastSweepTicks);
        return count > threshold
            && now.UtcTicks - last >= every.Ticks
            && Interlocked.CompareExchange(ref _lastSweepTicks, now.UtcTicks, last) == last;
    }
}
