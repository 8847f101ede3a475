using HfsBot.Discord.Gateway;
using HfsBot.Discord.Rest;
using HfsBot.Testing;

namespace HfsBot.Discord.Tests;

/// <summary>The counting parts, on a manual clock: send budget, identify spacing, backoff, invalid-request counter, buckets, sequences.</summary>
public sealed class LimiterTests
{
    [Fact]
    public void SendBudget_Allows117SendsPerMinute_KeepsThreeForHeartbeats_AndFreesSlotsAsTheWindowMoves()
    {
        var time = new FakeTimeProvider();
        var budget = new GatewaySendBudget(GatewayTimings.Default, time);

        for (var i = 0; i < 117; i++)
        {
            Assert.True(budget.TryTake(out _));
            time.Advance(TimeSpan.FromMilliseconds(100));
        }

        Assert.False(budget.TryTake(out var retryAfter));
        Assert.Equal(TimeSpan.FromSeconds(60) - TimeSpan.FromMilliseconds(11_700), retryAfter);
        budget.RecordHeartbeat();
        budget.RecordHeartbeat();
        budget.RecordHeartbeat();
        Assert.Equal(120, budget.SentInWindow);

        time.Advance(retryAfter);
        Assert.False(budget.TryTake(out _)); // one send left the window, but the heartbeats used the reserve
        time.Advance(TimeSpan.FromMilliseconds(300));
        Assert.True(budget.TryTake(out _)); // four sends have left the window now
    }

    [Fact]
    public async Task SendBudget_TakeAsync_WaitsForTheWindow()
    {
        var time = new FakeTimeProvider();
        var budget = new GatewaySendBudget(GatewayTimings.Default with { SendLimit = 3, HeartbeatReserve = 1 }, time);
        await budget.TakeAsync(CancellationToken.None);
        await budget.TakeAsync(CancellationToken.None);

        var third = budget.TakeAsync(CancellationToken.None).AsTask();
        Assert.False(third.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(59));
        Assert.False(third.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(1));
        await third.WaitAsync(TimeSpan.FromSeconds(1));
    }

    [Fact]
    public void IdentifyLimiter_AllowsMaxConcurrencyPerFiveSeconds()
    {
        var time = new FakeTimeProvider();
        var limiter = new IdentifyLimiter(GatewayTimings.Default, time);

        Assert.Equal(TimeSpan.Zero, limiter.DelayBeforeNext(1));
        limiter.Record();
        time.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal(TimeSpan.FromSeconds(3), limiter.DelayBeforeNext(1));
        Assert.Equal(TimeSpan.Zero, limiter.DelayBeforeNext(2)); // max_concurrency 2: a second one may go now
        time.Advance(TimeSpan.FromSeconds(3));
        Assert.Equal(TimeSpan.Zero, limiter.DelayBeforeNext(1));
    }

    [Fact]
    public void Backoff_StartsAtOneSecond_DoublesToSixtySeconds_WithJitter_AndResets()
    {
        var backoff = new ReconnectBackoff(GatewayTimings.Default, new JitterSource(() => 0.5)); // 0.5: no spread
        var delays = Enumerable.Range(0, 9).Select(_ => backoff.Next().TotalSeconds).ToList();

        Assert.Equal([1, 2, 4, 8, 16, 32, 60, 60, 60], delays);
        backoff.Reset();
        Assert.Equal(1, backoff.Next().TotalSeconds);

        var low = new ReconnectBackoff(GatewayTimings.Default, new JitterSource(() => 0)).Next();
        var high = new ReconnectBackoff(GatewayTimings.Default, new JitterSource(() => 0.999)).Next();
        Assert.Equal(0.8, low.TotalSeconds, 3);
        Assert.Equal(1.2, high.TotalSeconds, 2);
    }

    [Fact]
    public void InvalidRequestCounter_WarnsAsTheCountGrows_AndForgetsAfterTenMinutes()
    {
        var time = new FakeTimeProvider();
        var counter = new InvalidRequestCounter(RestPolicy.Default, time);

        var warnings = Enumerable.Range(1, 1000).Where(_ => counter.Record().Warn).Count();
        Assert.Equal(4, warnings); // at 10, 100, 500 and 1000

        time.Advance(TimeSpan.FromMinutes(10));
        Assert.Equal((1, false), counter.Record());
    }

