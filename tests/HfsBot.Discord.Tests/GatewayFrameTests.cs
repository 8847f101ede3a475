using HfsBot.Discord.Gateway;
using HfsBot.Discord.Tests.Infrastructure;

namespace HfsBot.Discord.Tests;

/// <summary>Frames in both directions: fragmentation, malformed input, the 4096-byte limit, one writer, the send budget, handler isolation.</summary>
public sealed class GatewayFrameTests
{
    private static Func<FakeGatewayConnection, Task> Session(Func<FakeGatewayConnection, Task> then, int heartbeatMs = 10_000) => async c =>
    {
        await c.RunStandardSessionAsync(heartbeatMs);
        await then(c);
    };

    [Fact]
    public async Task FragmentedOneMegabyteDispatch_IsReassembledAndDelivered()
    {
        await using var harness = await GatewayHarness.CreateAsync();
        var content = new string('x', 1024 * 1024);
        harness.Fake.Script = Session(async c =>
        {
            var message = DiscordData.Node("messages/message-object.example.json");
            message["content"] = content;
            var json = $$"""{"op": 0, "t": "MESSAGE_CREATE", "s": 2, "d": {{message.ToJsonString()}}}""";
            await c.SendAsync(json, fragmentSize: 4096); // 257 WebSocket frames for one message
        });
        harness.Start();

        await Wait.UntilAsync(() => harness.Events.Of<MessageCreateEvent>().Count == 1, TimeSpan.FromSeconds(5), "the 1 MB message");
        Assert.Equal(content.Length, harness.Events.Of<MessageCreateEvent>()[0].Message.Content!.Length);
        Assert.Equal(2, harness.Client.LastSequence);
        Assert.Single(harness.Fake.Connections);
    }

    [Fact]
    public async Task MalformedPayloads_AreLoggedAndSkipped_AndTheNextEventIsHandled()
    {
        await using var harness = await GatewayHarness.CreateAsync();
        harness.Fake.Script = Session(async c =>
        {
            await c.SendAsync("{not json");
            await c.SendAsync("[1, 2, 3]");
            await c.SendAsync("""{"op": "zero", "d": {}}""");
            await c.SendAsync("""{"d": {}, "t": "MESSAGE_CREATE"}""");
            await c.SendAsync("""{"op": 0, "t": "MESSAGE_CREATE", "s": "two", "d": {}}""");
            await c.SendAsync("""{"op": 0, "t": "TYPING_START", "s": 2, "d": {"unterminated": [1, 2}}"""); // unhandled, still reported
            await c.SendDispatchAsync("MESSAGE_CREATE", 2, """{"id": {"not": "a snowflake"}, "channel_id": "1"}""");
            await c.SendDispatchAsync("MESSAGE_CREATE", 3, "\"just a string\"");
            await c.SendDispatchAsync("MESSAGE_CREATE", 4, "null");
            await c.SendDispatchAsync("MESSAGE_CREATE", 5, """{"channel_id": "1"}"""); // no id
            await c.SendDispatchAsync("INTERACTION_CREATE", 6, """{"id": "1", "type": 2}"""); // no token
            await c.SendDispatchAsync("SOMETHING_NEW", 7, """{"whatever": true}""");
            await c.SendOpAsync(42, """{"future": "opcode"}""");
            await c.SendMessageCreateAsync(8, "334385199974967042");
        });
        harness.Start();

        await Wait.UntilAsync(() => harness.Events.Of<MessageCreateEvent>().Count == 1, TimeSpan.FromSeconds(5), "the valid message");
        await Task.Delay(100);
        Assert.Single(harness.Events.Of<MessageCreateEvent>());
        Assert.Empty(harness.Events.Of<InteractionCreateEvent>());
        Assert.Equal(334385199974967042UL, harness.Events.Of<MessageCreateEvent>()[0].Message.Id.Value);
        Assert.Equal(8, harness.Client.LastSequence);
        Assert.Single(harness.Fake.Connections); // nothing malformed cost the connection
        Assert.True(harness.Logs.Count(510) >= 6, "malformed frames are logged");
        Assert.True(harness.Logs.Count(516) >= 5, "malformed dispatches are logged");
    }

