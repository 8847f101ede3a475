using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using HfsBot.Discord.Models;
using HfsBot.Discord.Rest;
using HfsBot.Discord.Tests.Infrastructure;

namespace HfsBot.Discord.Tests;

/// <summary>Failure mode 8 (429 storms and Cloudflare bans) and the REST rules of protocol.md section 4, against the fake Discord.</summary>
public sealed class RestTests
{
    private static readonly Snowflake Channel = 290926798999357250;
    private static readonly Snowflake OtherChannel = 290926798999357251;

    internal static RestPolicy FastPolicy { get; } = new()
    {
        ServerErrorBaseDelay = TimeSpan.FromMilliseconds(50),
        UnknownRateLimitWait = TimeSpan.FromSeconds(1),
        RateLimitMargin = TimeSpan.FromMilliseconds(20),
        RequestTimeout = TimeSpan.FromSeconds(5),
    };

    private static MessageCreateRequest Hello => new() { Content = "hello", AllowedMentions = AllowedMentions.None };

    /// <summary>A published 429 body (data/rest) with its retry_after shortened so the test is quick.</summary>
    private static string RateLimitBody(string sample, double retryAfter)
    {
        var body = DiscordData.Node($"rest/{sample}");
        body["retry_after"] = retryAfter;
        return body.ToJsonString();
    }

    [Fact]
    public async Task Requests_CarryTheDocumentedHeaders_AndInteractionRoutesNoBotToken()
    {
        await using var harness = await GatewayHarness.CreateAsync();

        await harness.Rest.CreateMessageAsync(Channel, Hello, CancellationToken.None);
        await harness.Rest.CreateInteractionResponseAsync(1, "tok-en", InteractionResponse.Deferred(ephemeral: true), CancellationToken.None);

        var create = harness.Fake.Requests[0];
        Assert.Equal("/channels/290926798999357250/messages", create.Path);
        Assert.Equal($"Bot {FakeDiscord.Token}", create.Authorization);
        Assert.Matches(@"^DiscordBot \(https://github\.com/hfsbot/hfsbot, \d+\.\d+\.\d+\)$", create.UserAgent);
        Assert.StartsWith("application/json", create.ContentType, StringComparison.Ordinal);
        var callback = harness.Fake.Requests[1];
        Assert.Equal("/interactions/1/tok-en/callback", callback.Path);
        Assert.Null(callback.Authorization); // the interaction token in the URL is the credential
    }

    [Fact]
    public async Task BucketRateLimit_WithFloatRetryAfter_IsRetriedOnceAfterTheWait()
    {
        await using var harness = await GatewayHarness.CreateAsync();
        var calls = 0;
        harness.Fake.Rest = r => r.Path.StartsWith("/channels/", StringComparison.Ordinal) && Interlocked.Increment(ref calls) == 1
            ? FakeResponse.Json(429, RateLimitBody("429-user.body.json", 0.5),
                ("X-RateLimit-Bucket", "abcd1234"), ("X-RateLimit-Limit", "5"), ("X-RateLimit-Remaining", "0"),
                ("X-RateLimit-Reset-After", "0.5"), ("X-RateLimit-Scope", "user"), ("Retry-After", "3"))
            : null;

        var message = await harness.Rest.CreateMessageAsync(Channel, Hello, CancellationToken.None);

        Assert.Equal("hello", message.Content);
        var requests = harness.Fake.Requests;
        Assert.Equal(2, requests.Count);
        var gap = requests[1].At - requests[0].At;
        Assert.True(gap >= TimeSpan.FromMilliseconds(500), $"retried after {gap.TotalMilliseconds} ms; the body asked for 500 ms");
        Assert.True(gap < TimeSpan.FromMilliseconds(2500), $"retried after {gap.TotalMilliseconds} ms; the float retry_after (0.5) wins over Retry-After (3)");
    }

