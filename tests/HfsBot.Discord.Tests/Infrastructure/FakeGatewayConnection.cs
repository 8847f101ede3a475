using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http;

namespace HfsBot.Discord.Tests.Infrastructure;

/// <summary>A frame the client sent (or its close), with the time it arrived relative to the fake's start.</summary>
internal sealed record RecordedFrame(int Connection, string Path, TimeSpan At, int? Op, string Json, int Size)
{
    public JsonNode? Payload => Op is null ? null : JsonNode.Parse(Json);

    public JsonNode? D => Payload?["d"];
}

/// <summary>One gateway socket of the fake. Scripts drive it; the reader enforces Discord's documented rules.</summary>
internal sealed class FakeGatewayConnection : IDisposable
{
    private readonly FakeDiscord _owner;
    private readonly WebSocket _socket;
    private readonly HttpContext _http;
    private readonly Lock _requestLock = new();
    private bool _requestEnded;
    private readonly Stopwatch _clock;
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly Channel<RecordedFrame> _inbox = Channel.CreateUnbounded<RecordedFrame>();
    private readonly ConcurrentQueue<RecordedFrame> _frames = new();
    private readonly Queue<TimeSpan> _recentSends = new();
    private readonly TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _sequence;

    public FakeGatewayConnection(FakeDiscord owner, int index, string path, string? query, WebSocket socket, HttpContext http, Stopwatch clock)
    {
        _owner = owner;
        _socket = socket;
        _http = http;
        _clock = clock;
        Index = index;
        Path = path;
        Query = query;
        OpenedAt = clock.Elapsed;
    }

    public int Index { get; }

    public string Path { get; }

    public string? Query { get; }

    public TimeSpan OpenedAt { get; }

    /// <summary>Answer every heartbeat with op 11 (set false to simulate a zombie connection).</summary>
    public bool AutoAck { get; set; } = true;

    public bool Identified { get; private set; }

    public string? SessionId { get; private set; }

    /// <summary>The close code the client sent (also its echo of a server close), or null.</summary>
    public int? ClientCloseStatus { get; private set; }

    public bool ClientClosed { get; private set; }

    /// <summary>The socket went away without a close frame from the client.</summary>
    public bool Aborted { get; private set; }

    public int? ServerCloseStatus { get; private set; }

    public TimeSpan? EndedAt { get; private set; }

    public Exception? ScriptError { get; set; }

    public IReadOnlyList<RecordedFrame> Frames => [.. _frames];

    public Task Completion => _done.Task;

    public IReadOnlyList<RecordedFrame> Heartbeats => [.. _frames.Where(f => f.Op == 1)];

    /// <summary>The next client frame that matches, or null on timeout or when the socket ends.</summary>
    public async Task<RecordedFrame?> NextAsync(Func<RecordedFrame, bool>? predicate = null, TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(5));
        try
        {
            while (await _inbox.Reader.WaitToReadAsync(cts.Token))
            {
                while (_inbox.Reader.TryRead(out var frame))
                {
                    if (predicate?.Invoke(frame) ?? true)
                    {
                        return frame;
                    }
                }
            }
        }
        catch (OperationCanceledException)
        {
        }

