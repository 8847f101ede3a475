using System.Collections.Immutable;
using HfsBot.Core.Text;

namespace HfsBot.Core.Answering;

/// <summary>Counts for one period: replies by outcome, and answers by entry.</summary>
public sealed record StatsPeriod(ImmutableDictionary<ReplyOutcome, int> ByOutcome, ImmutableArray<(string Id, int Count)> TopEntries)
{
    public int Total => ByOutcome.Values.Sum();
}

/// <summary>What <c>/faqadmin stats</c> shows: since start, and per day (UTC) for the last days.</summary>
public sealed record StatsSnapshot(DateTimeOffset Since, StatsPeriod SinceStart, ImmutableArray<(DateOnly Day, StatsPeriod Counts)> ByDay);

/// <summary>
/// In-memory usage counts since the bot started: replies to questions by outcome and answers by entry, in total
/// and per UTC day (the last 14 days are kept). Greetings and thanks are not questions and are not counted. No
/// question text and no user ids. Thread-safe.
/// </summary>
public sealed class AnswerStats(TimeProvider timeProvider)
{
    public const int DaysKept = 14;

    private readonly DateTimeOffset _since = timeProvider.GetUtcNow();
    private readonly Lock _lock = new();
    private readonly Counts _sinceStart = new();
    private readonly SortedDictionary<DateOnly, Counts> _byDay = [];

    public void Record(FaqReply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        if (reply.SmallTalk != SmallTalkKind.None)
        {
            return;
        }

        var day = DateOnly.FromDateTime(timeProvider.GetUtcNow().UtcDateTime);
        lock (_lock)
        {
            if (!_byDay.TryGetValue(day, out var today))
            {
                // A new day: the only moment old days can fall out of the window.
                today = _byDay[day] = new Counts();
                foreach (var old in _byDay.Keys.Where(d => d <= day.AddDays(-DaysKept)).ToList())
                {
                    _byDay.Remove(old);
                }
            }

            _sinceStart.Add(reply);
            today.Add(reply);
        }
    }

    public StatsSnapshot Snapshot(int topEntries = 5)
    {
        lock (_lock)
        {
            return new StatsSnapshot(
                _since,
                _sinceStart.ToPeriod(topEntries),
                [.. _byDay.Reverse().Select(d => (d.Key, d.Value.ToPeriod(topEntries)))]);
        }
    }

    /// <summary>The counts of one period; guarded by the owner's lock.</summary>
    private sealed class Counts
    {
        private readonly Dictionary<ReplyOutcome, int> _byOutcome = [];
        private readonly Dictionary<string, int> _byEntry = new(StringComparer.Ordinal);

        public void Add(FaqReply reply)
        {
            _byOutcome[reply.Outcome] = _byOutcome.GetValueOrDefault(reply.Outcome) + 1;
            if (reply.Entry is { } entry)
            {
                _byEntry[entry.Id] = _byEntry.GetValueOrDefault(entry.Id) + 1;
            }
        }

        public StatsPeriod ToPeriod(int topEntries) => new(
            Enum.GetValues<ReplyOutcome>().ToImmutableDictionary(o => o, o => _byOutcome.GetValueOrDefault(o)),
            [.. _byEntry
                .OrderByDescending(e => e.Value)
                .ThenBy(e => e.Key, StringComparer.Ordinal)
                .Take(topEntries)
                .Select(e => (e.Key, e.Value))]);
    }
}
