using HfsBot.Discord.Gateway;
using HfsBot.Discord.Tests.Infrastructure;

namespace HfsBot.Discord.Tests;

/// <summary>Failure mode 2 (heartbeat starvation and timing) and failure mode 1 (zombied connections).</summary>
public sealed class GatewayHeartbeatTests
{
    [Fact]
    public async Task Heartbeat_BeforeAnyDispatch_CarriesNull_ThenTheLastSequence()
    {
        await using var harness = await GatewayHarness.CreateAsync(jitter: () => 0.1);
        var afterDispatch = new TaskCompletionSource<RecordedFrame?>();
        harness.Fake.Script = async c =>
        {
            await c.SendHelloAsync(150);
            await c.NextOpAsync(2);
            var early = await c.NextOpAsync(1); // no dispatch yet
            Assert.NotNull(early);
            Assert.Null(early.D);
            Assert.Contains("\"d\":null", early.Json.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
            await c.SendReadyAsync(sequence: 1);
            await c.SendMessageCreateAsync(7, "334385199974967042");
            var seen = await c.NextAsync(f => f.Op == 1 && (long?)f.D == 7, TimeSpan.FromSeconds(2));
            afterDispatch.SetResult(seen);
        };
        harness.Start();

        var frame = await afterDispatch.Task.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.NotNull(frame);
        Assert.Equal(7, harness.Client.LastSequence);
        Assert.Null(harness.Fake.Connections[0].ScriptError);
    }

    [Fact]
    public async Task FirstBeat_WaitsIntervalTimesJitter_ThenBeatsEveryInterval()
    {
        await using var harness = await GatewayHarness.CreateAsync(jitter: () => 0.5);
        var helloAt = TimeSpan.Zero;
        harness.Fake.Script = async c =>
        {
            helloAt = harness.Fake.Elapsed;
            await c.RunStandardSessionAsync(heartbeatMs: 400);
        };
        harness.Start();

        await Wait.UntilAsync(() => harness.Fake.Connections.Count == 1 && harness.Fake.Connections[0].Heartbeats.Count >= 4, TimeSpan.FromSeconds(5), "four heartbeats");
        var beats = harness.Fake.Connections[0].Heartbeats;
        var first = beats[0].At - helloAt;
        Assert.InRange(first.TotalMilliseconds, 150, 450); // 400 ms x 0.5 = 200 ms, not immediate
        for (var i = 1; i < 4; i++)
        {
            Assert.InRange((beats[i].At - beats[i - 1].At).TotalMilliseconds, 250, 650);
        }
    }

    [Fact]
    public void FirstBeatDelay_Over100Draws_IsSpreadOverTheWholeInterval()
    {
        var interval = TimeSpan.FromMilliseconds(41_250);
        var delays = Enumerable.Range(0, 100).Select(_ => GatewayConnection.FirstBeatDelay(interval, JitterSource.Shared)).ToList();

        Assert.All(delays, d => Assert.InRange(d, TimeSpan.Zero, interval - TimeSpan.FromTicks(1)));
        var deciles = delays.Select(d => (int)(d / interval * 10)).Distinct().Count();
        Assert.True(deciles >= 7, $"100 jittered delays should cover most of the interval; they hit {deciles} of 10 deciles");
        Assert.True(delays.Min() < interval * 0.15 && delays.Max() > interval * 0.85, "neither bunched early nor late");
    }

    [Fact]
    public void FirstBeatDelay_UsesTheInjectedRandomSource()
    {
        Assert.Equal(TimeSpan.FromMilliseconds(250), GatewayConnection.FirstBeatDelay(TimeSpan.FromSeconds(1), new JitterSource(() => 0.25)));
        Assert.Equal(TimeSpan.Zero, GatewayConnection.FirstBeatDelay(TimeSpan.FromSeconds(1), new JitterSource(() => -3)));
        Assert.True(GatewayConnection.FirstBeatDelay(TimeSpan.FromSeconds(1), new JitterSource(() => 1.0)) < TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task ServerHeartbeatRequest_IsAnsweredAtOnce_WithTheLastSequence()
    {
        // A long interval and late first beat: any heartbeat seen is the answer to op 1.
        await using var harness = await GatewayHarness.CreateAsync(jitter: () => 0.99);
        var answers = new List<TimeSpan>();
        var done = new TaskCompletionSource();
        harness.Fake.Script = async c =>
        {
            await c.RunStandardSessionAsync(heartbeatMs: 30_000);
            await Task.Delay(100);
            for (var i = 0; i < 5; i++)
            {
                var sentAt = harness.Fake.Elapsed;
                await c.SendOpAsync(1, null);
                var beat = await c.NextOpAsync(1, TimeSpan.FromSeconds(2));
                Assert.NotNull(beat);
                Assert.Equal(1, (long?)beat.D);
                answers.Add(beat.At - sentAt);
            }

            done.SetResult();
        };
        harness.Start();

        await done.Task.WaitAsync(TimeSpan.FromSeconds(10));
        var sorted = answers.OrderBy(a => a).ToList();
        // "At once", not on the next scheduled beat 30 s away; loose enough for a busy CI machine.
        Assert.True(sorted[2] < TimeSpan.FromMilliseconds(250), $"median answer to op 1 took {sorted[2].TotalMilliseconds} ms");
        Assert.True(sorted[^1] < TimeSpan.FromMilliseconds(1500), $"slowest answer to op 1 took {sorted[^1].TotalMilliseconds} ms");
    }

    [Fact]
    public async Task SlowHandler_DoesNotDelayHeartbeatsOrOtherEvents()
    {
        await using var harness = await GatewayHarness.CreateAsync(jitter: () => 0.1);
        harness.Events.Behaviour = async (e, ct) =>
        {
            if (e is MessageCreateEvent { Message.Content: "slow" })
            {
                await Task.Delay(TimeSpan.FromSeconds(5), ct);
            }
        };
        TimeSpan fastSentAt = default;
        harness.Fake.Script = async c =>
        {
            await c.RunStandardSessionAsync(heartbeatMs: 200);
            await c.SendMessageCreateAsync(c.NextSequence(), "1", "slow");
            await Task.Delay(50);
            fastSentAt = harness.Fake.Elapsed;
            await c.SendMessageCreateAsync(c.NextSequence(), "2", "fast");
        };
        harness.Start();

        // The slow handler holds its event for 5 s: anything it blocked would be 5 s late. The limits below are far
        // from that yet loose enough for a busy CI machine, where timers can fire a few hundred milliseconds late.
        await Wait.UntilAsync(() => harness.Events.Of<MessageCreateEvent>().Any(m => m.Message.Content == "fast"), TimeSpan.FromSeconds(3.5), "the fast event while the slow handler runs");
        var connection = harness.Fake.Connections[0];
        var start = harness.Fake.Elapsed;
        await Wait.UntilAsync(() => harness.Fake.Elapsed - start > TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4));
        var beats = connection.Heartbeats.Where(b => b.At > fastSentAt).ToList();
        Assert.True(beats.Count >= 5, $"only {beats.Count} heartbeats in 2 s with a 200 ms interval");
        var worstGap = beats.Zip(beats.Skip(1), (a, b) => b.At - a.At).Max();
        Assert.True(worstGap < TimeSpan.FromMilliseconds(1500), $"a heartbeat gap of {worstGap.TotalMilliseconds} ms while a handler was busy");
        Assert.DoesNotContain(harness.Events.Of<MessageCreateEvent>(), m => m.Message.Content == "slow");
        Assert.Single(harness.Fake.Connections);
    }

    [Fact]
    public async Task Zombie_NoAckBetweenBeats_ClosesWithoutKillingTheSessionAndResumes()
    {
        await using var harness = await GatewayHarness.CreateAsync(jitter: () => 0.1);
        harness.Fake.Script = async c =>
        {
            if (c.Index == 0)
            {
                await c.SendHelloAsync(200);
                await c.NextOpAsync(2);
                await c.SendReadyAsync(sequence: 1);
                await c.SendMessageCreateAsync(2, "10");
                await c.NextOpAsync(1); // the first beat is ACKed automatically...
                c.AutoAck = false; // ...and then Discord goes silent
                return;
            }

            await c.RunStandardSessionAsync(heartbeatMs: 200);
        };
        harness.Start();

        // Both from the channel, in order: it yields every connection exactly once.
        var zombie = await harness.Fake.NextConnectionAsync();
        var resumed = await harness.Fake.NextConnectionAsync(TimeSpan.FromSeconds(3));
        Assert.NotNull(zombie.ClientCloseStatus);
        Assert.NotEqual(1000, zombie.ClientCloseStatus);
        Assert.NotEqual(1001, zombie.ClientCloseStatus);
        var silentSince = zombie.Heartbeats[0].At;
        // Two beats of 200 ms, plus slack for a busy machine: without zombie detection the connection would never end.
        Assert.True(zombie.EndedAt - silentSince < TimeSpan.FromMilliseconds(200 * 2 + 1200), "the zombie is noticed on the next beat after an un-ACKed one");

        Assert.Equal("/resume", resumed.Path);
        var first = await resumed.FirstFrameAsync(f => f.Op != 1, TimeSpan.FromSeconds(2));
        Assert.Equal(6, first?.Op);
        Assert.Equal(2, (long?)first!.D!["seq"]);
        Assert.Equal(zombie.SessionId, (string?)first.D["session_id"]);

        // ACK state was reset by the new Hello: heartbeats go on and nothing reconnects again.
        await Wait.UntilAsync(() => resumed.Heartbeats.Count >= 4, TimeSpan.FromSeconds(3), "heartbeats on the resumed connection");
        Assert.Equal(2, harness.Fake.Connections.Count);
        Assert.True(harness.Status.IsReady);
    }
}
