using HfsBot.Discord.Gateway;
using HfsBot.Discord.Tests.Infrastructure;

namespace HfsBot.Discord.Tests;

/// <summary>
/// Failure modes 3 (resume loops), 4 (identify storms), 5 (fatal close codes), 6 (killing the session on reconnect)
/// and 7 (sequence and replay), plus op 7 and op 9.
/// </summary>
public sealed class GatewayReconnectTests
{
    /// <summary>A session on connection 0 (READY s=1, one message s=2), then <paramref name="end"/>; later connections behave normally.</summary>
    private static Func<FakeGatewayConnection, Task> SessionThen(Func<FakeGatewayConnection, Task> end, int heartbeatMs = 10_000) => async c =>
    {
        if (c.Index > 0)
        {
            await c.RunStandardSessionAsync(heartbeatMs);
            return;
        }

        await c.SendHelloAsync(heartbeatMs);
        await c.NextOpAsync(2);
        await c.SendReadyAsync(sequence: 1);
        await c.SendMessageCreateAsync(2, "11");
        await Task.Delay(50);
        await end(c);
    };

    /// <summary>
    /// A session on connection 0 that Discord closes with 4000; later connections answer a Resume with
    /// <paramref name="onResume"/> and an Identify with READY.
    /// </summary>
    private static Func<FakeGatewayConnection, Task> SessionThenResumesAnsweredWith(Func<FakeGatewayConnection, Task> onResume) => async c =>
    {
        if (c.Index == 0)
        {
            await SessionThen(x => x.CloseAsync(4000))(c);
            return;
        }

        await c.SendHelloAsync(10_000);
        var first = await c.NextAsync(f => f.Op is 2 or 6, TimeSpan.FromSeconds(5));
        if (first?.Op == 6)
        {
            await onResume(c);
            return;
        }

        await c.SendReadyAsync();
    };

    [Theory]
    [InlineData(4000)]
    [InlineData(4001)]
    [InlineData(4002)]
    [InlineData(4005)]
    [InlineData(4008)]
    public async Task ReconnectingCloseCode_ResumesOnTheResumeUrl(int closeCode)
    {
        await using var harness = await GatewayHarness.CreateAsync();
        harness.Fake.Script = SessionThen(c => c.CloseAsync(closeCode, "test"));
        harness.Start();

        await AssertResumedAsync(harness);
    }

    [Fact]
    public async Task DroppedTcpConnection_WithoutCloseFrame_Resumes()
    {
        await using var harness = await GatewayHarness.CreateAsync();
        harness.Fake.Script = SessionThen(c =>
        {
            c.Abort(); // the client sees 1006: no close code at all
            return Task.CompletedTask;
        });
        harness.Start();

        await AssertResumedAsync(harness);
    }

    [Fact]
    public async Task CloseFrameWithoutStatus_Resumes()
    {
        await using var harness = await GatewayHarness.CreateAsync();
        harness.Fake.Script = SessionThen(c => c.CloseWithoutStatusAsync());
        harness.Start();

        await AssertResumedAsync(harness);
    }

    [Theory]
    [InlineData(4003)]
    [InlineData(4007)]
    [InlineData(4009)]
    public async Task SessionEndingCloseCode_IdentifiesOnTheGatewayUrl(int closeCode)
    {
        await using var harness = await GatewayHarness.CreateAsync();
        harness.Fake.Script = SessionThen(c => c.CloseAsync(closeCode, "test"));
        harness.Start();

        var next = await harness.Fake.NextConnectionAsync();
        next = await harness.Fake.NextConnectionAsync();
        Assert.Equal("/gw", next.Path);
        var first = await next.FirstFrameAsync(f => f.Op != 1);
        Assert.Equal(2, first?.Op);
        await Wait.UntilAsync(() => harness.Status.SessionsStarted == 2, because: "a second READY");
        Assert.Equal(1, harness.Client.LastSequence); // counting restarted with the new session
        Assert.Equal(2, harness.Fake.Identifies);
    }

