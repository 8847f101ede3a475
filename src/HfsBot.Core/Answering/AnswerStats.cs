using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace HfsBot.Core.Answering;

/// <summary>Counts for one period: replies by outcome, and answers by entry.</summary>
public sealed record StatsPeriod(ImmutableDictionary<ReplyOutcome, int> ByOutcome, ImmutableArray<(string Id, int Count)> TopEntries)
{
    public int Total => ByOutcome.Values.Sum();
}

/// <summary>What <c>/faqadmin stats</c> shows: since start, and per day (UTC) for the last days.</summary>
public sealed record StatsSnapshot(DateTimeOffset Since, StatsPeriod SinceStart, ImmutableArray<(DateOnly Day, StatsPeriod Counts)> ByDay);

/// <summary>
/// In-memory usage counts since the bot started: replies by outcome and answers by entry, in total and per UTC
/// day (the last 14 days are kept). No question text and no user ids. Thread-safe.
/// </summary>
public sealed class AnswerStats(TimeProvider timeProvider)
{
    private const int DaysKept = 14;
    private readonly DateTimeOffset _since = timeProvider.GetUtcNow();
    private readonly ConcurrentDictionary<(DateOnly Day, string Key), int> _counts = new();

    public void Record(FaqReply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var day = DateOnly.FromDateTime(timeProvider.GetUtcNow().UtcDateTime);
        _counts.AddOrUpdate((day, "outcome:" + reply.Outcome), 1, (_, n) => n + 1);
        if (reply.Entry is { } entry)
        {
            _counts.AddOrUpdate((day, "entry:" + entry.Id), 1, (_, n) => n + 1);
        }

        foreach (var old in _counts.Keys.Where(k => k.Day < day.AddDays(-DaysKept)))
        {
            _counts.TryRemove(old, out _);
        }
    }

    public StatsSnapshot Snapshot(int topEntries = 5)
    {
        var counts = _counts.ToArray();
        var days = counts.Select(c => c.Key.Day).Distinct().OrderDescending();
        return new StatsSnapshot(
            _since,
            Period(counts, topEntries),
            [.. days.Select(day => (day, Period(counts.Where(c => c.Key.Day == day), topEntries)))]);
    }

    private static StatsPeriod Period(IEnumerable<KeyValuePair<(DateOnly Day, string Key), int>> counts, int topEntries)
    {
        var list = counts.ToList();
        var byOutcome = Enum.GetValues<ReplyOutcome>().ToImmutableDictionary(
            o => o,
            o => list.Where(c => c.Key.Key == "outcome:" + o).Sum(c => c.Value));
        var top = list
            .Where(c => c.Key.Key.StartsWith("entry:", StringComparison.Ordinal))
            .GroupBy(c => c.Key.Key["entry:".Length..])
            .Select(g => (Id: g.Key, Count: g.Sum(c => c.Value)))
            .OrderByDescending(e => e.Count)
            .ThenBy(e => e.Id, StringComparer.Ordinal)
            .Take(topEntries)
            .ToImmutableArray();
        return new StatsPeriod(byOutcome, top);
    }
}
