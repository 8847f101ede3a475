using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using HfsBot.Cli;
using HfsBot.Discord.Tests.Infrastructure;
using HfsBot.Testing;

namespace HfsBot.Tests.Discord;

/// <summary>
/// The real bot (HfsBotApp in Discord mode) against the fake Discord on loopback, with a copy of the real FAQ
/// and its own data folder. Builds gateway dispatches the way Discord sends them and waits for what the bot
/// sends back.
/// </summary>
internal sealed class BotUnderTest : IAsyncDisposable
{
    public const ulong GuildId = 2_000_000_000_000_002;
    public const ulong ChannelId = 5_000_000_000_000_005;
    public const ulong AutoAnswerChannelId = 5_000_000_000_000_006;
    public const ulong ModLogChannelId = 9_000_000_000_000_009;
    public const ulong ModeratorRoleId = 7_000_000_000_000_007;
    public const ulong MemberId = 8_000_000_000_000_001;

    private static long _ids = 1_100_000_000_000_000_000;
    private readonly CancellationTokenSource _stop;

    private BotUnderTest(FakeDiscord discord, TempFaqFolder faq, string dataDirectory, Task<int> run, StringWriter output, StringWriter errors, CancellationTokenSource stop)
    {
        _stop = stop;
        Discord = discord;
        Faq = faq;
        DataDirectory = dataDirectory;
        Run = run;
        Output = output;
        Errors = errors;
    }

    public FakeDiscord Discord { get; }

    public TempFaqFolder Faq { get; }

    public string DataDirectory { get; }

    public Task<int> Run { get; }

    public StringWriter Output { get; }

    public StringWriter Errors { get; }

    public FakeGatewayConnection Gateway => Discord.Connections[^1];

    public static readonly TimeSpan StartUpTimeout = TimeSpan.FromSeconds(30);

    public static Task<BotUnderTest> StartAsync(params string[] extraArgs) => StartAsync(configure: null, waitForCommands: true, extraArgs);

    public static async Task<BotUnderTest> StartAsync(Action<FakeDiscord>? configure, bool waitForCommands, params string[] extraArgs)
    {
        var discord = await FakeDiscord.StartAsync();
        configure?.Invoke(discord);
        var faq = new TempFaqFolder().WithRealEntries();

        var data = Path.Combine(faq.Path, "data");
        string[] args =
        [
            $"--Discord:ApiBaseUrl={discord.ApiBaseUrl}",
            $"--Discord:ModLogChannelId={ModLogChannelId}",
            $"--Discord:ModeratorRoleIds:0={ModeratorRoleId}",
            $"--Faq:Directory={faq.Path}",
            $"--Data:Directory={data}",
            .. extraArgs,
        ];
        var output = new StringWriter();
        var errors = new StringWriter();
        var stop = new CancellationTokenSource();
        // The token as the environment would give it (the command line refuses tokens), without changing the
        // environment of the other tests running in this process.
        KeyValuePair<string, string?>[] environment = [new("Discord:Token", FakeDiscord.Token)];
        var console = new ConsoleStreams(new StringReader(""), TextWriter.Synchronized(output), TextWriter.Synchronized(errors));
        var run = Task.Run(() => HfsBotApp.RunAsync(args, console, environment, stop.Token));
        var started = new BotUnderTest(discord, faq, data, run, output, errors, stop);
        if (waitForCommands)
        {
            // Start-up loads the whole real FAQ: the safety net trains and about a hundred linear-time regexes are built.
            // That takes a second or two alone, but with the other test projects running on two cores it has passed
            // ten seconds, so start-up gets longer than the waits for replies.
            await started.WaitForRequestAsync(r => r.Method == "PUT" && r.Path.Contains("/commands", StringComparison.Ordinal), "command registration", timeout: StartUpTimeout);
        }

        return started;
    }

    public Task DispatchAsync(string eventName, JsonObject data) =>
        Gateway.SendDispatchAsync(eventName, Gateway.NextSequence(), data.ToJsonString());

    public static string NewId() => Interlocked.Increment(ref _ids).ToString(CultureInfo.InvariantCulture);

    /// <summary>Waits for a request the bot sent that matches, which arrived after <paramref name="after"/> requests.</summary>
    public async Task<RecordedRequest> WaitForRequestAsync(Func<RecordedRequest, bool> predicate, string what, int after = 0, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (DateTime.UtcNow < deadline)
        {
            if (Discord.Requests.Skip(after).FirstOrDefault(predicate) is { } request)
            {
                return request;
            }

            if (Run.IsCompleted)
            {
                throw new InvalidOperationException($"the bot stopped (exit {await Run}) while waiting for {what}: {Errors}");
            }

            await Task.Delay(20);
        }

        throw new TimeoutException($"the bot sent no {what}; it sent: " + string.Join(", ", Discord.Requests.Select(r => $"{r.Method} {r.Path}")));
    }