    public static TheoryData<int, string> FatalCodes => new()
    {
        { 4004, "Discord rejected the bot token (close code 4004): check Discord:Token; it may have been reset." },
        { 4010, "(close code 4010" },
        { 4011, "(close code 4011)" },
        { 4012, "(close code 4012)" },
        { 4013, "(close code 4013)" },
        { 4014, "Discord refused the Message Content intent (close code 4014): enable it for this bot in the Developer Portal (Bot > Privileged Gateway Intents), or remove Discord:AutoAnswerChannelIds." },
    };

    [Theory]
    [MemberData(nameof(FatalCodes))]
    public async Task FatalCloseCode_StopsReconnectingAndSurfacesOnePlainSentence(int closeCode, string expected)
    {
        await using var harness = await GatewayHarness.CreateAsync();
        harness.Fake.Script = async c =>
        {
            await c.SendHelloAsync(10_000);
            await c.NextOpAsync(2);
            await c.CloseAsync(closeCode, "fatal");
        };
        harness.Start();

        var error = await Assert.ThrowsAsync<DiscordFatalException>(() => harness.RunTask.WaitAsync(TimeSpan.FromSeconds(5)));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Equal(closeCode, error.CloseCode);
        Assert.DoesNotContain('\n', error.Message);
        Assert.EndsWith(".", error.Message, StringComparison.Ordinal);

        await Task.Delay(1000);
        Assert.Single(harness.Fake.Connections);
        Assert.Equal(1, harness.Fake.Identifies);
        Assert.False(harness.Status.IsConnected);
    }

    [Fact]
    public async Task Op7_AfterReady_ClosesWith4000AndResumes()
    {
        await using var harness = await GatewayHarness.CreateAsync();
        harness.Fake.Script = SessionThen(c => c.SendOpAsync(7));
        harness.Start();

        var (reconnected, old) = await AssertResumedAsync(harness);
        Assert.Equal(4000, old.ClientCloseStatus);
        Assert.Equal(2, (long?)(await reconnected.FirstFrameAsync(f => f.Op == 6))!.D!["seq"]);
    }

    [Fact]
    public async Task Op7_BeforeHello_OnTheFirstConnection_ClosesWith4000AndConnectsAgain()
    {
        await using var harness = await GatewayHarness.CreateAsync();
        harness.Fake.Script = async c =>
        {
            if (c.Index == 0)
            {
                await c.SendOpAsync(7); // "even before/in place of receiving a Hello"
                return;
            }

            await c.RunStandardSessionAsync();
        };
        harness.Start();

        await Wait.UntilAsync(() => harness.Status.IsReady, because: "READY on the second connection");
        var first = harness.Fake.Connections[0];
        await first.Completion.WaitAsync(TimeSpan.FromSeconds(2));
        Assert.Equal(4000, first.ClientCloseStatus);
        Assert.DoesNotContain(first.Frames, f => f.Op is not null); // nothing sent before Hello
        Assert.Equal(2, harness.Fake.Connections[1].Frames[0].Op); // no session yet: identify
    }

    [Fact]
    public async Task Op7_BeforeHello_OnAResumeConnection_ClosesWith4000AndResumesAgain()
    {
        await using var harness = await GatewayHarness.CreateAsync();
        harness.Fake.Script = async c =>
        {
            switch (c.Index)
            {
                case 0:
                    await SessionThen(x => x.CloseAsync(4000))(c);
                    break;
                case 1:
                    await c.SendOpAsync(7);
                    break;
                default:
                    await c.RunStandardSessionAsync();
                    break;
            }
        };
        harness.Start();

        await Wait.UntilAsync(() => harness.Status.Resumes == 1, because: "RESUMED on the third connection");
        var connections = harness.Fake.Connections;
        Assert.Equal("/resume", connections[1].Path);
        Assert.Equal(4000, connections[1].ClientCloseStatus);

        // The resume URL that just failed is not reused; the session still is.
        Assert.Equal("/gw", connections[2].Path);
        var resume = await connections[2].FirstFrameAsync(f => f.Op != 1);
        Assert.Equal(6, resume?.Op);
        Assert.Equal(2, (long?)resume!.D!["seq"]);
    }

