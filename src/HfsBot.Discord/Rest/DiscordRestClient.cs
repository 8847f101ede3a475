using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using HfsBot.Discord.Json;
using HfsBot.Discord.Models;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HfsBot.Discord.Rest;

/// <summary>The Discord HTTP API calls the bot makes. Errors surface as <see cref="DiscordHttpException"/>.</summary>
public interface IDiscordRestClient
{
    /// <summary><c>GET /gateway/bot</c>: the gateway URL and the session-start limits.</summary>
    Task<GatewayBotInfo> GetGatewayBotAsync(CancellationToken cancellationToken);

    /// <summary><c>POST /channels/{channel.id}/messages</c>. Set a nonce with enforce_nonce to make retries idempotent.</summary>
    Task<Message> CreateMessageAsync(Snowflake channelId, MessageCreateRequest message, CancellationToken cancellationToken);

    /// <summary><c>POST /interactions/{id}/{token}/callback</c>: the one initial response, within 3 s of the event.</summary>
    Task CreateInteractionResponseAsync(Snowflake interactionId, string interactionToken, InteractionResponse response, CancellationToken cancellationToken);

    /// <summary><c>PATCH /webhooks/{application.id}/{interaction.token}/messages/@original</c>, e.g. after a deferral.</summary>
    Task<Message> EditOriginalInteractionResponseAsync(Snowflake applicationId, string interactionToken, WebhookMessageRequest message, CancellationToken cancellationToken);

    /// <summary><c>POST /webhooks/{application.id}/{interaction.token}</c>: a follow-up message (token valid 15 min).</summary>
    Task<Message> CreateFollowupMessageAsync(Snowflake applicationId, string interactionToken, WebhookMessageRequest message, CancellationToken cancellationToken);

    /// <summary><c>PUT /applications/{application.id}/commands</c>: replaces all global commands.</summary>
    Task<IReadOnlyList<ApplicationCommand>> BulkOverwriteGlobalCommandsAsync(Snowflake applicationId, IReadOnlyList<ApplicationCommand> commands, CancellationToken cancellationToken);

    /// <summary><c>PUT /applications/{application.id}/guilds/{guild.id}/commands</c>: replaces the guild's commands.</summary>
    Task<IReadOnlyList<ApplicationCommand>> BulkOverwriteGuildCommandsAsync(Snowflake applicationId, Snowflake guildId, IReadOnlyList<ApplicationCommand> commands, CancellationToken cancellationToken);
}

