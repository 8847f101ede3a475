using HfsBot.Discord.Gateway;
using Microsoft.Extensions.Logging;

namespace HfsBot.Discord;

/// <summary>
/// Source-generated log messages of the Discord client. None of them takes a token or a payload that carries one:
/// frames are described by opcode and size, REST calls by route template (an interaction route's path holds the
/// interaction token), and member text is never logged.
/// </summary>
internal static partial class DiscordLog
{
    // Gateway connection: 500-539
    [LoggerMessage(EventId = 500, Level = LogLevel.Information, Message = "Connecting to the Discord gateway at {Url} to {Mode}")]
    public static partial void Connecting(ILogger logger, ConnectMode mode, string url);

    [LoggerMessage(EventId = 501, Level = LogLevel.Warning, Message = "Could not connect to the Discord gateway at {Url}: {Error}")]
    public static partial void ConnectFailed(ILogger logger, string url, string error);

    [LoggerMessage(EventId = 502, Level = LogLevel.Information, Message = "Closed the gateway connection with {CloseCode} ({Reason})")]
    public static partial void ClosedConnection(ILogger logger, int closeCode, string reason);

    [LoggerMessage(EventId = 503, Level = LogLevel.Warning, Message = "No READY or RESUMED within {Seconds} s of connecting; reconnecting")]
    public static partial void ReadyTimeout(ILogger logger, double seconds);

    [LoggerMessage(EventId = 504, Level = LogLevel.Warning, Message = "Discarded a gateway message larger than {MaxBytes} bytes")]
    public static partial void InboundMessageTooLarge(ILogger logger, int maxBytes);

    [LoggerMessage(EventId = 505, Level = LogLevel.Warning, Message = "Ignored a binary gateway message of {Length} bytes (compression is not requested)")]
    public static partial void BinaryFrameIgnored(ILogger logger, int length);

    [LoggerMessage(EventId = 506, Level = LogLevel.Warning, Message = "The gateway connection was lost without a close code: {Error}")]
    public static partial void ConnectionLost(ILogger logger, string error);

    [LoggerMessage(EventId = 507, Level = LogLevel.Error, Message = "The gateway receive loop failed; reconnecting")]
    public static partial void ReceiveLoopFailed(ILogger logger, Exception ex);

    [LoggerMessage(EventId = 508, Level = LogLevel.Warning, Message = "Discord closed the gateway connection with {CloseCode} ({Description}), which means the client sent something wrong: please report this bug; reconnecting")]
    public static partial void ServerClosedClientBug(ILogger logger, int closeCode, string? description);

    [LoggerMessage(EventId = 509, Level = LogLevel.Information, Message = "Discord closed the gateway connection with {CloseCode} ({Description})")]
    public static partial void ServerClosed(ILogger logger, int? closeCode, string? description);

    [LoggerMessage(EventId = 510, Level = LogLevel.Warning, Message = "Skipped a malformed gateway frame of {Length} bytes: {Error}")]
    public static partial void MalformedFrame(ILogger logger, int length, string error);

    [LoggerMessage(EventId = 511, Level = LogLevel.Debug, Message = "Discord requested a heartbeat (op 1)")]
    public static partial void HeartbeatRequested(ILogger logger);

    [LoggerMessage(EventId = 512, Level = LogLevel.Information, Message = "Discord asked the client to reconnect (op 7)")]
    public static partial void ReconnectRequested(ILogger logger);

    [LoggerMessage(EventId = 513, Level = LogLevel.Warning, Message = "Discord invalidated the session (op 9, resumable: {Resumable})")]
    public static partial void InvalidSession(ILogger logger, bool resumable);

    [LoggerMessage(EventId = 514, Level = LogLevel.Debug, Message = "Ignored gateway opcode {Opcode}")]
    public static partial void UnknownOpcode(ILogger logger, int opcode);

