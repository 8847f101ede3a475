using System.Buffers;
using System.Net.WebSockets;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using HfsBot.Discord.Json;
using Microsoft.Extensions.Logging;

namespace HfsBot.Discord.Gateway;

internal enum ConnectMode
{
    Identify,
    Resume,
}

internal enum ConnectionEndKind
{
    /// <summary>Our own shutdown: closed with 1000.</summary>
    Shutdown,

    /// <summary>The socket never opened.</summary>
    ConnectFailed,

    /// <summary>Reconnect and resume the session if there is one (op 7, zombie, most close codes, a dropped socket).</summary>
    Resume,

    /// <summary>Reconnect with a new session (close codes 4003, 4006, 4007, 4009).</summary>
    Identify,

    /// <summary>Op 9; <see cref="ConnectionEnd.Resumable"/> carries its <c>d</c>.</summary>
    InvalidSession,

    /// <summary>A close code that reconnecting cannot fix.</summary>
    Fatal,
}

internal sealed record ConnectionEnd(ConnectionEndKind Kind, string Reason)
{
    public int? CloseCode { get; init; }

    public bool Resumable { get; init; }

    public string? FatalSentence { get; init; }
}

/// <summary>What every connection shares with the <see cref="GatewayClient"/> that opens it.</summary>
internal sealed class GatewayConnectionContext(
    DiscordOptions options,
    GatewaySession session,
    GatewayDispatcher dispatcher,
    GatewayStatus status,
    GatewayTimings timings,
    JitterSource jitter,
    TimeProvider time,
    ILogger logger,
    Action identifySent)
{
    public DiscordOptions Options => options;

    public GatewaySession Session => session;

    public GatewayDispatcher Dispatcher => dispatcher;

    public GatewayStatus Status => status;

    public GatewayTimings Timings => timings;

    public JitterSource Jitter => jitter;

    public TimeProvider Time => time;

    public ILogger Logger => logger;

    public void IdentifySent() => identifySent();
}

/// <summary>
/// One WebSocket to the gateway, from open to close: Hello, Identify or Resume, heartbeats, the receive loop, and
/// the decision how it ended. <see cref="RunAsync"/> returns that decision; <see cref="GatewayClient"/> acts on it.
/// All sends go through one writer (ClientWebSocket allows one outstanding send).
/// </summary>
internal sealed class GatewayConnection : IAsyncDisposable
{
    private const int ReceiveChunkBytes = 16 * 1024;

    private readonly Uri _url;
    private readonly string _displayUrl;
    private readonly ConnectMode _mode;
    private readonly GatewayConnectionContext _context;
    private readonly GatewayTimings _timings;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly ClientWebSocket _socket = new();
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly GatewaySendBudget _budget;

    // Cancelled when the connection starts to close: heartbeats, the READY deadline and waiting sends stop.
    private readonly CancellationTokenSource _work = new();

    // Cancelling a ClientWebSocket receive aborts the socket, so this one is cancelled only at the very end.
    private readonly CancellationTokenSource _receive = new();
    private readonly TaskCompletionSource<ConnectionEnd> _end = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private CancellationTokenSource? _heartbeat;
    private Task _heartbeatLoop = Task.CompletedTask;
    private int _ackPending;
    private long _lastBeatAt;
    private bool _helloReceived;
    private volatile bool _ready;
    private (WebSocketCloseStatus? Status, string? Description)? _serverClose;

    public GatewayConnection(Uri url, ConnectMode mode, GatewayConnectionContext context)
    {
        _url = url;
        _displayUrl = url.GetLeftPart(UriPartial.Path);
        _mode = mode;
        _context = context;
        _timings = context.Timings;
        _time = context.Time;
        _logger = context.Logger;
        _budget = new GatewaySendBudget(_timings, _time);

        // Discord's op 1 heartbeat is the liveness check; WebSocket pings would only add traffic (as Discord.Net does).
        _socket.Options.KeepAliveInterval = TimeSpan.Zero;
    }