    [Fact]
    public async Task BinaryAndOversizedMessages_AreLoggedAndSkipped_OnTheSameConnection()
    {
        // A small limit stands in for the 64 MB default: the logic is the same.
        await using var harness = await GatewayHarness.CreateAsync(GatewayHarness.FastTimings with { MaxInboundMessageBytes = 64 * 1024 });
        harness.Fake.Script = Session(async c =>
        {
            await c.SendBinaryAsync([0x78, 0x9c, 0x01, 0x02, 0x03]); // what a zlib-compressed frame would start with
            var huge = DiscordData.Node("messages/message-object.example.json");
            huge["content"] = new string('x', 100 * 1024);
            await c.SendAsync($$"""{"op": 0, "t": "MESSAGE_CREATE", "s": 2, "d": {{huge.ToJsonString()}}}""", fragmentSize: 16 * 1024);
            await c.SendMessageCreateAsync(3, "334385199974967042");
        });
        harness.Start();

        await Wait.UntilAsync(() => harness.Events.Of<MessageCreateEvent>().Count == 1, TimeSpan.FromSeconds(5), "the valid message");
        Assert.Equal("334385199974967042", harness.Events.Of<MessageCreateEvent>()[0].Message.Id.ToString());
        Assert.True(harness.Logs.Contains(505), "binary message logged");
        Assert.True(harness.Logs.Contains(504), "oversized message logged");
        Assert.Single(harness.Fake.Connections); // skipped, not a reason to reconnect
    }

    /// <summary>
    /// A gateway with one handler slot and one queue slot whose READY handler does not return until
    /// <c>release</c> is set: what follows READY has to wait in the queue.
    /// </summary>
    private static async Task<(GatewayHarness Harness, TaskCompletionSource ReadyHandled, TaskCompletionSource Release)> OneSlotWithReadyStuckAsync()
    {
        var harness = await GatewayHarness.CreateAsync(GatewayHarness.FastTimings with { DispatchQueueCapacity = 1, MaxConcurrentHandlers = 1 });
        var readyHandled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        harness.Events.Behaviour = async (e, ct) =>
        {
            if (e is ReadyEvent)
            {
                readyHandled.TrySetResult();
                await release.Task.WaitAsync(ct);
            }
        };
        return (harness, readyHandled, release);
    }

    [Fact]
    public async Task UnhandledEvents_AreDroppedBeforeTheQueue_SoTheyCannotCrowdOutHandledOnes()
    {
        // One handler slot and one queue slot: with READY's handler stuck, unhandled events would fill the queue.
        var (harness, readyHandled, release) = await OneSlotWithReadyStuckAsync();
        await using var _ = harness;
        harness.Fake.Script = Session(async c =>
        {
            await readyHandled.Task;
            for (var sequence = 2; sequence <= 6; sequence++)
            {
                await c.SendDispatchAsync("TYPING_START", sequence, """{"channel_id": "1", "user_id": "2", "timestamp": 1}""");
            }

            await c.SendMessageCreateAsync(7, "334385199974967042");
        });
        harness.Start();

        await Wait.UntilAsync(() => harness.Client.LastSequence == 7, because: "every dispatch was read");
        release.SetResult();

        await Wait.UntilAsync(() => harness.Events.Of<MessageCreateEvent>().Count == 1, because: "the message behind the unhandled events");
        Assert.False(harness.Logs.Contains(560), "nothing was dropped for a full queue");
    }