    [LoggerMessage(EventId = 515, Level = LogLevel.Debug, Message = "Skipped {EventName} #{Sequence}: already received (last sequence {LastSequence})")]
    public static partial void DuplicateDispatchSkipped(ILogger logger, string? eventName, long sequence, long? lastSequence);

    [LoggerMessage(EventId = 516, Level = LogLevel.Warning, Message = "Skipped a malformed {EventName} dispatch (sequence {Sequence}): {Error}")]
    public static partial void MalformedDispatch(ILogger logger, string eventName, long? sequence, string error);

    [LoggerMessage(EventId = 517, Level = LogLevel.Information, Message = "Resumed the gateway session at sequence {Sequence}")]
    public static partial void Resumed(ILogger logger, long? sequence);

    [LoggerMessage(EventId = 518, Level = LogLevel.Information, Message = "Gateway READY as user {BotUserId} of application {ApplicationId} in {GuildCount} guilds")]
    public static partial void Ready(ILogger logger, ulong botUserId, ulong applicationId, int guildCount);

    [LoggerMessage(EventId = 519, Level = LogLevel.Debug, Message = "Sent Resume at sequence {Sequence}")]
    public static partial void ResumeSent(ILogger logger, long sequence);

    [LoggerMessage(EventId = 520, Level = LogLevel.Information, Message = "Sent Identify with intents {Intents}")]
    public static partial void IdentifySent(ILogger logger, int intents);

    [LoggerMessage(EventId = 521, Level = LogLevel.Debug, Message = "Heartbeating every {IntervalMs} ms, first beat in {FirstMs} ms")]
    public static partial void HeartbeatScheduled(ILogger logger, double intervalMs, double firstMs);

    [LoggerMessage(EventId = 522, Level = LogLevel.Warning, Message = "No heartbeat ACK since the last beat ({IntervalMs} ms interval): the connection is a zombie; reconnecting to resume")]
    public static partial void ZombieConnection(ILogger logger, double intervalMs);

    [LoggerMessage(EventId = 523, Level = LogLevel.Warning, Message = "A heartbeat could not be sent: {Error}")]
    public static partial void HeartbeatFailed(ILogger logger, string error);

    [LoggerMessage(EventId = 524, Level = LogLevel.Trace, Message = "Sent heartbeat with sequence {Sequence}")]
    public static partial void HeartbeatSent(ILogger logger, long? sequence);

    [LoggerMessage(EventId = 525, Level = LogLevel.Error, Message = "Refused to send a gateway payload (op {Opcode}) of {Length} bytes: Discord accepts at most {MaxBytes}")]
    public static partial void OutboundFrameTooLarge(ILogger logger, int opcode, int length, int maxBytes);

    // Gateway session: 540-559
    [LoggerMessage(EventId = 540, Level = LogLevel.Information, Message = "Reconnecting to the gateway in {DelayMs} ms")]
    public static partial void ReconnectDelay(ILogger logger, double delayMs);

    [LoggerMessage(EventId = 541, Level = LogLevel.Warning, Message = "Could not get the gateway URL and limits (GET /gateway/bot): {Error}")]
    public static partial void GatewayDiscoveryFailed(ILogger logger, string error);

    [LoggerMessage(EventId = 542, Level = LogLevel.Information, Message = "Dropped the gateway session (close code {CloseCode}, {Reason}); the next connection identifies")]
    public static partial void SessionDropped(ILogger logger, int? closeCode, string reason);

    [LoggerMessage(EventId = 543, Level = LogLevel.Warning, Message = "{Attempts} resumes in a row failed; dropping the session and identifying")]
    public static partial void ResumeAttemptsExhausted(ILogger logger, int attempts);

    [LoggerMessage(EventId = 544, Level = LogLevel.Debug, Message = "Gateway session starts left: {Remaining} of {Total}; identify concurrency {MaxConcurrency}")]
    public static partial void GatewayDiscovered(ILogger logger, int remaining, int total, int maxConcurrency);

