using System.Net;

namespace HfsBot.Discord.Rest;

/// <summary>
/// Discord answered a REST call with an error (after any retries). The message names the route template, the status
/// and Discord's own code and message; never a token.
/// </summary>
public sealed class DiscordHttpException : Exception
{
    public const string TokenRejectedMessage =
        "Discord rejected the bot token (HTTP 401): check Discord:Token; it may have been reset. No further requests are sent.";

    public DiscordHttpException()
    {
    }

    public DiscordHttpException(string message)
        : base(message)
    {
    }

    public DiscordHttpException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    internal DiscordHttpException(HttpStatusCode statusCode, string route, int? discordCode, string? discordMessage, string? errorDetails = null, TimeSpan? retryAfter = null)
        : base(Describe(statusCode, route, discordCode, discordMessage))
    {
        StatusCode = statusCode;
        Route = route;
        DiscordCode = discordCode;
        DiscordMessage = discordMessage;
        ErrorDetails = errorDetails;
        RetryAfter = retryAfter;
    }

    private DiscordHttpException(string route, bool tokenRejected)
        : base(TokenRejectedMessage)
    {
        StatusCode = HttpStatusCode.Unauthorized;
        Route = route;
        IsTokenRejected = tokenRejected;
    }

    public HttpStatusCode StatusCode { get; }

    /// <summary>The route template, e.g. <c>POST /channels/{channel.id}/messages</c>.</summary>
    public string Route { get; } = "";

    /// <summary>Discord's JSON error code (e.g. 50035 invalid form body, 10062 unknown interaction, 40060 already acknowledged).</summary>
    public int? DiscordCode { get; }

    public string? DiscordMessage { get; }

    /// <summary>The <c>errors</c> tree of a 50035 answer, as JSON.</summary>
    public string? ErrorDetails { get; }

    /// <summary>For 429s that were not retried: how long Discord asked to wait.</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>The bot token was rejected: fatal, and every later call fails without a request.</summary>
    public bool IsTokenRejected { get; }

    internal static DiscordHttpException TokenRejected(string route) => new(route, tokenRejected: true);

    private static string Describe(HttpStatusCode statusCode, string route, int? discordCode, string? discordMessage)
    {
        var code = discordCode is null ? "" : $" (Discord code {discordCode})";
        var text = string.IsNullOrWhiteSpace(discordMessage) ? "" : $": {discordMessage}";
        return $"Discord answered {(int)statusCode} {statusCode} to {route}{code}{text}";
    }
}
