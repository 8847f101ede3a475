using System.Collections.Concurrent;
using System.Diagnostics;
using HfsBot.Discord.Gateway;
using HfsBot.Discord.Rest;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace HfsBot.Discord.Tests.Infrastructure;

/// <summary>Events the handlers saw, with the time they arrived; an optional behaviour lets a test slow a handler down or make it fail.</summary>
internal sealed class EventLog
{
    private readonly ConcurrentQueue<(TimeSpan At, object Event)> _events = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    public Func<object, CancellationToken, ValueTask>? Behaviour { get; set; }

    public IReadOnlyList<(TimeSpan At, object Event)> All => [.. _events];

    public IReadOnlyList<T> Of<T>() => [.. _events.Select(e => e.Event).OfType<T>()];

    public async ValueTask RecordAsync(object e, CancellationToken cancellationToken)
    {
        if (Behaviour is { } behaviour)
        {
            await behaviour(e, cancellationToken);
        }

        _events.Enqueue((_clock.Elapsed, e));
    }
}

internal sealed class RecordingHandler(EventLog log) :
    IDiscordEventHandler<ReadyEvent>,
    IDiscordEventHandler<ResumedEvent>,
    IDiscordEventHandler<MessageCreateEvent>,
    IDiscordEventHandler<InteractionCreateEvent>
{
    public ValueTask HandleAsync(ReadyEvent e, CancellationToken cancellationToken) => log.RecordAsync(e, cancellationToken);

    public ValueTask HandleAsync(ResumedEvent e, CancellationToken cancellationToken) => log.RecordAsync(e, cancellationToken);

    public ValueTask HandleAsync(MessageCreateEvent e, CancellationToken cancellationToken) => log.RecordAsync(e, cancellationToken);

    public ValueTask HandleAsync(InteractionCreateEvent e, CancellationToken cancellationToken) => log.RecordAsync(e, cancellationToken);
}

/// <summary>Records <see cref="StopApplication"/> instead of stopping a host.</summary>
internal sealed class TestLifetime : IHostApplicationLifetime, IDisposable
{
    private readonly CancellationTokenSource _stopping = new();

    public CancellationToken ApplicationStarted => CancellationToken.None;

    public CancellationToken ApplicationStopping => _stopping.Token;

    public CancellationToken ApplicationStopped => CancellationToken.None;

    public bool StopRequested => _stopping.IsCancellationRequested;

    public void StopApplication() => _stopping.Cancel();

    public void Dispose() => _stopping.Dispose();
}

/// <summary>The real client (registered with <c>AddHfsDiscordClient</c>) wired to a <see cref="FakeDiscord"/>.</summary>
internal sealed class GatewayHarness : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private Task? _run;

    private GatewayHarness(FakeDiscord fake, ServiceProvider services, TestLoggerProvider logs)
    {
        Fake = fake;
        Services = services;
        Logs = logs;
    }

    /// <summary>Shrunk so that real-socket tests finish in a second or two; the logic is the same as with the defaults.</summary>
    public static GatewayTimings FastTimings { get; } = new()
    {
        ReconnectBaseDelay = TimeSpan.FromMilliseconds(50),
        ReconnectMaxDelay = TimeSpan.FromMilliseconds(800),
        ReadyTimeout = TimeSpan.FromSeconds(3),
        IdentifyWindow = TimeSpan.FromMilliseconds(100),
        ConnectTimeout = TimeSpan.FromSeconds(5),
        CloseTimeout = TimeSpan.FromMilliseconds(500),
        HandlerShutdownGrace = TimeSpan.FromSeconds(1),
    };

    public FakeDiscord Fake { get; }

    public ServiceProvider Services { get; }

    public TestLoggerProvider Logs { get; }

    public GatewayClient Client => Services.GetRequiredService<GatewayClient>();

    public GatewayStatus Status => Services.GetRequiredService<GatewayStatus>();

    public IDiscordRestClient Rest => Services.GetRequiredService<IDiscordRestClient>();

    public EventLog Events => Services.GetRequiredService<EventLog>();

    public Task RunTask => _run ?? throw new InvalidOperationException("Not started.");

    public static async Task<GatewayHarness> CreateAsync(
        GatewayTimings? timings = null,
        Func<double>? jitter = null,
        Action<Dictionary<string, string?>, FakeDiscord>? configure = null,
        RestPolicy? restPolicy = null,
        Action<IServiceCollection>? services = null)
    {
        var fake = await FakeDiscord.StartAsync();
        var settings = new Dictionary<string, string?>
        {
            ["Discord:Token"] = FakeDiscord.Token,
            ["Discord:ApiBaseUrl"] = fake.ApiBaseUrl,
        };
        configure?.Invoke(settings, fake);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var logs = new TestLoggerProvider();

        var collection = new ServiceCollection();
        collection.AddSingleton<IConfiguration>(configuration);
        collection.AddLogging(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
        collection.AddSingleton(timings ?? FastTimings);
        collection.AddSingleton(new JitterSource(jitter ?? (() => 0.5)));
        collection.AddSingleton(restPolicy ?? RestTests.FastPolicy);
        collection.AddSingleton<EventLog>();
        collection.AddSingleton<TestLifetime>();
        collection.AddSingleton<IHostApplicationLifetime>(sp => sp.GetRequiredService<TestLifetime>());
        services?.Invoke(collection);
        collection.AddHfsDiscordClient();
        collection.AddDiscordEventHandler<ReadyEvent, RecordingHandler>();
        collection.AddDiscordEventHandler<ResumedEvent, RecordingHandler>();
        collection.AddDiscordEventHandler<MessageCreateEvent, RecordingHandler>();
        collection.AddDiscordEventHandler<InteractionCreateEvent, RecordingHandler>();
        var provider = collection.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        return new GatewayHarness(fake, provider, logs);
    }

    public GatewayHarness Start()
    {
        _run = Client.RunAsync(_stop.Token);
        return this;
    }

    public async Task StopAsync(TimeSpan? timeout = null)
    {
        await _stop.CancelAsync();
        if (_run is not null)
        {
            await _run.WaitAsync(timeout ?? TimeSpan.FromSeconds(5));
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_run is not null)
        {
            try
            {
                await _run.WaitAsync(TimeSpan.FromSeconds(5));
            }
            catch (Exception ex) when (ex is DiscordFatalException or TimeoutException or OperationCanceledException)
            {
            }
        }

        await Services.DisposeAsync();
        await Fake.DisposeAsync();
        _stop.Dispose();

        // Whatever a test did, the token must never have reached a log line.
        Assert.DoesNotContain(Logs.Entries, e => e.FullText.Contains(FakeDiscord.Token, StringComparison.Ordinal));
    }
}

internal static class Wait
{
    public static async Task UntilAsync(Func<bool> condition, TimeSpan? timeout = null, string? because = null)
    {
        var limit = timeout ?? TimeSpan.FromSeconds(5);
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            if (clock.Elapsed > limit)
            {
                Assert.Fail($"Timed out after {limit.TotalSeconds} s waiting for: {because ?? "condition"}");
            }

            await Task.Delay(10);
        }
    }
}