    [Fact]
    public async Task FullDispatchQueue_DropsAndLogsTheOverflow_WithoutStallingTheConnection()
    {
        // One handler slot and one queue slot, and READY's handler stuck: of four messages, those that do not fit
        // are dropped and logged. The receive loop must keep reading all the same, and later events get through.
        var (harness, readyHandled, release) = await OneSlotWithReadyStuckAsync();
        await using var _ = harness;
        var sendLater = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        harness.Fake.Script = Session(async c =>
        {
            await readyHandled.Task;
            for (var sequence = 2; sequence <= 5; sequence++)
            {
                await c.SendMessageCreateAsync(sequence, $"100000000000000000{sequence}");
            }

            await sendLater.Task;
            await c.SendMessageCreateAsync(6, "1000000000000000006");
        });
        harness.Start();

        await Wait.UntilAsync(() => harness.Client.LastSequence == 5 && harness.Logs.Count(560) >= 1, because: "every dispatch was read while the handler was stuck, and the overflow dropped");
        release.SetResult();

        // Every message was either handled or dropped with a log line: none was lost silently.
        await Wait.UntilAsync(() => harness.Events.Of<MessageCreateEvent>().Count + harness.Logs.Count(560) == 4, because: "the messages that fitted");
        Assert.InRange(harness.Logs.Count(560), 1, 3); // the queue holds one, the dispatcher may hold one more waiting for a slot

        // Once the queue has room again, events get through as before.
        sendLater.SetResult();
        await Wait.UntilAsync(() => harness.Events.Of<MessageCreateEvent>().Any(e => e.Message.Id.ToString() == "1000000000000000006"), because: "the later message");
        Assert.Single(harness.Fake.Connections);
    }

    [Fact]
    public async Task AckWithoutD_HelloWithoutSAndT_AndExplicitNulls_AreAccepted()
    {
        await using var harness = await GatewayHarness.CreateAsync(jitter: () => 0);
        harness.Fake.Script = async c =>
        {
            await c.SendAsync(DiscordData.Text("gateway/op10-hello.json").Replace("45000", "150", StringComparison.Ordinal)); // published: no s, no t
            await c.NextOpAsync(2);
            await c.SendReadyAsync(sequence: 1);
            await c.SendAsync("""{"op": 11, "d": null, "s": null, "t": null}""");
            await c.SendAsync("""{"op": 0, "t": "MESSAGE_CREATE", "s": null, "d": {"id": "5", "channel_id": "6", "type": 0, "unknown_future_field": [1, 2]}}""");
        };
        harness.Start();

        await Wait.UntilAsync(() => harness.Events.Of<MessageCreateEvent>().Count == 1, because: "a dispatch with s null");
        Assert.Equal(1, harness.Client.LastSequence); // s null does not change the sequence
        await Wait.UntilAsync(() => harness.Status.LastHeartbeatAckAt is not null, because: "a heartbeat ACK");
    }

    [Fact]
    public async Task PayloadOver4096Bytes_IsRefusedAndNeverSent()
    {
        await using var harness = await GatewayHarness.CreateAsync();
        harness.Start();
        await Wait.UntilAsync(() => harness.Status.IsReady);

        var huge = new PresenceUpdate { Activities = [new PresenceActivity { Name = "FAQ", Type = 4, State = new string('a', 5000) }] };
        await Assert.ThrowsAsync<GatewayPayloadTooLargeException>(() => harness.Client.UpdatePresenceAsync(huge, CancellationToken.None));
        var fits = new PresenceUpdate { Activities = [new PresenceActivity { Name = "FAQ", Type = 4, State = "Answering HFS questions" }] };
        await harness.Client.UpdatePresenceAsync(fits, CancellationToken.None);

        var connection = harness.Fake.Connections[0];
        var presence = await connection.FirstFrameAsync(f => f.Op == 3);
        Assert.NotNull(presence);
        Assert.Null((long?)presence.D!["since"]);
        Assert.Contains("\"since\":null", presence.Json, StringComparison.Ordinal); // required by the docs, even when null
        Assert.True(harness.Fake.AllFrames.Max(f => f.Size) <= 4096);
        Assert.Null(connection.ServerCloseStatus);
        Assert.True(harness.Logs.Contains(525));
    }

    [Fact]
    public async Task ConcurrentSenders_AreSerialisedThroughOneWriter()
    {
        await using var harness = await GatewayHarness.CreateAsync(jitter: () => 0);
        // Heartbeats every 100 ms compete with the senders (shorter, and a loaded CI machine can delay the fake's
        // ACK past the next beat, which rightly counts as a zombie connection).
        harness.Fake.Script = Session(_ => Task.CompletedTask, heartbeatMs: 100);
        harness.Start();
        await Wait.UntilAsync(() => harness.Status.IsReady);

        var updates = Enumerable.Range(0, 40).Select(i => Task.Run(() => harness.Client.UpdatePresenceAsync(
            new PresenceUpdate { Activities = [new PresenceActivity { Name = "FAQ", Type = 4, State = $"update {i}" }] }, CancellationToken.None)));
        await Task.WhenAll(updates); // an overlapping SendAsync would throw InvalidOperationException here

        var connection = harness.Fake.Connections[0];
        await Wait.UntilAsync(() => connection.Frames.Count(f => f.Op == 3) == 40, because: "all 40 presence updates");
        await Wait.UntilAsync(() => connection.Heartbeats.Count >= 3, because: "heartbeats between the updates");
        Assert.Null(connection.ServerCloseStatus); // every frame decoded: no interleaved bytes
        Assert.Single(harness.Fake.Connections);
    }