    [Fact]
    public async Task GlobalRateLimit_PausesOtherRoutes_ButNotInteractionCallbacks()
    {
        await using var harness = await GatewayHarness.CreateAsync();
        var globalHit = new TaskCompletionSource();
        var first = 0;
        harness.Fake.Rest = r =>
        {
            if (r.Path == "/channels/290926798999357250/messages" && Interlocked.Increment(ref first) == 1)
            {
                globalHit.TrySetResult();
                return FakeResponse.Json(429, RateLimitBody("429-global.body.json", 2), ("X-RateLimit-Global", "true"), ("X-RateLimit-Scope", "global"), ("Retry-After", "2"));
            }

            return null;
        };

        var blocked = harness.Rest.CreateMessageAsync(Channel, Hello, CancellationToken.None);
        await globalHit.Task;
        await Wait.UntilAsync(() => harness.Logs.Contains(580), because: "the client has seen the global 429");
        var issuedAt = harness.Fake.Elapsed;
        var other = harness.Rest.CreateMessageAsync(OtherChannel, Hello, CancellationToken.None);
        var interaction = harness.Rest.CreateInteractionResponseAsync(42, "token", InteractionResponse.Deferred(ephemeral: false), CancellationToken.None);
        await Task.WhenAll(blocked, other, interaction);

        var requests = harness.Fake.Requests;
        var hitAt = requests[0].At;
        var otherAt = requests.Single(r => r.Path.Contains("290926798999357251", StringComparison.Ordinal)).At;
        var callbackAt = requests.Single(r => r.Path.StartsWith("/interactions/", StringComparison.Ordinal)).At;
        Assert.True(otherAt - hitAt >= TimeSpan.FromMilliseconds(1980), $"another channel went out {(otherAt - hitAt).TotalMilliseconds} ms after a global 429 of 2 s");
        Assert.True(callbackAt < otherAt && callbackAt - issuedAt < TimeSpan.FromMilliseconds(1000), "interaction endpoints are exempt from the global limit");
    }

    [Fact]
    public async Task RemainingZero_HoldsTheNextRequestUntilTheReset_WithoutA429()
    {
        await using var harness = await GatewayHarness.CreateAsync();
        harness.Fake.Rest = r => r.Path.StartsWith("/channels/290926798999357250/", StringComparison.Ordinal)
            ? FakeResponse.Json(200, """{"id": "1", "channel_id": "290926798999357250", "content": "ok", "type": 0}""",
                ("X-RateLimit-Bucket", "bucket-a"), ("X-RateLimit-Limit", "1"), ("X-RateLimit-Remaining", "0"), ("X-RateLimit-Reset-After", "2"))
            : null;

        await harness.Rest.CreateMessageAsync(Channel, Hello, CancellationToken.None);
        var other = Stopwatch.StartNew();
        await harness.Rest.CreateMessageAsync(OtherChannel, Hello, CancellationToken.None); // another channel: another bucket
        Assert.True(other.Elapsed < TimeSpan.FromMilliseconds(1500), "channels are limited independently");
        await harness.Rest.CreateMessageAsync(Channel, Hello, CancellationToken.None);

        var same = harness.Fake.Requests.Where(r => r.Path.Contains("290926798999357250", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, same.Count);
        Assert.True(same[1].At - same[0].At >= TimeSpan.FromMilliseconds(2000), $"held {(same[1].At - same[0].At).TotalMilliseconds} ms");
    }

    [Fact]
    public async Task UnknownBucket_AllowsOneRequestInFlight()
    {
        await using var harness = await GatewayHarness.CreateAsync();
        var inFlight = 0;
        var maxInFlight = 0;
        harness.Fake.Rest = _ =>
        {
            var now = Interlocked.Increment(ref inFlight);
            InterlockedMax(ref maxInFlight, now);
            Thread.Sleep(150); // a slow answer, so that overlapping requests would be seen
            Interlocked.Decrement(ref inFlight);
            return null;
        };

        await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => harness.Rest.CreateMessageAsync(Channel, Hello, CancellationToken.None)));
        await harness.Rest.CreateMessageAsync(OtherChannel, Hello, CancellationToken.None);