    [Fact]
    public async Task InvalidSession_False_DropsTheSessionWaitsOneToFiveSecondsAndIdentifiesOnTheGatewayUrl()
    {
        // Jitter 0 picks the shortest allowed wait: 1 s.
        await using var harness = await GatewayHarness.CreateAsync(jitter: () => 0);
        harness.Fake.Script = SessionThen(c => c.SendOpAsync(9, "false"));
        harness.Start();

        var old = await harness.Fake.NextConnectionAsync();
        var next = await harness.Fake.NextConnectionAsync(TimeSpan.FromSeconds(8));
        var invalidatedAt = old.Frames.Max(f => f.At); // the client's close came right after op 9
        Assert.NotEqual(1000, old.ClientCloseStatus);
        Assert.NotEqual(1001, old.ClientCloseStatus);
        Assert.Equal("/gw", next.Path);
        Assert.InRange((next.OpenedAt - invalidatedAt).TotalSeconds, 0.95, 5.5);
        var identify = await next.FirstFrameAsync(f => f.Op != 1);
        Assert.Equal(2, identify?.Op);
        await Wait.UntilAsync(() => harness.Status.SessionsStarted == 2);
    }

    [Fact]
    public async Task InvalidSession_True_ResumesTheSession()
    {
        await using var harness = await GatewayHarness.CreateAsync();
        harness.Fake.Script = SessionThen(c => c.SendOpAsync(9, "true"));
        harness.Start();

        var (_, old) = await AssertResumedAsync(harness);
        Assert.NotEqual(1000, old.ClientCloseStatus);
    }

    [Fact]
    public async Task ResumeThatKeepsFailing_IsBoundedThenIdentifiesOnTheGatewayUrl()
    {
        await using var harness = await GatewayHarness.CreateAsync();
        harness.Fake.Script = SessionThenResumesAnsweredWith(c =>
        {
            c.Abort(); // every resume dies with 1006 (discord-api-docs#1619)
            return Task.CompletedTask;
        });
        harness.Start();

        await Wait.UntilAsync(() => harness.Status.SessionsStarted == 2, TimeSpan.FromSeconds(8), "a new session after the failed resumes");
        await Task.Delay(300);
        var connections = harness.Fake.Connections;
        var resumes = connections.Skip(1).Where(c => c.Frames.Any(f => f.Op == 6)).ToList();
        Assert.Equal(GatewayHarness.FastTimings.MaxResumeAttempts, resumes.Count);
        Assert.Equal("/resume", resumes[0].Path);
        Assert.All(resumes.Skip(1), c => Assert.Equal("/gw", c.Path)); // a resume URL is not reused after it failed
        var identify = connections[^1];
        Assert.Equal("/gw", identify.Path);
        Assert.Equal(2, identify.Frames[0].Op);
        Assert.Equal(resumes.Count + 2, connections.Count); // no further attempts
    }

    [Fact]
    public async Task ResumeAnsweredWithInvalidSession_IdentifiesAfterOneAttempt()
    {
        await using var harness = await GatewayHarness.CreateAsync(jitter: () => 0);
        harness.Fake.Script = SessionThenResumesAnsweredWith(c => c.SendOpAsync(9, "false")); // resumed too late
        harness.Start();

        await Wait.UntilAsync(() => harness.Status.SessionsStarted == 2, TimeSpan.FromSeconds(8), "a new session");
        var connections = harness.Fake.Connections;
        Assert.Equal(3, connections.Count);
        Assert.Equal(6, connections[1].Frames.First(f => f.Op != 1).Op); // jitter 0: a heartbeat may come first
        Assert.Equal("/gw", connections[2].Path);
        Assert.Equal(2, connections[2].Frames.First(f => f.Op != 1).Op);
    }

    [Fact]
    public async Task ReadyNeverComes_ReconnectsWithoutKillingTheSession()
    {
        var timings = GatewayHarness.FastTimings with { ReadyTimeout = TimeSpan.FromMilliseconds(600) };
        await using var harness = await GatewayHarness.CreateAsync(timings);
        harness.Fake.Script = async c =>
        {
            if (c.Index == 0)
            {
                await c.SendHelloAsync(10_000); // and then nothing: a degraded gateway
                return;
            }

            await c.RunStandardSessionAsync();
        };
        harness.Start();

        await Wait.UntilAsync(() => harness.Status.IsReady, TimeSpan.FromSeconds(5), "READY on the second connection");
        var first = harness.Fake.Connections[0];
        Assert.NotNull(first.ClientCloseStatus);
        Assert.NotEqual(1000, first.ClientCloseStatus);
        Assert.NotEqual(1001, first.ClientCloseStatus);
        Assert.True(first.EndedAt - first.OpenedAt >= TimeSpan.FromMilliseconds(550));
    }

