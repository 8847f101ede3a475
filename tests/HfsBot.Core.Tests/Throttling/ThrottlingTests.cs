using HfsBot.Core.Throttling;
using HfsBot.Testing;

namespace HfsBot.Core.Tests.Throttling;

public sealed class ThrottlingTests
{
    private readonly FakeTimeProvider _time = new();

    [Fact]
    public void SlidingWindowLimiter_AllowsMaxPerWindowPerKey()
    {
        var limiter = new SlidingWindowLimiter(_time, maxEvents: 3, TimeSpan.FromMinutes(1));

        Assert.True(limiter.TryAcquire("member-1"));
        Assert.True(limiter.TryAcquire("member-1"));
        Assert.True(limiter.TryAcquire("member-1"));
        Assert.False(limiter.TryAcquire("member-1"));
        Assert.True(limiter.TryAcquire("member-2"));

        _time.Advance(TimeSpan.FromSeconds(61));
        Assert.True(limiter.TryAcquire("member-1"));
    }

    [Fact]
    public void EventWindow_CountsOnlyEventsWithinTheWindow_AndSaysWhenASlotFrees()
    {
        var events = new EventWindow(_time, TimeSpan.FromSeconds(10));
        Assert.Equal(TimeSpan.Zero, events.UntilOldestExpires());

        Assert.Equal(1, events.Record());
        _time.Advance(TimeSpan.FromSeconds(4));
        Assert.True(events.TryRecord(limit: 2));
        Assert.False(events.TryRecord(limit: 2));
        Assert.Equal(2, events.Count);
        Assert.Equal(TimeSpan.FromSeconds(6), events.UntilOldestExpires());

        _time.Advance(TimeSpan.FromSeconds(6)); // the first event is exactly one window old: it has left
        Assert.Equal(1, events.Count);
        Assert.True(events.TryRecord(limit: 2));

        _time.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal(0, events.Count);
    }

    [Fact]
    public void RecentPosts_PointsToTheEarlierPostWithinTheWindow()
    {
        var posts = new RecentPosts(_time, TimeSpan.FromMinutes(1));
        posts.Remember("channel-1", "botox-duration-frequency", "https://discord.com/channels/1/2/3");

        Assert.Equal("https://discord.com/channels/1/2/3", posts.Recent("channel-1", "botox-duration-frequency"));
        Assert.Null(posts.Recent("channel-2", "botox-duration-frequency"));
        Assert.Null(posts.Recent("channel-1", "mvd-risks"));

        _time.Advance(TimeSpan.FromSeconds(60));
        Assert.Null(posts.Recent("channel-1", "botox-duration-frequency"));
    }

    [Fact]
    public void SeenIds_SecondDeliveryIsNotFirst()
    {
        var seen = new SeenIds(_time, TimeSpan.FromMinutes(10));

        Assert.True(seen.FirstTime("message-1"));
        Assert.False(seen.FirstTime("message-1"));
        Assert.True(seen.FirstTime("message-2"));
    }

    [Fact]
    public async Task SlidingWindowLimiter_IsSafeUnderConcurrency()
    {
        var limiter = new SlidingWindowLimiter(_time, maxEvents: 100, TimeSpan.FromMinutes(1));

        var results = await Task.WhenAll(Enumerable.Range(0, 500).Select(_ => Task.Run(() => limiter.TryAcquire("busy"))));

        Assert.Equal(100, results.Count(r => r));
    }

    /// <summary>Forgetting idle members (past 1,024 keys) must never forget a member who is still within the limit.</summary>
    [Fact]
    public void SlidingWindowLimiter_ManyIdleMembers_AreForgottenWithoutFreeingALiveOne()
    {
        var limiter = new SlidingWindowLimiter(_time, maxEvents: 1, TimeSpan.FromMinutes(1));
        for (var i = 0; i < 2000; i++)
        {
            limiter.TryAcquire($"idle-{i}");
        }

        _time.Advance(TimeSpan.FromMinutes(2));
        Assert.True(limiter.TryAcquire("live"));
        for (var i = 0; i < 2000; i++)
        {
            Assert.True(limiter.TryAcquire($"new-{i}")); // each new member once, sweeping the idle ones as it goes
        }

        Assert.False(limiter.TryAcquire("live"));
        Assert.False(limiter.TryAcquire("new-0"));
    }

    [Fact]
    public void SeenIds_AfterTheWindowAndManyIds_StillRecognisesARecentDelivery()
    {
        var seen = new SeenIds(_time, TimeSpan.FromMinutes(10));
        for (var i = 0; i < 5000; i++)
        {
            seen.FirstTime($"old-{i}");
        }

        _time.Advance(TimeSpan.FromMinutes(11));
        Assert.True(seen.FirstTime("recent"));
        for (var i = 0; i < 5000; i++)
        {
            seen.FirstTime($"new-{i}");
        }

        Assert.False(seen.FirstTime("recent"));
        Assert.True(seen.FirstTime("old-1")); // forgotten after its window, as documented
    }
}
