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
}