    [Fact]
    public async Task Replay_AfterResume_CarriesTheLastSequenceAndDeliversEachEventOnce()
    {
        await using var harness = await GatewayHarness.CreateAsync();
        long? resumeSeq = null;
        harness.Fake.Script = async c =>
        {
            if (c.Index == 0)
            {
                await c.SendHelloAsync(10_000);
                await c.NextOpAsync(2);
                await c.SendReadyAsync(sequence: 1);
                for (var s = 2; s <= 5; s++)
                {
                    await c.SendMessageCreateAsync(s, $"10{s}");
                }

                await Task.Delay(100);
                await c.CloseAsync(4000, "test");
                return;
            }

            await c.SendHelloAsync(10_000);
            var resume = await c.NextOpAsync(6);
            resumeSeq = (long?)resume?.D?["seq"];
            await c.SendMessageCreateAsync(4, "104"); // an overlapping replay: already delivered
            await c.SendMessageCreateAsync(5, "105");
            await c.SendResumedAsync();
            await c.SendMessageCreateAsync(6, "106");
        };
        harness.Start();

        await Wait.UntilAsync(() => harness.Events.Of<MessageCreateEvent>().Any(m => m.Message.Id.Value == 106), because: "the event after RESUMED");
        await Task.Delay(200);
        Assert.Equal(5, resumeSeq);
        Assert.Equal(6, harness.Client.LastSequence);
        var ids = harness.Events.Of<MessageCreateEvent>().Select(m => m.Message.Id.Value).OrderBy(id => id).ToList();
        Assert.Equal([102UL, 103, 104, 105, 106], ids);
        Assert.Single(harness.Events.Of<ResumedEvent>());
    }

    [Fact]
    public async Task SessionStartLimit_IsRespected_IdentifiesAreSpacedAndStopWhenUsedUp()
    {
        var timings = GatewayHarness.FastTimings with { IdentifyWindow = TimeSpan.FromMilliseconds(500) };
        await using var harness = await GatewayHarness.CreateAsync(timings);
        harness.Fake.SessionStartRemaining = 3;
        harness.Fake.SessionStartResetAfterMs = 3_600_000;
        harness.Fake.Script = async c =>
        {
            await c.SendHelloAsync(10_000);
            await c.NextOpAsync(2);
            await c.CloseAsync(4000, "storm"); // every session dies before READY
        };
        harness.Start();

        await Wait.UntilAsync(() => harness.Logs.Contains(545), TimeSpan.FromSeconds(6), "the 'session starts used up' error");
        await Task.Delay(1000);
        Assert.Equal(3, harness.Fake.Identifies);
        var identifies = harness.Fake.AllFrames.Where(f => f.Op == 2).Select(f => f.At).ToList();
        var gaps = identifies.Zip(identifies.Skip(1), (a, b) => b - a).ToList();
        Assert.All(gaps, g => Assert.True(g >= TimeSpan.FromMilliseconds(480), $"identifies {g.TotalMilliseconds} ms apart"));
        Assert.Equal(3, harness.Fake.Connections.Count);
        Assert.False(harness.RunTask.IsCompleted); // waiting for the reset, not crashed
    }

