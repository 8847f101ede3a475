namespace HfsBot.Discord.Gateway;

/// <summary>
/// Gateway tunables that are not configuration keys. The defaults follow Discord's documentation and Discord.Net's
/// proven values (protocol.md sections 1 and 5); tests shrink them to keep real-socket tests fast.
/// </summary>
internal sealed record GatewayTimings
{
    public static GatewayTimings Default { get; } = new();

    /// <summary>Wait before the first reconnect; doubles with every reconnect that does not reach READY/RESUMED.</summary>
    public TimeSpan ReconnectBaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Cap of the doubling reconnect delay (Discord.Net: 60 s).</summary>
    public TimeSpan ReconnectMaxDelay { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Each reconnect delay is spread by up to this fraction either way, so restarts do not reconnect in step.</summary>
    public double ReconnectJitter { get; init; } = 0.2;

    /// <summary>Opening the WebSocket (TCP + TLS + upgrade) must finish within this.</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>READY or RESUMED must arrive this long after the socket opened, else reconnect (Discord.Net: 30 s).</summary>
    public TimeSpan ReadyTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Consecutive resumes that may fail before the session is dropped and the bot identifies anew.</summary>
    public int MaxResumeAttempts { get; init; } = 3;

    /// <summary>At most <c>max_concurrency</c> Identify payloads per this window (Discord: 5 s).</summary>
    public TimeSpan IdentifyWindow { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>After op 9 <c>d:false</c>, wait a random time in [min, max] before identifying (the pre-2022 docs: 1-5 s).</summary>
    public TimeSpan InvalidSessionMinDelay { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan InvalidSessionMaxDelay { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Discord closes a connection with 4008 above 120 sends per 60 s.</summary>
    public int SendLimit { get; init; } = 120;

    public TimeSpan SendWindow { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Slots of <see cref="SendLimit"/> that only heartbeats may use (Discord.Net keeps 3).</summary>
    public int HeartbeatReserve { get; init; } = 3;

    /// <summary>Discord closes with 4002 on a sent payload above 4096 bytes.</summary>
    public int MaxOutboundFrameBytes { get; init; } = 4096;

    /// <summary>A received message larger than this is discarded (READY and GUILD_CREATE can be megabytes).</summary>
    public int MaxInboundMessageBytes { get; init; } = 64 * 1024 * 1024;

    /// <summary>How long to wait for the closing handshake before dropping the socket.</summary>
    public TimeSpan CloseTimeout { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>A send that has not completed by then aborts the connection (the peer stopped reading).</summary>
    public TimeSpan SendTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Event handlers running at once; further events wait in the dispatch queue.</summary>
    public int MaxConcurrentHandlers { get; init; } = 16;

    /// <summary>Events waiting for a handler slot; beyond it new events are dropped (and logged) rather than stalling the receive loop.</summary>
    public int DispatchQueueCapacity { get; init; } = 10_000;

    /// <summary>A handler running longer than this is logged (it still runs to completion).</summary>
    public TimeSpan SlowHandlerThreshold { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>At shutdown, running handlers get this long to finish after their token is cancelled.</summary>
    public TimeSpan HandlerShutdownGrace { get; init; } = TimeSpan.FromSeconds(5);
}

/// <summary>The random source for heartbeat and reconnect jitter; injectable so tests can pin it.</summary>
internal sealed class JitterSource(Func<double> next)
{
    public static JitterSource Shared { get; } = new(Random.Shared.NextDouble);

    /// <summary>A value in [0, 1).</summary>
    public double NextDouble()
    {
        var value = next();
        return double.IsNaN(value) ? 0 : Math.Clamp(value, 0, 0.999_999_999);
    }
}
