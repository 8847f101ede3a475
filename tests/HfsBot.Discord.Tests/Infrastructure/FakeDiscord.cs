using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HfsBot.Discord.Tests.Infrastructure;

internal sealed record RecordedRequest(string Method, string Path, string? Authorization, string? UserAgent, string? ContentType, string Body, TimeSpan At)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement.Clone();
}

internal sealed record FakeResponse(int Status, string? Body = null, IReadOnlyDictionary<string, string>? Headers = null, string ContentType = "application/json")
{
    public static FakeResponse Json(int status, string body, params (string Name, string Value)[] headers) =>
        new(status, body, headers.ToDictionary(h => h.Name, h => h.Value));
}

/// <summary>
/// A fake Discord on 127.0.0.1 (Kestrel): the REST routes the bot uses, and gateway sockets on <c>/gw</c> and
/// <c>/resume</c>. It follows Discord's documentation, not our client: it rejects what Discord rejects (oversized
/// or undecodable frames with 4002, a second Identify with 4005, a wrong token with 4004, ...; request bodies that
/// break the OpenAPI schema or the documented limits with the published 50035 error shape). Every client frame and
/// request is recorded with a timestamp. Each test scripts the gateway through <see cref="Script"/>.
/// </summary>
internal sealed partial class FakeDiscord : IAsyncDisposable
{
    /// <summary>Distinctive so that a leak into a log line or an exception message is easy to find.</summary>
    public const string Token = "MTA5ODc2NTQzMjE.GhFake.T0ken-s3cr3t_Zq9xY";

    public const ulong BotUserId = 1_000_000_000_000_001;
    public const ulong ApplicationId = 3_000_000_000_000_003;

    private readonly WebApplication _app;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly ConcurrentQueue<FakeGatewayConnection> _connections = new();
    private readonly Channel<FakeGatewayConnection> _newConnections = Channel.CreateUnbounded<FakeGatewayConnection>();
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private readonly ConcurrentDictionary<string, byte> _acknowledgedInteractions = new();
    private readonly ConcurrentDictionary<string, long> _sessions = new();
    private int _connectionCount;
    private int _sessionCounter;
    private long _messageIds = 9_000_000_000_000_000;
    private int _sessionStartRemaining = 1000;
    private int _identifies;

    private FakeDiscord(WebApplication app, int port)
    {
        _app = app;
        Port = port;
    }

    public int Port { get; }

    public string ApiBaseUrl => $"http://127.0.0.1:{Port}/api/v10";

    public string GatewayUrl => $"ws://127.0.0.1:{Port}/gw";

    public string ResumeUrl => $"ws://127.0.0.1:{Port}/resume";

    public TimeSpan Elapsed => _clock.Elapsed;

    /// <summary>What the fake gateway does on each new connection; by default a normal session.</summary>
    public Func<FakeGatewayConnection, Task> Script { get; set; } = c => c.RunStandardSessionAsync();

    /// <summary>Per-test REST behaviour; return null to fall through to the documented default.</summary>
    public Func<RecordedRequest, FakeResponse?>? Rest { get; set; }

    public int HeartbeatIntervalMs { get; set; } = 45_000;

    public int SessionStartTotal { get; set; } = 1000;

    public int SessionStartRemaining
    {
        get => Volatile.Read(ref _sessionStartRemaining);
        set => Volatile.Write(ref _sessionStartRemaining, value);
    }

    public long SessionStartResetAfterMs { get; set; } = 14_400_000;

    public int MaxConcurrency { get; set; } = 1;

    public int Identifies => Volatile.Read(ref _identifies);

    public IReadOnlyList<FakeGatewayConnection> Connections => [.. _connections];

    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    /// <summary>Every frame the client sent, on every connection, in arrival order.</summary>
    public IReadOnlyList<RecordedFrame> AllFrames => [.. _connections.SelectMany(c => c.Frames).OrderBy(f => f.At)];