    [Fact]
    public async Task ReconnectDelays_GrowWhileConnectionsFailBeforeReady()
    {
        var timings = GatewayHarness.FastTimings with { ReconnectBaseDelay = TimeSpan.FromMilliseconds(100), ReconnectJitter = 0 };
        await using var harness = await GatewayHarness.CreateAsync(timings);
        harness.Fake.Script = async c =>
        {
            await c.SendHelloAsync(10_000);
            await c.NextOpAsync(2);
            await c.CloseAsync(4000, "flapping");
        };
        harness.Start();

        await Wait.UntilAsync(() => harness.Fake.Connections.Count >= 5, TimeSpan.FromSeconds(6), "five attempts");
        var opened = harness.Fake.Connections.Take(5).Select(c => c.OpenedAt).ToList();
        var gaps = opened.Zip(opened.Skip(1), (a, b) => (b - a).TotalMilliseconds).ToList();
        Assert.True(gaps[1] > gaps[0] && gaps[2] > gaps[1] && gaps[3] > gaps[2], $"gaps should grow: {string.Join(", ", gaps)}");
        Assert.True(gaps[3] >= 750, $"the fourth wait should be about 800 ms (100 ms doubling), was {gaps[3]}");
    }

    [Fact]
    public async Task MalformedResumeUrl_IsIgnored_AndTheSessionResumesOnTheGatewayUrl()
    {
        await using var harness = await GatewayHarness.CreateAsync();
        harness.Fake.Script = async c =>
        {
            if (c.Index > 0)
            {
                await c.RunStandardSessionAsync();
                return;
            }

            await c.SendHelloAsync(10_000);
            await c.NextOpAsync(2);
            var id = harness.Fake.NewSessionId();
            var ready = new System.Text.Json.Nodes.JsonObject
            {
                ["v"] = 10,
                ["user"] = new System.Text.Json.Nodes.JsonObject { ["id"] = "1" },
                ["session_id"] = id,
                ["resume_gateway_url"] = "not a url",
                ["application"] = new System.Text.Json.Nodes.JsonObject { ["id"] = "2" },
            };
            await c.SendDispatchAsync("READY", 1, ready.ToJsonString());
            await Task.Delay(50);
            await c.CloseAsync(4000);
        };
        harness.Start();

        await Wait.UntilAsync(() => harness.Status.Resumes == 1, because: "RESUMED on the gateway URL");
        Assert.Equal("/gw", harness.Fake.Connections[1].Path);
        Assert.Equal(6, harness.Fake.Connections[1].Frames.First(f => f.Op != 1).Op);
    }

    [Fact]
    public async Task DiscoveredUrlThatFails_IsFetchedAgain()
    {
        await using var harness = await GatewayHarness.CreateAsync();
        var calls = 0;
        harness.Fake.Rest = request => request.Path == "/gateway/bot" && Interlocked.Increment(ref calls) == 1
            ? FakeResponse.Json(200, """{"url": "ws://127.0.0.1:9", "shards": 1, "session_start_limit": {"total": 1000, "remaining": 999, "reset_after": 1000, "max_concurrency": 1}}""")
            : null;
        harness.Start();

        await Wait.UntilAsync(() => harness.Status.IsReady, TimeSpan.FromSeconds(5), "READY after re-discovery");
        Assert.True(calls >= 2);
        Assert.Equal("/gw", harness.Fake.Connections.Single().Path);
    }

    private static async Task<(FakeGatewayConnection Resumed, FakeGatewayConnection Old)> AssertResumedAsync(GatewayHarness harness)
    {
        await Wait.UntilAsync(() => harness.Status.Resumes == 1, TimeSpan.FromSeconds(5), "RESUMED");
        var old = harness.Fake.Connections[0];
        var resumed = harness.Fake.Connections[1];
        await old.Completion.WaitAsync(TimeSpan.FromSeconds(2));
        if (old.ServerCloseStatus is null)
        {
            Assert.NotEqual(1000, old.ClientCloseStatus); // a close the client started must keep the session alive
            Assert.NotEqual(1001, old.ClientCloseStatus);
        }

        Assert.Equal("/resume", resumed.Path);
        Assert.Equal("?v=10&encoding=json", resumed.Query);
        var first = await resumed.FirstFrameAsync(f => f.Op != 1);
        Assert.Equal(6, first?.Op);
        Assert.Equal(old.SessionId, (string?)first!.D!["session_id"]);
        Assert.Equal(2, (long?)first.D["seq"]);
        Assert.Equal(FakeDiscord.Token, (string?)first.D["token"]);
        Assert.Equal(1, harness.Fake.Identifies);
        Assert.Equal(2, harness.Fake.Connections.Count);
        return (resumed, old);
    }
}
