using HfsBot.Discord.Gateway;
using HfsBot.Discord.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HfsBot.Discord.Tests;

/// <summary>Configuration (design.md section 5), validation at start, and the hosted service's handling of fatal errors.</summary>
public sealed class OptionsAndHostingTests
{
    private static DiscordOptions Bind(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration);
        services.AddOptions<DiscordOptions>().BindConfiguration(DiscordOptions.SectionName);
        return services.BuildServiceProvider().GetRequiredService<IOptions<DiscordOptions>>().Value;
    }

    private static ValidateOptionsResult Validate(DiscordOptions options) => new DiscordOptionsValidator().Validate(null, options);

    [Fact]
    public void Bind_AllKeys_FromConfiguration()
    {
        var options = Bind(new()
        {
            ["Discord:Token"] = FakeDiscord.Token,
            ["Discord:GatewayUrl"] = "wss://gateway.example",
            ["Discord:GuildIds:0"] = "111",
            ["Discord:GuildIds:1"] = "222",
            ["Discord:AutoAnswerChannelIds:0"] = "333",
            ["Discord:ModeratorRoleIds:0"] = "444",
            ["Discord:ModLogChannelId"] = "555",
        });

        Assert.True(Validate(options).Succeeded);
        Assert.Equal(DiscordOptions.DefaultApiBaseUrl, options.ApiBaseUrl);
        Assert.Equal([111UL, 222UL], options.GuildIds);
        Assert.Equal([333UL], options.AutoAnswerChannelIds);
        Assert.Equal([444UL], options.ModeratorRoleIds);
        Assert.Equal(555UL, options.ModLogChannelId);
        Assert.Equal(37377, (int)options.Intents);
    }

    [Fact]
    public void Defaults_AreEmpty_AndIntentsExcludeMessageContent()
    {
        var options = Bind(new() { ["Discord:Token"] = FakeDiscord.Token });

        Assert.Empty(options.GuildIds);
        Assert.Empty(options.AutoAnswerChannelIds);
        Assert.Empty(options.ModeratorRoleIds);
        Assert.Null(options.ModLogChannelId);
        Assert.Null(options.GatewayUrl);
        Assert.Equal(4609, (int)options.Intents);
        Assert.Equal(GatewayIntents.Guilds | GatewayIntents.GuildMessages | GatewayIntents.DirectMessages, options.Intents);
    }

    [Theory]
    [InlineData(null, "Discord:Token is required")]
    [InlineData("", "Discord:Token is required")]
    [InlineData("Bot MTA5.abc.def", "without the 'Bot ' prefix")]
    [InlineData("bot MTA5.abc.def", "without the 'Bot ' prefix")]
    [InlineData("MTA5.abc.def\n", "must not contain whitespace")]
    [InlineData("MTA5 .abc.def", "must not contain whitespace")]
    public void Token_WithAWrongShape_IsRejected_WithoutEchoingIt(string? token, string expected)
    {
        var result = Validate(new DiscordOptions { Token = token! });

        Assert.True(result.Failed);
        Assert.Contains(expected, result.FailureMessage, StringComparison.Ordinal);
        if (!string.IsNullOrWhiteSpace(token))
        {
            Assert.DoesNotContain("MTA5", result.FailureMessage, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("ApiBaseUrl", "/api/v10")]
    [InlineData("ApiBaseUrl", "ftp://discord.com/api/v10")]
    [InlineData("ApiBaseUrl", "wss://discord.com/api/v10")]
    [InlineData("GatewayUrl", "https://gateway.discord.gg")]
    [InlineData("GatewayUrl", "gateway.discord.gg")]
    public void Urls_WithAWrongScheme_AreRejected(string key, string value)
    {
        var options = new DiscordOptions { Token = FakeDiscord.Token };
        if (key == "ApiBaseUrl")
        {
            options.ApiBaseUrl = value;
        }
        else
        {
            options.GatewayUrl = value;
        }

        var result = Validate(options);

        Assert.True(result.Failed);
        Assert.Contains($"Discord:{key}", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_NeverShowsTheToken()
    {
        var options = new DiscordOptions { Token = FakeDiscord.Token };

        Assert.DoesNotContain(FakeDiscord.Token, options.ToString(), StringComparison.Ordinal);
        Assert.Contains("(redacted)", options.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HostStart_WithoutAToken_FailsValidation()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddHfsDiscordClient();
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(error.Failures, f => f.Contains("Discord:Token is required", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Service_OnAFatalCloseCode_LogsCriticalRecordsItAndStopsTheApplication()
    {
        await using var harness = await GatewayHarness.CreateAsync(configure: (c, _) => c["Discord:AutoAnswerChannelIds:0"] = "1");
        harness.Fake.Script = async c =>
        {
            await c.SendHelloAsync(10_000);
            await c.NextOpAsync(2);
            await c.CloseAsync(4014, "Disallowed intent(s)");
        };
        var service = harness.Services.GetServices<IHostedService>().OfType<DiscordGatewayService>().Single();
        var lifetime = harness.Services.GetRequiredService<TestLifetime>();

        await service.StartAsync(CancellationToken.None);
        await Wait.UntilAsync(() => lifetime.StopRequested, because: "StopApplication");
        await service.StopAsync(CancellationToken.None);

        var sentence = GatewayCloseCodes.FatalSentence(4014);
        Assert.Equal(sentence, harness.Status.FatalError);
        Assert.Contains(harness.Logs.Entries, e => e.Level == LogLevel.Critical && e.Message.StartsWith(sentence!, StringComparison.Ordinal));
        Assert.Single(harness.Fake.Connections);
    }

    [Fact]
    public async Task Service_WhenRestRejectsTheToken_StopsTheGatewayAndTheApplication()
    {
        await using var harness = await GatewayHarness.CreateAsync();
        var lifetime = harness.Services.GetRequiredService<TestLifetime>();
        var service = harness.Services.GetServices<IHostedService>().OfType<DiscordGatewayService>().Single();
        await service.StartAsync(CancellationToken.None);
        await Wait.UntilAsync(() => harness.Status.IsReady);

        harness.Fake.Rest = _ => FakeResponse.Json(401, """{"message": "401: Unauthorized", "code": 0}""");
        await Assert.ThrowsAsync<Rest.DiscordHttpException>(() => harness.Rest.CreateMessageAsync(1, new Models.MessageCreateRequest { Content = "x" }, CancellationToken.None));

        await Wait.UntilAsync(() => lifetime.StopRequested, because: "StopApplication after the 401");
        await service.StopAsync(CancellationToken.None);
        Assert.Equal(Rest.DiscordHttpException.TokenRejectedMessage, harness.Status.FatalError);
        await harness.Fake.Connections[0].Completion.WaitAsync(TimeSpan.FromSeconds(3));
        Assert.False(harness.Status.IsConnected);
    }

    [Fact]
    public async Task Service_WhenDiscoveryIsRejectedWith401_ReportsTheTokenSentence()
    {
        await using var harness = await GatewayHarness.CreateAsync(configure: (c, _) => c["Discord:Token"] = "reset.token.value");
        var lifetime = harness.Services.GetRequiredService<TestLifetime>();
        var service = harness.Services.GetServices<IHostedService>().OfType<DiscordGatewayService>().Single();

        await service.StartAsync(CancellationToken.None);
        await Wait.UntilAsync(() => lifetime.StopRequested, because: "StopApplication");
        await service.StopAsync(CancellationToken.None);

        Assert.Equal(Rest.DiscordHttpException.TokenRejectedMessage, harness.Status.FatalError);
        Assert.Empty(harness.Fake.Connections);
        Assert.DoesNotContain(harness.Logs.Entries, e => e.FullText.Contains("reset.token.value", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Service_OnHostShutdown_ClosesWith1000AndRecordsNoError()
    {
        await using var harness = await GatewayHarness.CreateAsync();
        var service = harness.Services.GetServices<IHostedService>().OfType<DiscordGatewayService>().Single();
        await service.StartAsync(CancellationToken.None);
        await Wait.UntilAsync(() => harness.Status.IsReady);

        await service.StopAsync(CancellationToken.None);

        await harness.Fake.Connections[0].Completion.WaitAsync(TimeSpan.FromSeconds(2));
        Assert.Equal(1000, harness.Fake.Connections[0].ClientCloseStatus);
        Assert.Null(harness.Status.FatalError);
        Assert.False(harness.Services.GetRequiredService<TestLifetime>().StopRequested);
    }

    [Fact]
    public async Task Token_NeverAppearsInLogsOrErrors_AcrossAFullLifecycle()
    {
        await using var harness = await GatewayHarness.CreateAsync(jitter: () => 0);
        harness.Fake.Script = async c =>
        {
            switch (c.Index)
            {
                case 0:
                    await c.RunStandardSessionAsync(heartbeatMs: 100);
                    await c.SendMessageCreateAsync(c.NextSequence(), "1");
                    await c.SendAsync("{broken");
                    await c.CloseAsync(4000, "go away");
                    break;
                case 1:
                    await c.RunStandardSessionAsync(heartbeatMs: 100);
                    await c.SendOpAsync(9, "false");
                    break;
                default:
                    await c.RunStandardSessionAsync(heartbeatMs: 100);
                    await c.CloseAsync(4004, "Authentication failed");
                    break;
            }
        };
        harness.Start();

        var fatal = await Assert.ThrowsAsync<DiscordFatalException>(() => harness.RunTask.WaitAsync(TimeSpan.FromSeconds(10)));
        var rest = await Assert.ThrowsAsync<Rest.DiscordHttpException>(() =>
            harness.Rest.CreateMessageAsync(1, new Models.MessageCreateRequest { Content = new string('x', 2001) }, CancellationToken.None));

        Assert.True(harness.Logs.Entries.Count > 20);
        Assert.Contains(harness.Logs.Entries, e => e.Level == LogLevel.Trace);
        foreach (var text in harness.Logs.Entries.Select(e => e.FullText).Append(fatal.ToString()).Append(rest.ToString()))
        {
            Assert.DoesNotContain(FakeDiscord.Token, text, StringComparison.Ordinal);
        }

        Assert.Contains(harness.Fake.AllFrames, f => f.Json.Contains(FakeDiscord.Token, StringComparison.Ordinal)); // it was sent, where it belongs
    }
}
