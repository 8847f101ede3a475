using System.Net.WebSockets;
using System.Text;
using HfsBot.Discord.Tests.Infrastructure;

namespace HfsBot.Discord.Tests;

/// <summary>
/// The fake must be as strict as Discord, or the client tests prove little: a raw WebSocket sends what Discord
/// rejects, and the fake must close with the documented code.
/// </summary>
public sealed class FakeDiscordTests
{
    private const string Identify = """{"op": 2, "d": {"token": "TOKEN", "intents": 4609, "properties": {"os": "linux", "browser": "x", "device": "x"}}}""";

    public static TheoryData<string[], int> Violations => new()
    {
        { [new string(' ', 4000) + Identify.Replace("TOKEN", FakeDiscord.Token, StringComparison.Ordinal) + new string(' ', 200)], 4002 }, // over 4096 bytes
        { ["{not json"], 4002 },
        { ["""{"d": {}}"""], 4001 },
        { ["""{"op": 5, "d": {}}"""], 4001 },
        { ["""{"op": 3, "d": {"since": null, "activities": [], "status": "online", "afk": false}}"""], 4003 },
        { [Identify.Replace("TOKEN", "wrong", StringComparison.Ordinal)], 4004 },
        { [Identify.Replace("TOKEN", FakeDiscord.Token, StringComparison.Ordinal).Replace("\"intents\": 4609, ", "", StringComparison.Ordinal)], 4013 }, // no intents
        { [Identify.Replace("TOKEN", FakeDiscord.Token, StringComparison.Ordinal), Identify.Replace("TOKEN", FakeDiscord.Token, StringComparison.Ordinal)], 4005 },
    };

    [Theory]
    [MemberData(nameof(Violations))]
    public async Task Gateway_ClosesWithTheDocumentedCode(string[] frames, int expected)
    {
        await using var fake = await FakeDiscord.StartAsync();
        fake.Script = c => c.SendHelloAsync(45_000);
        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri(fake.GatewayUrl + "?v=10&encoding=json"), CancellationToken.None);

        foreach (var frame in frames)
        {
            await socket.SendAsync(Encoding.UTF8.GetBytes(frame), WebSocketMessageType.Text, true, CancellationToken.None);
        }

        var buffer = new byte[4096];
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer, timeout.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                Assert.Equal(expected, (int?)socket.CloseStatus);
                await socket.CloseOutputAsync(socket.CloseStatus!.Value, null, CancellationToken.None); // complete the handshake
                return;
            }
        }
    }

    [Fact]
    public async Task Rest_RejectsAMissingTokenAndUserAgent()
    {
        await using var fake = await FakeDiscord.StartAsync();
        using var http = new HttpClient();

        using var anonymous = await http.GetAsync(new Uri(fake.ApiBaseUrl + "/gateway/bot"));
        using var request = new HttpRequestMessage(HttpMethod.Get, fake.ApiBaseUrl + "/gateway/bot");
        request.Headers.TryAddWithoutValidation("Authorization", $"Bot {FakeDiscord.Token}");
        using var noUserAgent = await http.SendAsync(request);

        Assert.Equal(401, (int)anonymous.StatusCode);
        Assert.Equal(400, (int)noUserAgent.StatusCode);
    }
}