    [LoggerMessage(EventId = 545, Level = LogLevel.Error, Message = "All {Total} daily gateway session starts are used up; waiting {Minutes:F1} min (until {ResetAt}) before identifying again")]
    public static partial void SessionStartLimitExhausted(ILogger logger, int total, double minutes, string resetAt);

    [LoggerMessage(EventId = 546, Level = LogLevel.Debug, Message = "Waiting {DelayMs} ms before identifying (max_concurrency per 5 s)")]
    public static partial void IdentifyDelayed(ILogger logger, double delayMs);

    // Dispatch: 560-579
    [LoggerMessage(EventId = 560, Level = LogLevel.Warning, Message = "Dropped {EventName} #{Sequence}: {Capacity} events are already waiting for handlers")]
    public static partial void DispatchQueueFull(ILogger logger, string eventName, long? sequence, int capacity);

    [LoggerMessage(EventId = 561, Level = LogLevel.Warning, Message = "{Count} event handlers were still running when the gateway stopped")]
    public static partial void HandlersStillRunningAtShutdown(ILogger logger, int count);

    [LoggerMessage(EventId = 562, Level = LogLevel.Error, Message = "Event handler {Handler} failed on {EventName} #{Sequence}")]
    public static partial void HandlerFailed(ILogger logger, Exception ex, string handler, string eventName, long? sequence);

    [LoggerMessage(EventId = 563, Level = LogLevel.Warning, Message = "Event handler {Handler} took {ElapsedMs} ms for {EventName}")]
    public static partial void SlowHandler(ILogger logger, string handler, string eventName, double elapsedMs);

    // REST: 580-599
    [LoggerMessage(EventId = 580, Level = LogLevel.Warning, Message = "Rate limited on {Route} for {Seconds} s (scope {Scope}, global {Global})")]
    public static partial void RestRateLimited(ILogger logger, string route, double seconds, string scope, bool global);

    [LoggerMessage(EventId = 581, Level = LogLevel.Error, Message = "A 429 without Discord's JSON or headers on {Route} (likely a Cloudflare ban for too many invalid requests); pausing all requests for {Seconds} s")]
    public static partial void RestUnexplainedRateLimit(ILogger logger, string route, double seconds);

    [LoggerMessage(EventId = 582, Level = LogLevel.Critical, Message = "Discord rejected the bot token (HTTP 401 on {Route}); no further requests will be sent")]
    public static partial void RestTokenRejected(ILogger logger, string route);

    [LoggerMessage(EventId = 583, Level = LogLevel.Warning, Message = "Discord answered {StatusCode} to {Route}; retry {Attempt} in {DelayMs} ms")]
    public static partial void RestServerError(ILogger logger, string route, int statusCode, int attempt, double delayMs);

    [LoggerMessage(EventId = 584, Level = LogLevel.Warning, Message = "{Route} got no answer ({Error}); retry {Attempt} in {DelayMs} ms")]
    public static partial void RestTransportError(ILogger logger, string route, string error, int attempt, double delayMs);

    [LoggerMessage(EventId = 585, Level = LogLevel.Debug, Message = "Holding {Route} for {DelayMs} ms (rate limit)")]
    public static partial void RestWaiting(ILogger logger, string route, double delayMs);

    [LoggerMessage(EventId = 586, Level = LogLevel.Warning, Message = "{Count} invalid requests (401/403/429) in the last {Minutes} min; Discord bans the IP at 10,000")]
    public static partial void InvalidRequestsGrowing(ILogger logger, int count, double minutes);

    // Hosting: 600-609
    [LoggerMessage(EventId = 600, Level = LogLevel.Critical, Message = "{Sentence}")]
    public static partial void Fatal(ILogger logger, string sentence);

    [LoggerMessage(EventId = 601, Level = LogLevel.Critical, Message = "The Discord client failed unexpectedly; stopping")]
    public static partial void Crashed(ILogger logger, Exception ex);

    [LoggerMessage(EventId = 602, Level = LogLevel.Information, Message = "The Discord client stopped")]
    public static partial void Stopped(ILogger logger);
}