    /// <summary>READY or RESUMED arrived on this connection.</summary>
    public bool ReachedReady => _ready;

    public async Task<ConnectionEnd> RunAsync(CancellationToken shutdown)
    {
        DiscordLog.Connecting(_logger, _mode, _displayUrl);
        try
        {
            using var timeout = new CancellationTokenSource(_timings.ConnectTimeout, _time);
            using var connect = CancellationTokenSource.CreateLinkedTokenSource(shutdown, timeout.Token);
            await _socket.ConnectAsync(_url, connect.Token);
        }
        catch (OperationCanceledException) when (shutdown.IsCancellationRequested)
        {
            return new ConnectionEnd(ConnectionEndKind.Shutdown, "shutdown requested while connecting");
        }
        catch (Exception ex) when (ex is WebSocketException or HttpRequestException or IOException or OperationCanceledException)
        {
            DiscordLog.ConnectFailed(_logger, _displayUrl, ex.Message);
            return new ConnectionEnd(ConnectionEndKind.ConnectFailed, ex.Message);
        }

        _context.Status.SetConnected(true);
        var receiveLoop = ReceiveLoopAsync();
        var readyDeadline = ReadyDeadlineAsync();

        ConnectionEnd end;
        using (shutdown.Register(() => _end.TrySetResult(new ConnectionEnd(ConnectionEndKind.Shutdown, "shutdown requested"))))
        {
            end = await _end.Task;
        }

        await CloseAsync(end, receiveLoop);
        await readyDeadline;
        _context.Status.SetConnected(false);
        return end;
    }