/// <summary>
/// HttpClient-based client with Discord's rate limits and retry rules (protocol.md section 4). It owns the
/// <see cref="HttpClient"/> it is given. After a 401 on a bot-token route it sends nothing more: every call fails
/// at once and the fatal error is reported to <see cref="GatewayStatus"/>.
/// </summary>
internal sealed class DiscordRestClient(
    HttpClient http,
    IOptions<DiscordOptions> options,
    GatewayStatus status,
    RestPolicy policy,
    TimeProvider time,
    ILogger<DiscordRestClient> logger) : IDiscordRestClient, IDisposable
{
    public const string RepositoryUrl = "https://github.com/hfsbot/hfsbot";

    private static readonly byte[] NoContent = [];

    private readonly RestRateLimiter _limiter = new(policy, time);
    private readonly InvalidRequestCounter _invalidRequests = new(policy, time);
    private readonly Uri _baseUri = new(options.Value.ApiBaseUrl.TrimEnd('/') + "/");
    private readonly AuthenticationHeaderValue _authorization = new("Bot", options.Value.Token);
    private int _tokenRejected;

    /// <summary><c>DiscordBot ($url, $versionNumber)</c>, as REF "User Agent" requires.</summary>
    public static string UserAgent { get; } =
        $"DiscordBot ({RepositoryUrl}, {typeof(DiscordRestClient).Assembly.GetName().Version?.ToString(3) ?? "1.0.0"})";

    public async Task<GatewayBotInfo> GetGatewayBotAsync(CancellationToken cancellationToken) =>
        Read(RestRoute.GatewayBot(), await SendAsync(RestRoute.GatewayBot(), null, cancellationToken), DiscordJsonContext.Default.GatewayBotInfo);

    public async Task<Message> CreateMessageAsync(Snowflake channelId, MessageCreateRequest message, CancellationToken cancellationToken)
    {
        var route = RestRoute.CreateMessage(channelId);
        var body = JsonSerializer.SerializeToUtf8Bytes(message, DiscordJsonContext.Default.MessageCreateRequest);
        return Read(route, await SendAsync(route, body, cancellationToken), DiscordJsonContext.Default.Message);
    }

    public async Task CreateInteractionResponseAsync(Snowflake interactionId, string interactionToken, InteractionResponse response, CancellationToken cancellationToken)
    {
        var route = RestRoute.InteractionCallback(interactionId, interactionToken);
        var body = JsonSerializer.SerializeToUtf8Bytes(response, DiscordJsonContext.Default.InteractionResponse);
        await SendAsync(route, body, cancellationToken);
    }

    public async Task<Message> EditOriginalInteractionResponseAsync(Snowflake applicationId, string interactionToken, WebhookMessageRequest message, CancellationToken cancellationToken)
    {
        var route = RestRoute.EditOriginalResponse(applicationId, interactionToken);
        var body = JsonSerializer.SerializeToUtf8Bytes(message, DiscordJsonContext.Default.WebhookMessageRequest);
        return Read(route, await SendAsync(route, body, cancellationToken), DiscordJsonContext.Default.Message);
    }

    public async Task<Message> CreateFollowupMessageAsync(Snowflake applicationId, string interactionToken, WebhookMessageRequest message, CancellationToken cancellationToken)
    {
        var route = RestRoute.CreateFollowup(applicationId, interactionToken);
        var body = JsonSerializer.SerializeToUtf8Bytes(message, DiscordJsonContext.Default.WebhookMessageRequest);
        return Read(route, await SendAsync(route, body, cancellationToken), DiscordJsonContext.Default.Message);
    }

    public Task<IReadOnlyList<ApplicationCommand>> BulkOverwriteGlobalCommandsAsync(Snowflake applicationId, IReadOnlyList<ApplicationCommand> commands, CancellationToken cancellationToken) =>
        OverwriteCommandsAsync(RestRoute.BulkOverwriteGlobalCommands(applicationId), commands, cancellationToken);

    public Task<IReadOnlyList<ApplicationCommand>> BulkOverwriteGuildCommandsAsync(Snowflake applicationId, Snowflake guildId, IReadOnlyList<ApplicationCommand> commands, CancellationToken cancellationToken) =>
        OverwriteCommandsAsync(RestRoute.BulkOverwriteGuildCommands(applicationId, guildId), commands, cancellationToken);

    public void Dispose() => http.Dispose();

    private async Task<IReadOnlyList<ApplicationCommand>> OverwriteCommandsAsync(RestRoute route, IReadOnlyList<ApplicationCommand> commands, CancellationToken cancellationToken)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(commands, DiscordJsonContext.Default.IReadOnlyListApplicationCommand);
        return Read(route, await SendAsync(route, body, cancellationToken), DiscordJsonContext.Default.ListApplicationCommand);
    }

    private static T Read<T>(RestRoute route, byte[] content, JsonTypeInfo<T> typeInfo)
    {
        try
        {
            return JsonSerializer.Deserialize(content, typeInfo) ?? throw new JsonException("The body is JSON null.");
        }
        catch (JsonException ex)
        {
            throw new DiscordHttpException(HttpStatusCode.OK, route.Description, null, $"the answer could not be read ({ex.Message})");
        }
    }

    /// <summary>Sends one call with rate limiting and retries; returns the body of a 2xx answer.</summary>
    private async Task<byte[]> SendAsync(RestRoute route, byte[]? body, CancellationToken cancellationToken)
    {
        ThrowIfTokenRejected(route);
        var bucket = _limiter.GetBucket(route);
        await bucket.Gate.WaitAsync(cancellationToken);
        try
        {
            var rateLimited = 0;
            var failures = 0;
            while (true)
            {
                await WaitForLimitsAsync(route, bucket, cancellationToken);
                ThrowIfTokenRejected(route); // another call may have hit a 401 while this one waited

                HttpStatusCode statusCode;
                byte[] content;
                HttpResponseHeaders headers;
                try
                {
                    using var request = BuildRequest(route, body);
                    using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                    timeout.CancelAfter(policy.RequestTimeout);
                    using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, timeout.Token);
                    content = await response.Content.ReadAsByteArrayAsync(timeout.Token);
                    statusCode = response.StatusCode;
                    headers = response.Headers;
                }
                catch (Exception ex) when (ex is HttpRequestException or IOException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
                {
                    // No answer (connection failure or timeout): retried like a 5xx. A create-message retry is made
                    // idempotent by the caller's nonce + enforce_nonce.
                    if (!await BackOffAsync(++failures, (attempt, delayMs) => DiscordLog.RestTransportError(logger, route.Description, ex.Message, attempt, delayMs), cancellationToken))
                    {
                        throw new HttpRequestException($"{route.Description} failed after {failures} attempts: {ex.Message}", ex);
                    }

                    continue;
                }

                _limiter.Apply(route, bucket, headers);
                if ((int)statusCode is >= 200 and < 300)
                {
                    return content.Length == 0 ? NoContent : content;
                }

                var error = TryReadError(content);
                switch ((int)statusCode)
                {
                    case 429:
                        var wait = OnRateLimited(route, bucket, headers, error);
                        if (++rateLimited > policy.MaxRateLimitRetries || wait > policy.MaxRetryAfter)
                        {
                            throw new DiscordHttpException(statusCode, route.Description, error?.Code, error?.Message ?? "rate limited", retryAfter: wait);
                        }

                        continue;

                    case 401:
                        CountInvalidRequest();
                        if (route.UsesBotToken)
                        {
                            OnTokenRejected(route);
                            throw DiscordHttpException.TokenRejected(route.Description);
                        }

                        throw Failure(statusCode, route, error); // an expired interaction token, not the bot token

                    case 403:
                        CountInvalidRequest();
                        throw Failure(statusCode, route, error); // missing permission: retrying cannot help

                    case >= 500:
                        if (!await BackOffAsync(++failures, (attempt, delayMs) => DiscordLog.RestServerError(logger, route.Description, (int)statusCode, attempt, delayMs), cancellationToken))
                        {
                            throw Failure(statusCode, route, error);
                        }

                        continue;

                    case 400 when route.Kind == RouteKind.InteractionCallback && failures > 0 && error?.Code == 40060:
                        // "Already acknowledged" after a failed attempt: that attempt reached Discord after all.
                        return NoContent;

                    default:
                        throw Failure(statusCode, route, error);
                }
            }
        }
        finally
        {
            bucket.Gate.Release();
        }
    }

    /// <summary>
    /// Before retry <paramref name="attempt"/> after a 5xx or no answer: logs and waits, doubling from
    /// <see cref="RestPolicy.ServerErrorBaseDelay"/>. Returns false, without waiting, once the retries are used up.
    /// </summary>
    private async Task<bool> BackOffAsync(int attempt, Action<int, double> logRetry, CancellationToken cancellationToken)
    {
        if (attempt > policy.MaxServerErrorRetries)
        {
            return false;
        }

        var delay = policy.ServerErrorBaseDelay * Math.Pow(2, attempt - 1);
        logRetry(attempt, delay.TotalMilliseconds);
        await Task.Delay(delay, time, cancellationToken);
        return true;
    }

    private HttpRequestMessage BuildRequest(RestRoute route, byte[]? body)
    {
        var request = new HttpRequestMessage(route.Method, new Uri(_baseUri, route.Path));
        request.Headers.TryAddWithoutValidation("User-Agent", UserAgent);
        if (route.UsesBotToken)
        {
            request.Headers.Authorization = _authorization;
        }

        if (body is not null)
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        return request;
    }

    private async Task WaitForLimitsAsync(RestRoute route, RateLimitBucket bucket, CancellationToken cancellationToken)
    {
        while (true)
        {
            var pause = _limiter.PauseFor(route);
            var bucketWait = bucket.DelayNeeded();
            var wait = pause > bucketWait ? pause : bucketWait;
            if (wait <= TimeSpan.Zero)
            {
                return;
            }

            DiscordLog.RestWaiting(logger, route.Description, wait.TotalMilliseconds);
            await Task.Delay(wait + policy.RateLimitMargin, time, cancellationToken);
        }
    }

    /// <summary>Records a 429 and returns how long Discord asked to wait.</summary>
    private TimeSpan OnRateLimited(RestRoute route, RateLimitBucket bucket, HttpResponseHeaders headers, DiscordErrorBody? error)
    {
        var scope = RestRateLimiter.ReadString(headers, "X-RateLimit-Scope");
        if (!string.Equals(scope, "shared", StringComparison.OrdinalIgnoreCase))
        {
            CountInvalidRequest(); // shared-resource 429s do not count toward the ban (RL)
        }

        // The body's float retry_after is the precise value; Retry-After is rounded to whole seconds.
        TimeSpan? retryAfter = error?.RetryAfter is { } seconds && double.IsFinite(seconds) && seconds >= 0
            ? TimeSpan.FromSeconds(seconds)
            : headers.RetryAfter?.Delta ?? RestRateLimiter.ReadResetAfter(headers);
        var isGlobal = string.Equals(RestRateLimiter.ReadString(headers, "X-RateLimit-Global"), "true", StringComparison.OrdinalIgnoreCase)
            || error?.Global == true;

        if (retryAfter is null)
        {
            // Not Discord's JSON and no headers: Cloudflare answering for a banned IP. Everything stops for a while.
            var wait = policy.UnknownRateLimitWait;
            _limiter.PauseAllTraffic(wait);
            DiscordLog.RestUnexplainedRateLimit(logger, route.Description, wait.TotalSeconds);
            return wait;
        }

        if (isGlobal)
        {
            _limiter.PauseGlobal(retryAfter.Value);
        }
        else
        {
            bucket.Exhaust(retryAfter.Value);
        }

        DiscordLog.RestRateLimited(logger, route.Description, retryAfter.Value.TotalSeconds, scope ?? "unknown", isGlobal);
        return retryAfter.Value;
    }

    private void OnTokenRejected(RestRoute route)
    {
        if (Interlocked.Exchange(ref _tokenRejected, 1) == 0)
        {
            DiscordLog.RestTokenRejected(logger, route.Description);
            status.ReportFatal(DiscordHttpException.TokenRejectedMessage);
        }
    }

    private void ThrowIfTokenRejected(RestRoute route)
    {
        if (Volatile.Read(ref _tokenRejected) == 1)
        {
            throw DiscordHttpException.TokenRejected(route.Description);
        }
    }

    private void CountInvalidRequest()
    {
        var (count, warn) = _invalidRequests.Record();
        if (warn)
        {
            DiscordLog.InvalidRequestsGrowing(logger, count, policy.InvalidRequestWindow.TotalMinutes);
        }
    }

    private static DiscordErrorBody? TryReadError(byte[] content)
    {
        if (content.Length == 0)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(content, DiscordJsonContext.Default.DiscordErrorBody);
        }
        catch (JsonException)
        {
            return null; // e.g. Cloudflare's HTML
        }
    }

    private static DiscordHttpException Failure(HttpStatusCode statusCode, RestRoute route, DiscordErrorBody? error) =>
        new(statusCode, route.Description, error?.Code, error?.Message, error?.Errors?.GetRawText());
}