    /// <summary>Requests to post a message in a channel.</summary>
    public static bool IsMessageTo(RecordedRequest request, ulong channelId) =>
        request.Method == "POST" && request.Path == $"/channels/{channelId}/messages";

    public static bool IsCallbackFor(RecordedRequest request, string interactionId) =>
        request.Method == "POST" && request.Path.StartsWith($"/interactions/{interactionId}/", StringComparison.Ordinal);

    /// <summary>Stops the bot the way SIGTERM does and returns its exit code.</summary>
    public async Task<int> StopAsync()
    {
        await _stop.CancelAsync();
        return await Run.WaitAsync(TimeSpan.FromSeconds(15));
    }

    public async ValueTask DisposeAsync()
    {
        if (!Run.IsCompleted)
        {
            await StopAsync();
        }

        await Discord.DisposeAsync();
        Faq.Dispose();
        _stop.Dispose();
    }

    // Payloads, shaped like Discord's (MSG "Message Structure", IRR "Interaction Structure").

    public static JsonObject Message(string content, ulong? guildId = GuildId, ulong channelId = ChannelId, ulong authorId = MemberId, bool mentionsBot = false, bool authorIsBot = false, string? id = null)
    {
        var message = new JsonObject
        {
            ["id"] = id ?? NewId(),
            ["channel_id"] = channelId.ToString(CultureInfo.InvariantCulture),
            ["author"] = new JsonObject { ["id"] = authorId.ToString(CultureInfo.InvariantCulture), ["username"] = "member", ["bot"] = authorIsBot },
            ["content"] = mentionsBot ? $"<@{FakeDiscord.BotUserId}> {content}" : content,
            ["timestamp"] = "2026-11-21T12:00:00.000000+00:00",
            ["tts"] = false,
            ["mention_everyone"] = false,
            ["mentions"] = mentionsBot ? new JsonArray(new JsonObject { ["id"] = FakeDiscord.BotUserId.ToString(CultureInfo.InvariantCulture), ["username"] = "hfsbot", ["bot"] = true }) : new JsonArray(),
            ["mention_roles"] = new JsonArray(),
            ["attachments"] = new JsonArray(),
            ["embeds"] = new JsonArray(),
            ["pinned"] = false,
            ["type"] = 0,
        };
        if (guildId is { } guild)
        {
            message["guild_id"] = guild.ToString(CultureInfo.InvariantCulture);
        }

        return message;
    }

    public static JsonObject Interaction(int type, JsonObject data, string? id = null, string permissions = "0", ulong[]? roles = null, ulong? guildId = GuildId)
    {
        var interaction = new JsonObject
        {
            ["id"] = id ?? NewId(),
            ["application_id"] = FakeDiscord.ApplicationId.ToString(CultureInfo.InvariantCulture),
            ["type"] = type,
            ["data"] = data,
            ["channel_id"] = ChannelId.ToString(CultureInfo.InvariantCulture),
            ["token"] = "interaction-token-" + NewId(),
            ["version"] = 1,
            ["locale"] = "en-GB",
        };
        var user = new JsonObject { ["id"] = MemberId.ToString(CultureInfo.InvariantCulture), ["username"] = "member" };
        if (guildId is { } guild)
        {
            interaction["guild_id"] = guild.ToString(CultureInfo.InvariantCulture);
            interaction["member"] = new JsonObject
            {
                ["user"] = user,
                ["roles"] = new JsonArray([.. (roles ?? []).Select(r => (JsonNode)r.ToString(CultureInfo.InvariantCulture))]),
                ["permissions"] = permissions,
            };
        }
        else
        {
            interaction["user"] = user;
        }

        return interaction;
    }

    public static JsonObject SlashFaq(string question, bool? isPublic = null, bool focused = false)
    {
        var options = new JsonArray(new JsonObject { ["name"] = "question", ["type"] = 3, ["value"] = question, ["focused"] = focused ? true : null });
        if (isPublic is { } value)
        {
            options.Add(new JsonObject { ["name"] = "public", ["type"] = 5, ["value"] = value });
        }

        return new JsonObject { ["id"] = "1", ["name"] = "faq", ["type"] = 1, ["options"] = options };
    }

    public static JsonObject SlashAdmin(string subcommand) =>
        new() { ["id"] = "2", ["name"] = "faqadmin", ["type"] = 1, ["options"] = new JsonArray(new JsonObject { ["name"] = subcommand, ["type"] = 1 }) };

    public static JsonObject Button(string customId) => new() { ["custom_id"] = customId, ["component_type"] = 2 };

    public static JsonObject AnswerWithFaq(JsonObject target) => new()
    {
        ["id"] = "3",
        ["name"] = "Answer with FAQ",
        ["type"] = 3,
        ["target_id"] = target["id"]!.GetValue<string>(),
        ["resolved"] = new JsonObject { ["messages"] = new JsonObject { [target["id"]!.GetValue<string>()] = target.DeepClone() } },
    };

    public static JsonElement Body(RecordedRequest request) => JsonDocument.Parse(request.Body).RootElement.Clone();
}