        Assert.Equal(1, maxInFlight);
        Assert.Equal(4, harness.Fake.Requests.Count);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }

    [Fact]
    public async Task Unauthorized_IsFatal_AndStopsAllFurtherTraffic()
    {
        await using var harness = await GatewayHarness.CreateAsync(configure: (c, _) => c["Discord:Token"] = "a-reset-token.xyz");

        var error = await Assert.ThrowsAsync<DiscordHttpException>(() => harness.Rest.CreateMessageAsync(Channel, Hello, CancellationToken.None));

        Assert.True(error.IsTokenRejected);
        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
        Assert.Contains("rejected the bot token", error.Message, StringComparison.Ordinal);
        Assert.Equal(DiscordHttpException.TokenRejectedMessage, harness.Status.FatalError);
        Assert.DoesNotContain("a-reset-token", error.ToString(), StringComparison.Ordinal);

        var later = new Func<Task>[]
        {
            () => harness.Rest.CreateMessageAsync(OtherChannel, Hello, CancellationToken.None),
            () => harness.Rest.GetGatewayBotAsync(CancellationToken.None),
            () => harness.Rest.BulkOverwriteGlobalCommandsAsync(FakeDiscord.ApplicationId, [], CancellationToken.None),
            () => harness.Rest.CreateInteractionResponseAsync(1, "t", InteractionResponse.Deferred(true), CancellationToken.None),
        };
        foreach (var call in later)
        {
            var failFast = await Assert.ThrowsAsync<DiscordHttpException>(call);
            Assert.True(failFast.IsTokenRejected);
        }

        Assert.Single(harness.Fake.Requests); // nothing after the 401 reached Discord
        Assert.Contains(harness.Logs.Entries, e => e.EventId.Id == 582 && e.Level == Microsoft.Extensions.Logging.LogLevel.Critical);
        Assert.DoesNotContain(harness.Logs.Entries, e => e.FullText.Contains("a-reset-token", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Unauthorized_OnAnInteractionWebhook_MeansAnExpiredInteractionToken_NotAFatalError()
    {
        await using var harness = await GatewayHarness.CreateAsync();
        harness.Fake.Rest = r => r.Path.StartsWith("/webhooks/", StringComparison.Ordinal)
            ? FakeResponse.Json(401, """{"message": "Invalid Webhook Token", "code": 50027}""")
            : null;

        var error = await Assert.ThrowsAsync<DiscordHttpException>(() =>
            harness.Rest.EditOriginalInteractionResponseAsync(FakeDiscord.ApplicationId, "expired-token", new WebhookMessageRequest { Content = "late" }, CancellationToken.None));

        Assert.False(error.IsTokenRejected);
        Assert.Equal(50027, error.DiscordCode);
        Assert.DoesNotContain("expired-token", error.Message, StringComparison.Ordinal); // the route template, not the path
        Assert.Null(harness.Status.FatalError);
        await harness.Rest.CreateMessageAsync(Channel, Hello, CancellationToken.None); // traffic continues
    }

    [Theory]
    [InlineData(403, 50013, "Missing Permissions", false)] // retrying cannot grant a permission
    [InlineData(503, 0, "Service Unavailable", true)] // retried, but a bounded number of times
    public async Task ErrorAnswer_IsRetriedOnlyWhenRetryingCanHelp(int status, int code, string message, bool retried)
    {
        await using var harness = await GatewayHarness.CreateAsync();
        harness.Fake.Rest = _ => FakeResponse.Json(status, $$"""{"message": "{{message}}", "code": {{code}}}""");

        var error = await Assert.ThrowsAsync<DiscordHttpException>(() => harness.Rest.CreateMessageAsync(Channel, Hello, CancellationToken.None));

        Assert.Equal((HttpStatusCode)status, error.StatusCode);
        Assert.Equal(code, error.DiscordCode);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Contains("POST /channels/{channel.id}/messages", error.Message, StringComparison.Ordinal);
        Assert.Equal(retried ? FastPolicy.MaxServerErrorRetries + 1 : 1, harness.Fake.Requests.Count);
        Assert.Null(harness.Status.FatalError);
    }

    [Fact]
    public async Task ServerErrors_AreRetriedWithBackoff_ThenSucceed()
    {
        await using var harness = await GatewayHarness.CreateAsync();
        var calls = 0;
        harness.Fake.Rest = _ => Interlocked.Increment(ref calls) switch
        {
            1 => new FakeResponse(502, "<html>Bad Gateway</html>", ContentType: "text/html"),
            2 => FakeResponse.Json(500, """{"message": "Internal Server Error", "code": 0}"""),
            _ => null,
        };

        var message = await harness.Rest.CreateMessageAsync(Channel, Hello with { Nonce = "faq-334385199974967042", EnforceNonce = true }, CancellationToken.None);

        Assert.Equal("hello", message.Content);
        var requests = harness.Fake.Requests;
        Assert.Equal(3, requests.Count);
        Assert.True(requests[2].At - requests[1].At > requests[1].At - requests[0].At, "the backoff grows");
        Assert.All(requests, r => Assert.Contains("\"nonce\":\"faq-334385199974967042\"", r.Body, StringComparison.Ordinal)); // same nonce: idempotent
    }

    [Fact]
    public async Task HtmlRateLimitWithoutHeaders_DoesNotCrash_AndPausesEverythingConservatively()
    {
        await using var harness = await GatewayHarness.CreateAsync();
        var calls = 0;
        harness.Fake.Rest = r => Interlocked.Increment(ref calls) == 1
            ? new FakeResponse(429, "<!DOCTYPE html><html><body>Error 1015: You are being rate limited</body></html>", ContentType: "text/html")
            : null;

        var first = harness.Rest.CreateMessageAsync(Channel, Hello, CancellationToken.None);
        await Wait.UntilAsync(() => harness.Logs.Contains(581), because: "the client has seen the HTML 429");
        var interaction = harness.Rest.CreateInteractionResponseAsync(7, "t", InteractionResponse.Deferred(false), CancellationToken.None);
        await Task.WhenAll(first, interaction);

        var requests = harness.Fake.Requests;
        Assert.Equal(3, requests.Count);
        Assert.All(requests.Skip(1), r => Assert.True(r.At - requests[0].At >= FastPolicy.UnknownRateLimitWait, "nothing goes out during the pause, interactions included"));
        var banWarning = Assert.Single(harness.Logs.Entries, e => e.EventId.Id == 581); // one line for the one HTML 429
        Assert.Equal(Microsoft.Extensions.Logging.LogLevel.Error, banWarning.Level); // a likely IP ban must be loud
    }

    [Fact]
    public async Task RateLimitLongerThanTheCap_IsThrownAtOnceWithTheWait()
    {
        await using var harness = await GatewayHarness.CreateAsync();
        harness.Fake.Rest = _ => FakeResponse.Json(429, DiscordData.Text("rest/429-shared.body.json"), ("X-RateLimit-Scope", "shared"), ("Retry-After", "1337"), ("X-RateLimit-Bucket", "abcd1234"));

        var error = await Assert.ThrowsAsync<DiscordHttpException>(() => harness.Rest.CreateMessageAsync(Channel, Hello, CancellationToken.None));

        Assert.Equal(HttpStatusCode.TooManyRequests, error.StatusCode);
        Assert.Equal(1336.57, error.RetryAfter!.Value.TotalSeconds, 2);
        Assert.Single(harness.Fake.Requests);
    }

    [Fact]
    public async Task BodyOverTheDocumentedLimits_GetsThePublished50035Shape_AndIsNotRetried()
    {
        await using var harness = await GatewayHarness.CreateAsync();

        var error = await Assert.ThrowsAsync<DiscordHttpException>(() =>
            harness.Rest.CreateMessageAsync(Channel, Hello with { Content = new string('a', 2001) }, CancellationToken.None));

        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
        Assert.Equal(50035, error.DiscordCode);
        Assert.Equal("Invalid Form Body", error.DiscordMessage);
        var errors = JsonNode.Parse(error.ErrorDetails!)!;
        Assert.Equal("BASE_TYPE_MAX_LENGTH", (string?)errors["content"]!["_errors"]![0]!["code"]);
        Assert.Single(harness.Fake.Requests);
    }

    [Fact]
    public async Task SecondCallbackForOneInteraction_IsRejectedAs40060()
    {
        await using var harness = await GatewayHarness.CreateAsync();
        var response = InteractionResponse.Message(new InteractionCallbackData { Content = "answer", AllowedMentions = AllowedMentions.None });

        await harness.Rest.CreateInteractionResponseAsync(55, "t", response, CancellationToken.None);
        var error = await Assert.ThrowsAsync<DiscordHttpException>(() => harness.Rest.CreateInteractionResponseAsync(55, "t", response, CancellationToken.None));

        Assert.Equal(40060, error.DiscordCode);
    }

    [Fact]
    public async Task CallbackRetriedAfterA5xx_ThatLandedAnyway_CountsAsDone()
    {
        await using var harness = await GatewayHarness.CreateAsync();
        var calls = 0;
        harness.Fake.Rest = _ => Interlocked.Increment(ref calls) switch
        {
            1 => new FakeResponse(502), // Discord took it, the proxy lost the answer
            _ => FakeResponse.Json(400, """{"message": "Interaction has already been acknowledged.", "code": 40060}"""),
        };

        await harness.Rest.CreateInteractionResponseAsync(56, "t", InteractionResponse.Deferred(true), CancellationToken.None);

        Assert.Equal(2, harness.Fake.Requests.Count);
    }

    [Fact]
    public async Task NoAnswerAtAll_IsRetriedThenSurfacesWithoutTheToken()
    {
        await using var harness = await GatewayHarness.CreateAsync(configure: (c, _) => c["Discord:ApiBaseUrl"] = "http://127.0.0.1:9/api/v10");

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => harness.Rest.CreateMessageAsync(Channel, Hello, CancellationToken.None));

        Assert.Contains("POST /channels/{channel.id}/messages failed after 4 attempts", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(FakeDiscord.Token, error.ToString(), StringComparison.Ordinal);
        Assert.Equal(3, harness.Logs.Count(584));
    }

    [Fact]
    public async Task EveryEndpoint_RoundTripsAgainstTheFake()
    {
        await using var harness = await GatewayHarness.CreateAsync();
        var app = (Snowflake)FakeDiscord.ApplicationId;

        var gateway = await harness.Rest.GetGatewayBotAsync(CancellationToken.None);
        var edited = await harness.Rest.EditOriginalInteractionResponseAsync(app, "tok", new WebhookMessageRequest { Content = "edited", AllowedMentions = AllowedMentions.None }, CancellationToken.None);
        var followup = await harness.Rest.CreateFollowupMessageAsync(app, "tok", new WebhookMessageRequest { Content = "more", Flags = MessageFlags.Ephemeral, AllowedMentions = AllowedMentions.None }, CancellationToken.None);
        var global = await harness.Rest.BulkOverwriteGlobalCommandsAsync(app, PayloadTests.FaqCommands, CancellationToken.None);
        var guild = await harness.Rest.BulkOverwriteGuildCommandsAsync(app, 2000000000000002, PayloadTests.FaqCommands, CancellationToken.None);

        Assert.Equal(harness.Fake.GatewayUrl, gateway.Url);
        Assert.Equal(1, gateway.SessionStartLimit.MaxConcurrency);
        Assert.Equal("edited", edited.Content);
        Assert.Equal("more", followup.Content);
        Assert.All(global.Concat(guild), c => Assert.NotNull(c.Id));
        Assert.Equal(PayloadTests.FaqCommands.Count, guild.Count);
        Assert.Contains(harness.Fake.Requests, r => r.Method == "PATCH" && r.Path == "/webhooks/3000000000000003/tok/messages/@original");
        Assert.Contains(harness.Fake.Requests, r => r.Method == "PUT" && r.Path == "/applications/3000000000000003/guilds/2000000000000002/commands");
    }
}