    /// <summary>Op 3. Waits for a send slot; refuses a payload over 4096 bytes.</summary>
    public async Task UpdatePresenceAsync(PresenceUpdate presence, CancellationToken cancellationToken)
    {
        if (!_ready)
        {
            throw new InvalidOperationException("The gateway is not ready: a presence update needs an identified session.");
        }

        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _work.Token);
        var frame = BuildFrame(GatewayOpcodes.PresenceUpdate, presence, DiscordJsonContext.Default.PresenceUpdate);
        await SendAsync(frame, GatewayOpcodes.PresenceUpdate, isHeartbeat: false, linked.Token);
    }

    public async ValueTask DisposeAsync()
    {
        _work.Cancel();
        _heartbeat?.Cancel();
        await _heartbeatLoop;
        _socket.Dispose();
        _work.Dispose();
        _receive.Dispose();
        _heartbeat?.Dispose();
        _writeLock.Dispose();
    }

    private async Task CloseAsync(ConnectionEnd end, Task receiveLoop)
    {
        _work.Cancel();
        _heartbeat?.Cancel();
        await _heartbeatLoop;

        if (_serverClose is { } server)
        {
            // Discord closed: complete the closing handshake by echoing its code.
            await TrySendCloseAsync(server.Status ?? WebSocketCloseStatus.Empty, server.Status is null ? null : server.Description);
        }
        else
        {
            // 1000 ends the session (Discord shows the bot offline); anything else keeps it resumable. So 1000 only
            // on a deliberate shutdown, and 4000 for every reconnect (GW "Initiating a Disconnect").
            var (status, description) = end.Kind == ConnectionEndKind.Shutdown
                ? (WebSocketCloseStatus.NormalClosure, "shutting down")
                : ((WebSocketCloseStatus)4000, "reconnecting");
            if (await TrySendCloseAsync(status, description))
            {
                DiscordLog.ClosedConnection(_logger, (int)status, end.Reason);
            }

            try
            {
                await receiveLoop.WaitAsync(_timings.CloseTimeout, _time);
            }
            catch (TimeoutException)
            {
                // Discord did not answer the close; dropping the socket below is just as good.
            }
        }

        await _receive.CancelAsync();
        _socket.Abort();
        await receiveLoop;
    }

    private async Task<bool> TrySendCloseAsync(WebSocketCloseStatus status, string? description)
    {
        if (_socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived))
        {
            return false;
        }

        if (!await _writeLock.WaitAsync(_timings.CloseTimeout))
        {
            return false; // a send is stuck; the abort that follows ends it
        }

        try
        {
            using var timeout = new CancellationTokenSource(_timings.CloseTimeout, _time);
            await _socket.CloseOutputAsync(status, description, timeout.Token);
            return true;
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or IOException or ObjectDisposedException)
        {
            return false;
        }
        finally
        {
            _writeLock.Release();
        }
    }

    private async Task ReadyDeadlineAsync()
    {
        try
        {
            await Task.Delay(_timings.ReadyTimeout, _time, _work.Token);
            if (!_ready)
            {
                DiscordLog.ReadyTimeout(_logger, _timings.ReadyTimeout.TotalSeconds);
                _end.TrySetResult(new ConnectionEnd(ConnectionEndKind.Resume, "no READY or RESUMED in time"));
            }
        }
        catch (OperationCanceledException)
        {
            // the connection ended first
        }
    }

    private async Task ReceiveLoopAsync()
    {
        var chunk = ArrayPool<byte>.Shared.Rent(ReceiveChunkBytes);
        var message = new ArrayBufferWriter<byte>(ReceiveChunkBytes);
        try
        {
            while (true)
            {
                message.ResetWrittenCount();
                var oversized = false;
                ValueWebSocketReceiveResult result;
                do
                {
                    result = await _socket.ReceiveAsync(chunk.AsMemory(), _receive.Token);
                    if (result.MessageType == WebSocketMessageType.Close)
                    {
                        OnServerClose();
                        return;
                    }

                    // A message can span many frames (READY, GUILD_CREATE): accumulate until EndOfMessage.
                    oversized |= message.WrittenCount + result.Count > _timings.MaxInboundMessageBytes;
                    if (!oversized)
                    {
                        message.Write(chunk.AsSpan(0, result.Count));
                    }
                }
                while (!result.EndOfMessage);

                if (oversized)
                {
                    DiscordLog.InboundMessageTooLarge(_logger, _timings.MaxInboundMessageBytes);
                    continue;
                }

                if (result.MessageType == WebSocketMessageType.Binary)
                {
                    DiscordLog.BinaryFrameIgnored(_logger, message.WrittenCount);
                    continue;
                }

                await HandleFrameAsync(message.WrittenMemory);

                if (message.Capacity > 4 * 1024 * 1024)
                {
                    message = new ArrayBufferWriter<byte>(ReceiveChunkBytes); // do not pin a huge READY buffer forever
                }
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or IOException or ObjectDisposedException)
        {
            if (!_end.Task.IsCompleted)
            {
                DiscordLog.ConnectionLost(_logger, ex.Message);
                _end.TrySetResult(new ConnectionEnd(ConnectionEndKind.Resume, "connection lost without a close code"));
            }
        }
        catch (Exception ex)
        {
            // A bug here must not leave the connection half-alive: log it and reconnect.
            DiscordLog.ReceiveLoopFailed(_logger, ex);
            _end.TrySetResult(new ConnectionEnd(ConnectionEndKind.Resume, "receive loop failed"));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }

    private void OnServerClose()
    {
        var status = _socket.CloseStatus is null or WebSocketCloseStatus.Empty ? null : _socket.CloseStatus;
        _serverClose = (status, _socket.CloseStatusDescription);
        var code = (int?)status;
        if (_end.Task.IsCompleted)
        {
            return; // Discord's answer to our own close
        }

        if (GatewayCloseCodes.IndicatesClientBug(code))
        {
            DiscordLog.ServerClosedClientBug(_logger, code ?? 0, _socket.CloseStatusDescription);
        }
        else
        {
            DiscordLog.ServerClosed(_logger, code, _socket.CloseStatusDescription);
        }

        var end = GatewayCloseCodes.Classify(code) switch
        {
            CloseAction.Fatal => new ConnectionEnd(ConnectionEndKind.Fatal, "fatal close code") { FatalSentence = GatewayCloseCodes.FatalSentence(code!.Value) },
            CloseAction.Identify => new ConnectionEnd(ConnectionEndKind.Identify, "close code requires a new session"),
            _ => new ConnectionEnd(ConnectionEndKind.Resume, "closed by Discord"),
        };
        _end.TrySetResult(end with { CloseCode = code });
    }

    private async Task HandleFrameAsync(ReadOnlyMemory<byte> frame)
    {
        if (IsUnhandledDispatch(frame.Span))
        {
            return;
        }

        GatewayPayload payload;
        try
        {
            payload = JsonSerializer.Deserialize(frame.Span, DiscordJsonContext.Default.GatewayPayload)
                ?? throw new JsonException("The frame is JSON null.");
        }
        catch (JsonException ex)
        {
            DiscordLog.MalformedFrame(_logger, frame.Length, ex.Message);
            return;
        }

        switch (payload.Op)
        {
            case GatewayOpcodes.Dispatch:
                HandleDispatch(payload);
                break;
            case GatewayOpcodes.Heartbeat:
                DiscordLog.HeartbeatRequested(_logger);
                await SendHeartbeatAsync(_work.Token);
                break;
            case GatewayOpcodes.Reconnect:
                DiscordLog.ReconnectRequested(_logger);
                _end.TrySetResult(new ConnectionEnd(ConnectionEndKind.Resume, "Discord asked to reconnect (op 7)"));
                break;
            case GatewayOpcodes.InvalidSession:
                var resumable = payload.D is { ValueKind: JsonValueKind.True };
                DiscordLog.InvalidSession(_logger, resumable);
                _end.TrySetResult(new ConnectionEnd(ConnectionEndKind.InvalidSession, "invalid session (op 9)") { Resumable = resumable });
                break;
            case GatewayOpcodes.Hello:
                await HandleHelloAsync(payload);
                break;
            case GatewayOpcodes.HeartbeatAck:
                Volatile.Write(ref _ackPending, 0);
                _context.Status.SetHeartbeatAcked(_time.GetUtcNow());
                break;
            default:
                DiscordLog.UnknownOpcode(_logger, payload.Op);
                break;
        }
    }

    /// <summary>
    /// A dispatch no handler wants (typing, presences, reactions): its sequence is taken, exactly as for any
    /// dispatch, but its <c>d</c> is never copied out of the frame. False for everything else, so that handled
    /// frames are read in full only once, by the full parse; and for malformed frames, which it reports.
    /// </summary>
    private bool IsUnhandledDispatch(ReadOnlySpan<byte> frame)
    {
        if (!GatewayFrameHeader.TryRead(frame, out var header)
            || header is not { Op: GatewayOpcodes.Dispatch, T: { } eventName }
            || eventName is "READY" or "RESUMED"
            || GatewayDispatcher.Handles(eventName)
            || !GatewayFrameHeader.IsWellFormed(frame))
        {
            return false;
        }

        // A repeat is logged and skipped inside; either way this dispatch is unread, so nothing else is left to do.
        _ = TakeSequence(eventName, header.S);
        return true;
    }

    /// <summary>Takes a dispatch's sequence number; false (and logged) when it was already seen.</summary>
    private bool TakeSequence(string? eventName, long? sequence)
    {
        if (sequence is { } value && !_context.Session.TryAdvance(value))
        {
            DiscordLog.DuplicateDispatchSkipped(_logger, eventName, value, _context.Session.Sequence);
            return false;
        }

        return true;
    }

    private void HandleDispatch(GatewayPayload payload)
    {
        if (!TakeSequence(payload.T, payload.S))
        {
            return;
        }

        if (payload.T is not { } eventName)
        {
            DiscordLog.MalformedDispatch(_logger, "(none)", payload.S, "'t' is missing");
            return;
        }

        if (eventName == "READY")
        {
            if (TryHandleReady(payload) is { } ready)
            {
                _context.Dispatcher.EnqueueReady(ready, payload.S);
            }

            return;
        }

        if (eventName == "RESUMED")
        {
            _ready = true;
            _context.Status.SetResumed();
            DiscordLog.Resumed(_logger, _context.Session.Sequence);
        }

        _context.Dispatcher.Enqueue(eventName, payload.D, payload.S);
    }

    private Models.Ready? TryHandleReady(GatewayPayload payload)
    {
        Models.Ready ready;
        try
        {
            ready = payload.D is { ValueKind: JsonValueKind.Object } d
                ? d.Deserialize(DiscordJsonContext.Default.Ready) ?? throw new JsonException("'d' is null.")
                : throw new JsonException("'d' is not an object.");
        }
        catch (JsonException ex)
        {
            // Without a session id nothing can be resumed; the READY deadline reconnects.
            DiscordLog.MalformedDispatch(_logger, "READY", payload.S, ex.Message);
            return null;
        }

        _context.Session.Start(ready.SessionId, ready.ResumeGatewayUrl);
        _ready = true;
        _context.Status.SetReady(ready.User.Id, ready.Application.Id);
        DiscordLog.Ready(_logger, ready.User.Id.Value, ready.Application.Id.Value, ready.Guilds?.Count ?? 0);
        return ready;
    }

    private async Task HandleHelloAsync(GatewayPayload payload)
    {
        HelloData? hello = null;
        try
        {
            hello = payload.D is { ValueKind: JsonValueKind.Object } d ? d.Deserialize(DiscordJsonContext.Default.HelloData) : null;
        }
        catch (JsonException)
        {
            // reported below
        }

        if (hello is null || !double.IsFinite(hello.HeartbeatInterval) || hello.HeartbeatInterval <= 0)
        {
            DiscordLog.MalformedFrame(_logger, 0, "Hello without a usable heartbeat_interval");
            return;
        }

        // Every Hello starts heartbeating afresh: a stale "ACK pending" from before would look like a zombie at once.
        var interval = TimeSpan.FromMilliseconds(hello.HeartbeatInterval);
        Volatile.Write(ref _ackPending, 0);
        if (_heartbeat is not null)
        {
            await _heartbeat.CancelAsync();
            await _heartbeatLoop;
            _heartbeat.Dispose();
        }

        _heartbeat = CancellationTokenSource.CreateLinkedTokenSource(_work.Token);
        _heartbeatLoop = HeartbeatLoopAsync(interval, _heartbeat.Token);

        if (!_helloReceived)
        {
            _helloReceived = true;
            await SendIdentifyOrResumeAsync();
        }
    }

    private async Task SendIdentifyOrResumeAsync()
    {
        var options = _context.Options;
        var session = _context.Session;
        if (_mode == ConnectMode.Resume && session is { SessionId: { } sessionId, Sequence: { } sequence })
        {
            var resume = new ResumeData { Token = options.Token, SessionId = sessionId, Seq = sequence };
            await SendAsync(BuildFrame(GatewayOpcodes.Resume, resume, DiscordJsonContext.Default.ResumeData), GatewayOpcodes.Resume, isHeartbeat: false, _work.Token);
            DiscordLog.ResumeSent(_logger, sequence);
            return;
        }

        var identify = new IdentifyData
        {
            Token = options.Token,
            Intents = (int)options.Intents,
            Properties = new IdentifyProperties { Os = OperatingSystemName(), Browser = "hfsbot", Device = "hfsbot" },
        };
        await SendAsync(BuildFrame(GatewayOpcodes.Identify, identify, DiscordJsonContext.Default.IdentifyData), GatewayOpcodes.Identify, isHeartbeat: false, _work.Token);
        _context.IdentifySent();
        DiscordLog.IdentifySent(_logger, identify.Intents);
    }

    private async Task HeartbeatLoopAsync(TimeSpan interval, CancellationToken cancellationToken)
    {
        try
        {
            // The first beat waits interval x jitter, so that clients reconnecting together do not beat together.
            var first = FirstBeatDelay(interval, _context.Jitter);
            DiscordLog.HeartbeatScheduled(_logger, interval.TotalMilliseconds, first.TotalMilliseconds);
            await Task.Delay(first, _time, cancellationToken);

            using var timer = new PeriodicTimer(interval, _time);
            while (true)
            {
                // Zombie: no ACK between two beats. Half an interval of grace covers a beat sent just before in answer
                // to Discord's op 1, which has had no time to be ACKed yet.
                if (Volatile.Read(ref _ackPending) == 1 && _time.GetElapsedTime(Volatile.Read(ref _lastBeatAt)) >= interval / 2)
                {
                    DiscordLog.ZombieConnection(_logger, interval.TotalMilliseconds);
                    _end.TrySetResult(new ConnectionEnd(ConnectionEndKind.Resume, "no heartbeat ACK (zombied connection)"));
                    return;
                }

                await SendHeartbeatAsync(cancellationToken);
                if (!await timer.WaitForNextTickAsync(cancellationToken))
                {
                    return;
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // the connection is closing or a new Hello restarted heartbeating
        }
        catch (Exception ex) when (ex is WebSocketException or IOException or ObjectDisposedException or OperationCanceledException)
        {
            DiscordLog.HeartbeatFailed(_logger, ex.Message);
            _end.TrySetResult(new ConnectionEnd(ConnectionEndKind.Resume, "heartbeat could not be sent"));
        }
    }

    /// <summary>GW "Sending Heartbeats": the first beat after interval x jitter, jitter in [0, 1).</summary>
    internal static TimeSpan FirstBeatDelay(TimeSpan interval, JitterSource jitter) => TimeSpan.FromTicks((long)(interval.Ticks * jitter.NextDouble()));

    private async Task SendHeartbeatAsync(CancellationToken cancellationToken)
    {
        var sequence = _context.Session.Sequence;
        var frame = BuildFrame(GatewayOpcodes.Heartbeat, sequence, DiscordJsonContext.Default.NullableInt64);
        Volatile.Write(ref _lastBeatAt, _time.GetTimestamp());
        Volatile.Write(ref _ackPending, 1);
        await SendAsync(frame, GatewayOpcodes.Heartbeat, isHeartbeat: true, cancellationToken);
        DiscordLog.HeartbeatSent(_logger, sequence);
    }

    private async Task SendAsync(byte[] frame, int opcode, bool isHeartbeat, CancellationToken cancellationToken)
    {
        if (frame.Length > _timings.MaxOutboundFrameBytes)
        {
            DiscordLog.OutboundFrameTooLarge(_logger, opcode, frame.Length, _timings.MaxOutboundFrameBytes);
            throw new GatewayPayloadTooLargeException(
                $"The gateway payload (op {opcode}) is {frame.Length} bytes; Discord accepts at most {_timings.MaxOutboundFrameBytes}.");
        }

        if (isHeartbeat)
        {
            _budget.RecordHeartbeat();
        }
        else
        {
            await _budget.TakeAsync(cancellationToken);
        }

        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            if (_socket.State != WebSocketState.Open)
            {
                throw new WebSocketException(WebSocketError.InvalidState, "The gateway connection is not open.");
            }

            // Not the caller's token: cancelling a ClientWebSocket send aborts the socket. A send that hangs is cut
            // off by the timeout, which aborts the connection and leads to a reconnect.
            using var timeout = new CancellationTokenSource(_timings.SendTimeout, _time);
            await _socket.SendAsync(frame, WebSocketMessageType.Text, endOfMessage: true, timeout.Token);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    private static byte[] BuildFrame<T>(int opcode, T data, JsonTypeInfo<T> typeInfo)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteNumber("op", opcode);
            writer.WritePropertyName("d");
            JsonSerializer.Serialize(writer, data, typeInfo); // writes null for a null d, as a heartbeat needs
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    internal static byte[] BuildFrameForTests<T>(int opcode, T data, JsonTypeInfo<T> typeInfo) => BuildFrame(opcode, data, typeInfo);

    private static string OperatingSystemName() =>
        OperatingSystem.IsLinux() ? "linux" : OperatingSystem.IsWindows() ? "windows" : OperatingSystem.IsMacOS() ? "macos" : "unknown";
}