    [Fact]
    public void Buckets_AreKeptPerMajorParameter_AndMergedByTheBucketHash()
    {
        var time = new FakeTimeProvider();
        var limiter = new RestRateLimiter(RestPolicy.Default, time);
        var channelA = RestRoute.CreateMessage(1);
        var channelB = RestRoute.CreateMessage(2);

        var a = limiter.GetBucket(channelA);
        Assert.NotSame(a, limiter.GetBucket(channelB));
        Assert.Same(a, limiter.GetBucket(channelA));

        using var response = new HttpResponseMessage();
        response.Headers.Add("X-RateLimit-Bucket", "shared-hash");
        response.Headers.Add("X-RateLimit-Remaining", "0");
        response.Headers.Add("X-RateLimit-Reset-After", "2.5");
        limiter.Apply(channelA, a, response.Headers);

        Assert.Same(a, limiter.GetBucket(channelA)); // promoted under the hash, state kept
        Assert.Equal(TimeSpan.FromSeconds(2.5), a.DelayNeeded());
        Assert.Equal(TimeSpan.Zero, limiter.GetBucket(channelB).DelayNeeded()); // same hash, other channel: independent
        time.Advance(TimeSpan.FromSeconds(2.5));
        Assert.Equal(TimeSpan.Zero, a.DelayNeeded());
    }

    [Fact]
    public void GlobalPause_AppliesToBotRoutes_NotToInteractionRoutes_UnlessAllTrafficIsPaused()
    {
        var time = new FakeTimeProvider();
        var limiter = new RestRateLimiter(RestPolicy.Default, time);
        var message = RestRoute.CreateMessage(1);
        var callback = RestRoute.InteractionCallback(2, "t");

        limiter.PauseGlobal(TimeSpan.FromSeconds(3));
        Assert.Equal(TimeSpan.FromSeconds(3), limiter.PauseFor(message));
        Assert.Equal(TimeSpan.Zero, limiter.PauseFor(callback));

        limiter.PauseAllTraffic(TimeSpan.FromSeconds(10));
        Assert.Equal(TimeSpan.FromSeconds(10), limiter.PauseFor(callback));
        Assert.Equal(TimeSpan.FromSeconds(10), limiter.PauseFor(message));
    }

    [Fact]
    public void Session_TracksTheLastSequence_AndRefusesReplays()
    {
        var session = new GatewaySession();
        Assert.Null(session.Sequence);
        Assert.False(session.CanResume);

        Assert.True(session.TryAdvance(1));
        session.Start("s", "wss://resume");
        Assert.True(session.TryAdvance(5));
        Assert.False(session.TryAdvance(5));
        Assert.False(session.TryAdvance(3));
        Assert.True(session.CanResume);
        Assert.Equal(5, session.Sequence);

        session.Drop();
        Assert.Null(session.Sequence);
        Assert.Null(session.ResumeUrl);
        Assert.True(session.TryAdvance(1)); // a new session counts from 1 again
    }

    [Theory]
    [InlineData(4004, "Fatal")]
    [InlineData(4010, "Fatal")]
    [InlineData(4011, "Fatal")]
    [InlineData(4012, "Fatal")]
    [InlineData(4013, "Fatal")]
    [InlineData(4014, "Fatal")]
    [InlineData(4003, "Identify")]
    [InlineData(4006, "Identify")]
    [InlineData(4007, "Identify")]
    [InlineData(4009, "Identify")]
    [InlineData(4000, "Resume")]
    [InlineData(4001, "Resume")]
    [InlineData(4002, "Resume")]
    [InlineData(4005, "Resume")]
    [InlineData(4008, "Resume")]
    [InlineData(1000, "Resume")]
    [InlineData(1001, "Resume")]
    [InlineData(null, "Resume")]
    public void CloseCodes_AreClassifiedAsTheDocsSay(int? code, string action)
    {
        var expected = Enum.Parse<CloseAction>(action);
        Assert.Equal(expected, GatewayCloseCodes.Classify(code));
        Assert.Equal(expected == CloseAction.Fatal, code is { } c && GatewayCloseCodes.FatalSentence(c) is not null);
    }
}
