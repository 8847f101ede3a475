using HfsBot.Core.Answering;
using HfsBot.Testing;

namespace HfsBot.Core.Tests.Answering;

public sealed class AnswerStatsTests
{
    private readonly FakeTimeProvider _time = new();

    [Fact]
    public void Snapshot_CountsOutcomesAndAnsweredEntries_SinceStartAndByDay()
    {
        var stats = new AnswerStats(_time);

        stats.Record(RealFaq.Answerer.Answer("how long does botox last"));
        stats.Record(RealFaq.Answerer.Answer("how long does botox last"));
        stats.Record(RealFaq.Answerer.Answer("is bells palsy contagious? my coworker has it"));
        _time.Advance(TimeSpan.FromDays(1));
        stats.Record(RealFaq.Answerer.Answer("how long does botox last"));

        var snapshot = stats.Snapshot();
        Assert.Equal(3, snapshot.SinceStart.ByOutcome[ReplyOutcome.Answer]);
        Assert.Equal(1, snapshot.SinceStart.ByOutcome[ReplyOutcome.None]);
        Assert.Equal(("botox-duration-frequency", 3), snapshot.SinceStart.TopEntries[0]);
        Assert.Equal([1, 3], snapshot.ByDay.Select(d => d.Counts.Total).ToArray()); // newest day first
    }

    [Fact]
    public void Record_GreetingOrThanks_IsNotCountedAsAQuestion()
    {
        var stats = new AnswerStats(_time);

        stats.Record(RealFaq.Answerer.Answer("thanks bot, that really helped"));

        Assert.Equal(0, stats.Snapshot().SinceStart.Total);
    }

    [Fact]
    public void Snapshot_KeepsTheLastFourteenDays_ButCountsSinceStartInFull()
    {
        var stats = new AnswerStats(_time);
        for (var day = 0; day < 20; day++)
        {
            stats.Record(RealFaq.Answerer.Answer("how long does botox last"));
            _time.Advance(TimeSpan.FromDays(1));
        }

        var snapshot = stats.Snapshot();
        Assert.Equal(20, snapshot.SinceStart.Total);
        Assert.Equal(AnswerStats.DaysKept, snapshot.ByDay.Length);
    }
}