        return null;
    }

    /// <summary>
    /// The first recorded frame that matches, waiting for it if need be. Unlike <see cref="NextAsync"/> this does not
    /// consume the script's inbox, so tests can look at frames a running script has already read.
    /// </summary>
    public async Task<RecordedFrame?> FirstFrameAsync(Func<RecordedFrame, bool> predicate, TimeSpan? timeout = null)
    {
        var limit = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(5));
        while (DateTime.UtcNow < limit)
        {
            if (_frames.FirstOrDefault(predicate) is { } frame)
            {
                return frame;
            }

            if (Completion.IsCompleted)
            {
                return _frames.FirstOrDefault(predicate);
            }

            await Task.Delay(10);
        }

        return null;
    }

    public Task<RecordedFrame?> NextOpAsync(int op, TimeSpan? timeout = null) => NextAsync(f => f.Op == op, timeout);

    /// <summary>Hello, then READY for an Identify or RESUMED for a Resume of a known session (op 9 false otherwise).</summary>
    public async Task RunStandardSessionAsync(int? heartbeatMs = null)
    {
        await SendHelloAsync(heartbeatMs);
        var first = await NextAsync(f => f.Op is 2 or 6, TimeSpan.FromSeconds(10));
        if (first is null)
        {
            return;
        }

        if (first.Op == 2)
        {
            await SendReadyAsync();
        }
        else if (_owner.IsKnownSession((string?)first.D?["session_id"]))
        {
            _sequence = (long)first.D!["seq"]!;
            await SendResumedAsync();
        }
        else
        {
            await SendOpAsync(9, "false");
        }
    }

    public Task SendHelloAsync(int? heartbeatMs = null) =>
        SendAsync("{\"op\": 10, \"d\": {\"heartbeat_interval\": " + (heartbeatMs ?? _owner.HeartbeatIntervalMs).ToString(CultureInfo.InvariantCulture) + "}}");

    /// <summary>
    /// READY built from the field table of GWE "Ready Event Fields": CONSTRUCTED, Discord publishes no sample.
    /// </summary>
    public Task SendReadyAsync(long? sequence = null, string? sessionId = null)
    {
        SessionId = sessionId ?? _owner.NewSessionId();
        var ready = new JsonObject
        {
            ["v"] = 10,
            ["user"] = new JsonObject { ["id"] = FakeDiscord.BotUserId.ToString(CultureInfo.InvariantCulture), ["username"] = "hfsbot", ["global_name"] = null, ["bot"] = true },
            ["guilds"] = new JsonArray(new JsonObject { ["id"] = "2000000000000002", ["unavailable"] = true }),
            ["session_id"] = SessionId,
            ["resume_gateway_url"] = _owner.ResumeUrl,
            ["application"] = new JsonObject { ["id"] = FakeDiscord.ApplicationId.ToString(CultureInfo.InvariantCulture), ["flags"] = 0 },
        };
        return SendDispatchAsync("READY", sequence ?? NextSequence(), ready.ToJsonString());
    }

    /// <summary>RESUMED; its <c>d</c> is undocumented, so an empty object. No <c>s</c>: clients must cope with either.</summary>
    public Task SendResumedAsync() => SendAsync("""{"op": 0, "t": "RESUMED", "s": null, "d": {}}""");

    /// <summary>MESSAGE_CREATE whose <c>d</c> is Discord's published message sample with the given id.</summary>
    public Task SendMessageCreateAsync(long? sequence, string messageId, string? content = null)
    {
        var message = DiscordData.Node("messages/message-object.example.json");
        message["id"] = messageId;
        if (content is not null)
        {
            message["content"] = content;
        }

        return SendDispatchAsync("MESSAGE_CREATE", sequence, message.ToJsonString());
    }

    public Task SendDispatchAsync(string eventName, long? sequence, string data)
    {
        if (sequence is { } s)
        {
            _sequence = Math.Max(_sequence, s);
        }

        var json = $$"""{"op": 0, "t": "{{eventName}}", "s": {{(sequence is null ? "null" : sequence.Value.ToString(CultureInfo.InvariantCulture))}}, "d": {{data}}}""";
        return SendAsync(json);
    }

    public long NextSequence() => Interlocked.Increment(ref _sequence);

    public Task SendOpAsync(int op, string? data = "null") => SendAsync(data is null ? $$"""{"op": {{op}}}""" : $$"""{"op": {{op}}, "d": {{data}}}""");

    /// <summary>
    /// A binary message, which Discord sends only with compression or ETF, neither of which our client asks for:
    /// for testing that the client survives one anyway.
    /// </summary>
    public Task SendBinaryAsync(byte[] bytes) => SendAsync(bytes, WebSocketMessageType.Binary, fragmentSize: 0);

    public Task SendAsync(string json, int fragmentSize = 0) => SendAsync(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text, fragmentSize);

    private async Task SendAsync(byte[] bytes, WebSocketMessageType type, int fragmentSize)
    {
        await _sendLock.WaitAsync();
        try
        {
            if (_socket.State != WebSocketState.Open)
            {
                return;
            }

            if (fragmentSize <= 0)
            {
                await _socket.SendAsync(bytes, type, endOfMessage: true, CancellationToken.None);
                return;
            }

            for (var offset = 0; offset < bytes.Length; offset += fragmentSize)
            {
                var count = Math.Min(fragmentSize, bytes.Length - offset);
                await _socket.SendAsync(bytes.AsMemory(offset, count), type, endOfMessage: offset + count >= bytes.Length, CancellationToken.None);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or ObjectDisposedException or OperationCanceledException or IOException)
        {
            // the client went away
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>Closes with a code, as Discord does, and waits (briefly) for the client's answering close.</summary>
    public async Task CloseAsync(int code, string description = "")
    {
        await SendCloseAsync(code, description);
        await Task.WhenAny(Completion, Task.Delay(2000));
        if (!Completion.IsCompleted)
        {
            Abort();
        }
    }

    /// <summary>Sends the close frame without waiting: the reader uses it, and it must go on reading to see the client's answer.</summary>
    private async Task SendCloseAsync(int code, string description)
    {
        ServerCloseStatus = code;
        await _sendLock.WaitAsync();
        try
        {
            if (_socket.State == WebSocketState.Open)
            {
                await _socket.CloseOutputAsync((WebSocketCloseStatus)code, description, CancellationToken.None);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or ObjectDisposedException or IOException)
        {
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>A close frame without a status code: the client sees no usable code (1005).</summary>
    public async Task CloseWithoutStatusAsync()
    {
        await _sendLock.WaitAsync();
        try
        {
            if (_socket.State == WebSocketState.Open)
            {
                await _socket.CloseOutputAsync(WebSocketCloseStatus.Empty, null, CancellationToken.None);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or ObjectDisposedException or IOException)
        {
        }
        finally
        {
            _sendLock.Release();
        }

        await Task.WhenAny(Completion, Task.Delay(2000));
    }

    public void Dispose() => _sendLock.Dispose();

    /// <summary>Drops the TCP connection without a close frame (the client sees 1006 / a WebSocketException).</summary>
    public void Abort()
    {
        lock (_requestLock)
        {
            // Once the request handler has returned, ASP.NET Core may recycle the HttpContext: aborting it then
            // throws from inside the framework (a NullReferenceException seen when disposal raced the handler).
            if (!_requestEnded)
            {
                _http.Abort();
            }
        }

        try
        {
            _socket.Abort();
        }
        catch (ObjectDisposedException)
        {
        }
    }

    /// <summary>Called as the request handler returns: from then on the HttpContext is no longer ours to abort.</summary>
    internal void EndRequest()
    {
        lock (_requestLock)
        {
            _requestEnded = true;
        }
    }

    internal async Task RunReaderAsync()
    {
        var buffer = new byte[16 * 1024];
        using var message = new MemoryStream();
        try
        {
            while (true)
            {
                message.SetLength(0);
                WebSocketReceiveResult result;
                do
                {
                    result = await _socket.ReceiveAsync(buffer, CancellationToken.None);
                    if (result.MessageType == WebSocketMessageType.Close)
                    {
                        ClientClosed = true;
                        ClientCloseStatus = (int?)result.CloseStatus;
                        Record(null, $"close {(int?)result.CloseStatus} {result.CloseStatusDescription}", 0);
                        if (ServerCloseStatus is null)
                        {
                            await CloseOutputQuietlyAsync(result.CloseStatus ?? WebSocketCloseStatus.NormalClosure);
                        }

                        return;
                    }

                    message.Write(buffer, 0, result.Count);
                }
                while (!result.EndOfMessage);

                await OnClientFrameAsync(message.ToArray());
            }
        }
        catch (Exception ex) when (ex is WebSocketException or ObjectDisposedException or OperationCanceledException or IOException)
        {
            Aborted = !ClientClosed;
        }
        finally
        {
            EndedAt = _clock.Elapsed;
            _inbox.Writer.TryComplete();
            _done.TrySetResult();
        }
    }

    /// <summary>Discord's side of the rules (GW "Sending Events", OPC close codes).</summary>
    private async Task OnClientFrameAsync(byte[] bytes)
    {
        var json = Encoding.UTF8.GetString(bytes);
        int? op = null;
        JsonNode? payload = null;
        try
        {
            payload = JsonNode.Parse(json);
            op = (int?)payload?["op"];
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException)
        {
        }

        var frame = Record(op, json, bytes.Length);
        if (bytes.Length > 4096 || payload is null)
        {
            await SendCloseAsync(4002, "Decode error");
            return;
        }

        if (op is null)
        {
            await SendCloseAsync(4001, "Unknown opcode");
            return;
        }

        if (CountSendAndCheckLimit())
        {
            await SendCloseAsync(4008, "Rate limited");
            return;
        }

        switch (op)
        {
            case 1:
                if (AutoAck)
                {
                    await SendAsync("""{"op": 11}""");
                }

                break;
            case 2:
                var d = payload["d"];
                if (Identified)
                {
                    await SendCloseAsync(4005, "Already authenticated");
                    return;
                }

                if ((string?)d?["token"] != FakeDiscord.Token)
                {
                    await SendCloseAsync(4004, "Authentication failed");
                    return;
                }

                if (d?["intents"] is null || d["properties"] is null)
                {
                    await SendCloseAsync(4013, "Invalid intent(s)"); // intents are mandatory since v8
                    return;
                }

                Identified = true;
                _owner.OnIdentify();
                break;
            case 6:
                if ((string?)payload["d"]?["token"] != FakeDiscord.Token)
                {
                    await SendCloseAsync(4004, "Authentication failed");
                    return;
                }

                Identified = true;
                break;
            case 3 or 4 or 8 or 31 or 43:
                if (!Identified)
                {
                    await SendCloseAsync(4003, "Not authenticated");
                    return;
                }

                break;
            default:
                await SendCloseAsync(4001, "Unknown opcode");
                return;
        }

        _inbox.Writer.TryWrite(frame);
    }

    private bool CountSendAndCheckLimit()
    {
        var now = _clock.Elapsed;
        _recentSends.Enqueue(now);
        while (_recentSends.Count > 0 && now - _recentSends.Peek() >= TimeSpan.FromSeconds(60))
        {
            _recentSends.Dequeue();
        }

        return _recentSends.Count > 120;
    }

    private RecordedFrame Record(int? op, string json, int size)
    {
        var frame = new RecordedFrame(Index, Path, _clock.Elapsed, op, json, size);
        _frames.Enqueue(frame);
        return frame;
    }

    private async Task CloseOutputQuietlyAsync(WebSocketCloseStatus status)
    {
        await _sendLock.WaitAsync();
        try
        {
            await _socket.CloseOutputAsync(status, null, CancellationToken.None);
        }
        catch (Exception ex) when (ex is WebSocketException or ObjectDisposedException or IOException)
        {
        }
        finally
        {
            _sendLock.Release();
        }
    }
}