    public static async Task<FakeDiscord> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.UseWebSockets();
        FakeDiscord? fake = null;
        app.Map("/gw", context => fake!.AcceptGatewayAsync(context, "/gw"));
        app.Map("/resume", context => fake!.AcceptGatewayAsync(context, "/resume"));
        app.Map("/api/v10/{**path}", context => fake!.HandleRestAsync(context));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        fake = new FakeDiscord(app, new Uri(address).Port);
        return fake;
    }

    public async Task<FakeGatewayConnection> NextConnectionAsync(TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(10));
        try
        {
            return await _newConnections.Reader.ReadAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"No new gateway connection within {(timeout ?? TimeSpan.FromSeconds(10)).TotalSeconds} s (connections so far: {_connectionCount}).");
        }
    }

    public string NewSessionId()
    {
        var id = $"session-{Interlocked.Increment(ref _sessionCounter)}";
        _sessions[id] = 0;
        return id;
    }

    public bool IsKnownSession(string? sessionId) => sessionId is not null && _sessions.ContainsKey(sessionId);

    internal void OnIdentify()
    {
        Interlocked.Increment(ref _identifies);
        Interlocked.Decrement(ref _sessionStartRemaining);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var connection in _connections)
        {
            connection.Abort();
        }

        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await _app.StopAsync(cts.Token);
        await _app.DisposeAsync();
        foreach (var connection in _connections)
        {
            connection.Dispose();
        }
    }

    private async Task AcceptGatewayAsync(HttpContext context, string path)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = 400;
            return;
        }

        var socket = await context.WebSockets.AcceptWebSocketAsync(new WebSocketAcceptContext { KeepAliveInterval = TimeSpan.Zero });
        var connection = new FakeGatewayConnection(this, Interlocked.Increment(ref _connectionCount) - 1, path, context.Request.QueryString.Value, socket, context, _clock);
        _connections.Enqueue(connection);
        _newConnections.Writer.TryWrite(connection);
        var reading = connection.RunReaderAsync();
        try
        {
            await Script(connection);
        }
        catch (Exception ex)
        {
            connection.ScriptError = ex;
        }

        try
        {
            await reading; // keep the request (and socket) alive until the client is gone
        }
        finally
        {
            connection.EndRequest();
        }
    }

    private async Task HandleRestAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync();
        var request = new RecordedRequest(
            context.Request.Method,
            "/" + (string?)context.Request.RouteValues["path"] + context.Request.QueryString.Value,
            context.Request.Headers.Authorization.FirstOrDefault(),
            context.Request.Headers.UserAgent.FirstOrDefault(),
            context.Request.ContentType,
            body,
            _clock.Elapsed);
        _requests.Enqueue(request);

        var response = Rest?.Invoke(request) ?? Default(request);
        context.Response.StatusCode = response.Status;
        foreach (var (name, value) in response.Headers ?? new Dictionary<string, string>())
        {
            context.Response.Headers[name] = value;
        }

        if (response.Body is not null)
        {
            context.Response.ContentType = response.ContentType;
            await context.Response.WriteAsync(response.Body);
        }
    }

    private FakeResponse Default(RecordedRequest request)
    {
        var interactionRoute = request.Path.StartsWith("/interactions/", StringComparison.Ordinal) || request.Path.StartsWith("/webhooks/", StringComparison.Ordinal);
        if (!interactionRoute && request.Authorization != $"Bot {Token}")
        {
            return FakeResponse.Json(401, """{"message": "401: Unauthorized", "code": 0}""");
        }

        if (request.UserAgent is null || !request.UserAgent.StartsWith("DiscordBot (", StringComparison.Ordinal))
        {
            return FakeResponse.Json(400, """{"message": "A valid User-Agent is required", "code": 0}""");
        }

        if (request.Body.Length > 0 && request.ContentType?.StartsWith("application/json", StringComparison.Ordinal) != true)
        {
            return InvalidFormBody([new SchemaViolation("", "CONTENT_TYPE_INVALID", "Expected \"Content-Type\" header to be one of {'application/json'}.")]);
        }

        if (request.Method == "GET" && request.Path == "/gateway/bot")
        {
            var info = new JsonObject
            {
                ["url"] = GatewayUrl,
                ["shards"] = 1,
                ["session_start_limit"] = new JsonObject
                {
                    ["total"] = SessionStartTotal,
                    ["remaining"] = Math.Max(0, SessionStartRemaining),
                    ["reset_after"] = SessionStartResetAfterMs,
                    ["max_concurrency"] = MaxConcurrency,
                },
            };
            return FakeResponse.Json(200, info.ToJsonString());
        }

        if (request.Method == "POST" && ChannelMessagesRoute().Match(request.Path) is { Success: true } channel)
        {
            return Validated(request, OpenApiSchemaChecker.Spec.RequestSchema("/channels/{channel_id}/messages", "post"))
                ?? FakeResponse.Json(200, MessageJson(channel.Groups[1].Value, request.Json));
        }

        if (request.Method == "POST" && InteractionCallbackRoute().Match(request.Path) is { Success: true } callback)
        {
            if (Validated(request, OpenApiSchemaChecker.Spec.RequestSchema("/interactions/{interaction_id}/{interaction_token}/callback", "post")) is { } invalid)
            {
                return invalid;
            }

            return _acknowledgedInteractions.TryAdd(callback.Groups[1].Value, 0)
                ? new FakeResponse(204)
                : FakeResponse.Json(400, """{"message": "Interaction has already been acknowledged.", "code": 40060}""");
        }

        if (request.Method == "PATCH" && EditOriginalRoute().IsMatch(request.Path))
        {
            return Validated(request, OpenApiSchemaChecker.Spec.RequestSchema("/webhooks/{webhook_id}/{webhook_token}/messages/@original", "patch"))
                ?? FakeResponse.Json(200, MessageJson("4000", request.Json));
        }

        if (request.Method == "POST" && FollowupRoute().IsMatch(request.Path))
        {
            return Validated(request, OpenApiSchemaChecker.Spec.RequestSchema("/webhooks/{webhook_id}/{webhook_token}", "post"))
                ?? FakeResponse.Json(200, MessageJson("4000", request.Json));
        }

        if (request.Method == "PUT" && CommandsRoute().IsMatch(request.Path))
        {
            var path = request.Path.Contains("/guilds/", StringComparison.Ordinal) ? "/applications/{application_id}/guilds/{guild_id}/commands" : "/applications/{application_id}/commands";
            if (Validated(request, OpenApiSchemaChecker.Spec.RequestSchema(path, "put")) is { } invalid)
            {
                return invalid;
            }

            var commands = JsonNode.Parse(request.Body)!.AsArray();
            foreach (var command in commands)
            {
                command!["id"] = Interlocked.Increment(ref _messageIds).ToString(CultureInfo.InvariantCulture);
                command["application_id"] = ApplicationId.ToString(CultureInfo.InvariantCulture);
            }

            return FakeResponse.Json(200, commands.ToJsonString());
        }

        return FakeResponse.Json(404, """{"message": "404: Not Found", "code": 0}""");
    }

    private static FakeResponse? Validated(RecordedRequest request, JsonElement schema)
    {
        JsonElement body;
        try
        {
            body = request.Json;
        }
        catch (JsonException)
        {
            return FakeResponse.Json(400, """{"message": "The request body contains invalid JSON.", "code": 50109}""");
        }

        var violations = OpenApiSchemaChecker.Spec.Validate(body, schema).Concat(DocsLimits.Check(body)).ToList();
        return violations.Count == 0 ? null : InvalidFormBody(violations);
    }

    /// <summary>Discord's 50035 shape (REF "Error Messages"): the errors nested along the path, with <c>_errors</c> leaves.</summary>
    public static FakeResponse InvalidFormBody(IEnumerable<SchemaViolation> violations)
    {
        var errors = new JsonObject();
        foreach (var violation in violations)
        {
            var node = errors;
            foreach (var segment in violation.Path.Split('.', StringSplitOptions.RemoveEmptyEntries))
            {
                node = (JsonObject)(node[segment] ??= new JsonObject());
            }

            var list = (JsonArray)(node["_errors"] ??= new JsonArray());
            list.Add(new JsonObject { ["code"] = violation.Code, ["message"] = violation.Message });
        }

        var body = new JsonObject { ["code"] = 50035, ["errors"] = errors, ["message"] = "Invalid Form Body" };
        return FakeResponse.Json(400, body.ToJsonString());
    }

    private string MessageJson(string channelId, JsonElement request)
    {
        var message = new JsonObject
        {
            ["id"] = Interlocked.Increment(ref _messageIds).ToString(CultureInfo.InvariantCulture),
            ["channel_id"] = channelId,
            ["author"] = new JsonObject { ["id"] = BotUserId.ToString(CultureInfo.InvariantCulture), ["username"] = "hfsbot", ["bot"] = true },
            ["content"] = request.TryGetProperty("content", out var content) ? content.GetString() : "",
            ["mentions"] = new JsonArray(),
            ["type"] = 0,
        };
        return message.ToJsonString();
    }

    [GeneratedRegex("^/channels/([0-9]+)/messages$")]
    private static partial Regex ChannelMessagesRoute();

    [GeneratedRegex("^/interactions/([0-9]+)/[^/]+/callback$")]
    private static partial Regex InteractionCallbackRoute();

    [GeneratedRegex("^/webhooks/[0-9]+/[^/]+/messages/@original$")]
    private static partial Regex EditOriginalRoute();

    [GeneratedRegex("^/webhooks/[0-9]+/[^/]+$")]
    private static partial Regex FollowupRoute();

    [GeneratedRegex("^/applications/[0-9]+(/guilds/[0-9]+)?/commands$")]
    private static partial Regex CommandsRoute();
}
