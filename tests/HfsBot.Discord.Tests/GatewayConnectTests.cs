using HfsBot.Discord.Gateway;
using HfsBot.Discord.Tests.Infrastructure;

namespace HfsBot.Discord.Tests;

/// <summary>Connecting: URL discovery, Hello before Identify, the Identify payload, READY bookkeeping, orderly stop.</summary>
public sealed class GatewayConnectTests
{
    [Fact]
    public async Task Run_AgainstFakeDiscord_DiscoversUrlIdentifiesAfterHelloAndBecomesReady()
    {
        await using var harness = await GatewayHarness.CreateAsync();
        harness.Fake.Script = async c =>
        {
            await Task.Delay(200); // Hello comes late: nothing may be sent before it
            await c.RunStandardSessionAsync(heartbeatMs: 10_000);
        };
        harness.Start();

        await Wait.UntilAsync(() => harness.Status.IsReady, because: "READY");
        var connection = harness.Fake.Connections.Single();
        Assert.Equal("/gw", connection.Path);
        Assert.Equal("?v=10&encoding=json", connection.Query);
        var discovery = harness.Fake.Requests[0];
        Assert.Equal("/gateway/bot", discovery.Path);
        Assert.Equal($"Bot {FakeDiscord.Token}", discovery.Authorization);
        Assert.StartsWith("DiscordBot (https://github.com/hfsbot/hfsbot, ", discovery.UserAgent, StringComparison.Ordinal);

        var identify = connection.Frames[0];
        Assert.Equal(2, identify.Op);
        Assert.True(identify.At >= connection.OpenedAt + TimeSpan.FromMilliseconds(150), "Identify must wait for Hello");
        var d = identify.D!;
        Assert.Equal(FakeDiscord.Token, (string?)d["token"]);
        Assert.Equal(4609, (int?)d["intents"]);
        Assert.Equal("hfsbot", (string?)d["properties"]!["browser"]);
        Assert.Equal("hfsbot", (string?)d["properties"]!["device"]);
        Assert.False(string.IsNullOrEmpty((string?)d["properties"]!["os"]));
        Assert.Null(d["compress"]);

        Assert.Equal(FakeDiscord.BotUserId, harness.Status.BotUserId!.Value.Value);
        Assert.Equal(FakeDiscord.ApplicationId, harness.Status.ApplicationId!.Value.Value);
        Assert.True(harness.Status.IsConnected);
        await Wait.UntilAsync(() => harness.Events.Of<ReadyEvent>().Count == 1, because: "the READY handler");
        Assert.Equal(connection.SessionId, harness.Events.Of<ReadyEvent>()[0].Ready.SessionId);
    }

    [Fact]
    public async Task Identify_WithAutoAnswerChannels_RequestsMessageContent()
    {
        await using var harness = await GatewayHarness.CreateAsync(configure: (c, _) => c["Discord:AutoAnswerChannelIds:0"] = "123456789012345678");
        harness.Start();

        await Wait.UntilAsync(() => harness.Status.IsReady);
        Assert.Equal(37377, (int?)harness.Fake.AllFrames.First(f => f.Op == 2).D!["intents"]);
    }

    [Fact]
    public async Task Stop_WhileConnected_ClosesWith1000AndReturnsPromptly()
    {
        await using var harness = await GatewayHarness.CreateAsync();
        harness.Start();
        await Wait.UntilAsync(() => harness.Status.IsReady);

        var started = DateTime.UtcNow;
        await harness.StopAsync(TimeSpan.FromSeconds(3));

        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(2), "stop must be prompt");
        var connection = harness.Fake.Connections.Single();
        await connection.Completion.WaitAsync(TimeSpan.FromSeconds(2));
        Assert.Equal(1000, connection.ClientCloseStatus);
        Assert.False(harness.Status.IsConnected);
        Assert.Single(harness.Fake.Connections);
    }

    [Fact]
    public async Task ConfiguredGatewayUrl_IsUsedInsteadOfTheDiscoveredOne()
    {
        await using var harness = await GatewayHarness.CreateAsync(configure: (c, fake) => c["Discord:GatewayUrl"] = fake.ResumeUrl);
        harness.Start();

        var connection = await harness.Fake.NextConnectionAsync();
        Assert.Equal("/resume", connection.Path); // the override, not the discovered /gw
        Assert.Equal("?v=10&encoding=json", connection.Query);
    }

    [Fact]
    public async Task EmptyGatewayUrl_MeansDiscovered_AndADiscoveredUrlThatFailsIsFetchedAgain()
    {
        // Discord__GatewayUrl= in the environment binds as "", not null.
        await using var harness = await GatewayHarness.CreateAsync(configure: (c, _) => c["Discord:GatewayUrl"] = "");
        var discoveries = 0;
        harness.Fake.Rest = r => r.Path == "/gateway/bot" && Interlocked.Increment(ref discoveries) == 1
            ? FakeResponse.Json(200, $$$"""
                {"url": "ws://127.0.0.1:{{{harness.Fake.Port}}}/gone", "shards": 1,
                 "session_start_limit": {"total": 1000, "remaining": 1000, "reset_after": 0, "max_concurrency": 1}}
                """)
            : null;
        harness.Start();

        var connection = await harness.Fake.NextConnectionAsync(); // /gone answers 404: only a fresh URL gets here
        Assert.Equal("/gw", connection.Path);
        Assert.True(discoveries >= 2);
        await Wait.UntilAsync(() => harness.Status.IsReady);
    }

    [Theory]
    [InlineData("wss://gateway.discord.gg", "wss://gateway.discord.gg/?v=10&encoding=json")]
    [InlineData("wss://gateway.discord.gg/", "wss://gateway.discord.gg/?v=10&encoding=json")]
    [InlineData("wss://gateway-us-east1-b.discord.gg", "wss://gateway-us-east1-b.discord.gg/?v=10&encoding=json")]
    [InlineData("ws://127.0.0.1:5000/resume?v=9&compress=zlib-stream", "ws://127.0.0.1:5000/resume?v=10&encoding=json")]
    [InlineData("ws://127.0.0.1:5000/gw?x=1", "ws://127.0.0.1:5000/gw?x=1&v=10&encoding=json")]
    public void BuildGatewayUri_AddsVersionAndEncoding(string input, string expected) =>
        Assert.Equal(expected, GatewayClient.BuildGatewayUri(input).ToString());
}