    [Fact]
    public async Task SendBudget_HoldsSendsBeyondTheLimit_HeartbeatsStillGoOut()
    {
        var timings = GatewayHarness.FastTimings with { SendLimit = 10, HeartbeatReserve = 2, SendWindow = TimeSpan.FromMilliseconds(1500) };
        await using var harness = await GatewayHarness.CreateAsync(timings, jitter: () => 0);
        harness.Fake.Script = Session(_ => Task.CompletedTask, heartbeatMs: 800); // at most 2 beats per window: the reserve
        harness.Start();
        await Wait.UntilAsync(() => harness.Status.IsReady);

        var started = DateTime.UtcNow;
        for (var i = 0; i < 12; i++)
        {
            await harness.Client.UpdatePresenceAsync(new PresenceUpdate { Status = "online" }, CancellationToken.None);
        }

        // Identify took one slot: 7 presence updates fit in the first window, the other 5 wait for it to move on.
        Assert.True(DateTime.UtcNow - started >= TimeSpan.FromMilliseconds(1000), "sends beyond the budget must wait");

        // Arrival times at the fake, with slack for frames that a busy machine delivers late and in a bunch.
        var frames = harness.Fake.Connections[0].Frames.Where(f => f.Op is not null).ToList();
        foreach (var frame in frames)
        {
            var inWindow = frames.Count(f => f.At >= frame.At && f.At < frame.At + timings.SendWindow - TimeSpan.FromMilliseconds(400));
            Assert.True(inWindow <= timings.SendLimit, $"{inWindow} sends within one window");
        }

        await Wait.UntilAsync(() => harness.Fake.Connections[0].Heartbeats.Count >= 2, because: "heartbeats are never held back");
    }

    [Fact]
    public async Task HandlerException_IsLoggedAndTheGatewayCarriesOn()
    {
        await using var harness = await GatewayHarness.CreateAsync();
        harness.Events.Behaviour = (e, _) => e is MessageCreateEvent { Message.Content: "boom" }
            ? throw new InvalidOperationException("handler bug")
            : ValueTask.CompletedTask;
        harness.Fake.Script = Session(async c =>
        {
            await c.SendMessageCreateAsync(2, "1", "boom");
            await c.SendMessageCreateAsync(3, "2", "fine");
        });
        harness.Start();

        await Wait.UntilAsync(() => harness.Events.Of<MessageCreateEvent>().Count == 1, because: "the second message");
        await Wait.UntilAsync(() => harness.Logs.Contains(562), because: "the handler failure is logged");
        Assert.Contains(harness.Logs.Entries, e => e.EventId.Id == 562 && e.Exception is InvalidOperationException);
        Assert.Single(harness.Fake.Connections);
        Assert.True(harness.Status.IsReady);
    }

    [Fact]
    public async Task InteractionCreate_WithThePublishedSample_IsDeliveredTyped()
    {
        await using var harness = await GatewayHarness.CreateAsync();
        harness.Fake.Script = Session(c => c.SendDispatchAsync("INTERACTION_CREATE", 2, DiscordData.Text("interactions/interaction.application-command.message.json")));
        harness.Start();

        await Wait.UntilAsync(() => harness.Events.Of<InteractionCreateEvent>().Count == 1);
        var interaction = harness.Events.Of<InteractionCreateEvent>()[0].Interaction;
        Assert.Equal("UNIQUE_TOKEN", interaction.Token);
        Assert.Equal(867793854505943041UL, interaction.Data!.TargetId!.Value.Value);
        Assert.Equal("some message", interaction.Data.Resolved!.Messages![interaction.Data.TargetId.Value].Content);
    }
}
