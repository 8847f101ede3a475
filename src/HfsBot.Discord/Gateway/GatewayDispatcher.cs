using System.Collections.Concurrent;
using System.Text.Json;
using System.Threading.Channels;
using HfsBot.Discord.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HfsBot.Discord.Gateway;

/// <summary>
/// Runs event handlers away from the receive loop. The receive loop only enqueues; this class deserializes each
/// dispatch into its typed event and runs the registered handlers, up to <see cref="GatewayTimings.MaxConcurrentHandlers"/>
/// events at once, so a slow handler never delays heartbeats or other events.
/// </summary>
internal sealed class GatewayDispatcher(IServiceScopeFactory scopes, GatewayTimings timings, TimeProvider time, ILogger<GatewayDispatcher> logger) : IDisposable
{
    private readonly Channel<DispatchItem> _queue = Channel.CreateBounded<DispatchItem>(new BoundedChannelOptions(timings.DispatchQueueCapacity)
    {
        SingleReader = true,
        FullMode = BoundedChannelFullMode.Wait, // with TryWrite: a full queue refuses instead of blocking the writer
    });

    private readonly SemaphoreSlim _slots = new(timings.MaxConcurrentHandlers, timings.MaxConcurrentHandlers);
    private readonly ConcurrentDictionary<long, Task> _running = new();
    private long _nextId;

    /// <summary>Called by the receive loop; never blocks. A full queue drops the event (Discord's consistency rule allows for lost events).</summary>
    public void Enqueue(string eventName, JsonElement? data, long? sequence)
    {
        if (!_queue.Writer.TryWrite(new DispatchItem(eventName, data, sequence)))
        {
            DiscordLog.DispatchQueueFull(logger, eventName, sequence, timings.DispatchQueueCapacity);
        }
    }

    /// <summary>Runs until <paramref name="cancellationToken"/> is cancelled, then gives running handlers a grace period.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var item in _queue.Reader.ReadAllAsync(cancellationToken))
            {
                await _slots.WaitAsync(cancellationToken);
                var id = Interlocked.Increment(ref _nextId);
                _running[id] = RunOneAsync(id, item, cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // shutting down: fall through to the grace period
        }

        var running = _running.Values.ToArray();
        if (running.Length > 0)
        {
            try
            {
                await Task.WhenAll(running).WaitAsync(timings.HandlerShutdownGrace, time, CancellationToken.None);
            }
            catch (TimeoutException)
            {
                DiscordLog.HandlersStillRunningAtShutdown(logger, _running.Count);
            }
        }
    }

    private async Task RunOneAsync(long id, DispatchItem item, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Yield(); // run the handlers off the dispatch loop, so it can start the next event at once
            await DispatchAsync(item, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            DiscordLog.HandlerFailed(logger, ex, nameof(GatewayDispatcher), item.EventName, item.Sequence);
        }
        catch (OperationCanceledException)
        {
            // shutdown
        }
        finally
        {
            _slots.Release();
            _running.TryRemove(id, out _);
        }
    }

    private Task DispatchAsync(DispatchItem item, CancellationToken cancellationToken)
    {
        try
        {
            return item.EventName switch
            {
                "READY" => DeliverAsync(new ReadyEvent(Deserialize(item, DiscordJsonContext.Default.Ready)), item, cancellationToken),
                "RESUMED" => DeliverAsync(new ResumedEvent(), item, cancellationToken),
                "MESSAGE_CREATE" => DeliverAsync(new MessageCreateEvent(Deserialize(item, DiscordJsonContext.Default.Message)), item, cancellationToken),
                "INTERACTION_CREATE" => DeliverAsync(new InteractionCreateEvent(Deserialize(item, DiscordJsonContext.Default.Interaction)), item, cancellationToken),
                _ => Task.CompletedTask, // unknown or unused events are ignored, as the docs require
            };
        }
        catch (JsonException ex)
        {
            DiscordLog.MalformedDispatch(logger, item.EventName, item.Sequence, ex.Message);
            return Task.CompletedTask;
        }
    }

    private static T Deserialize<T>(DispatchItem item, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> typeInfo)
    {
        if (item.Data is not { ValueKind: JsonValueKind.Object } data)
        {
            throw new JsonException($"'d' is {item.Data?.ValueKind.ToString() ?? "missing"}, not an object.");
        }

        return data.Deserialize(typeInfo) ?? throw new JsonException("'d' deserialized to null.");
    }

    private async Task DeliverAsync<TEvent>(TEvent e, DispatchItem item, CancellationToken cancellationToken)
    {
        // A scope per event lets handlers depend on scoped services; singletons are simply shared.
        await using var scope = scopes.CreateAsyncScope();
        var handlers = scope.ServiceProvider.GetServices<IDiscordEventHandler<TEvent>>().ToArray();
        if (handlers.Length == 0)
        {
            return;
        }

        await Task.WhenAll(handlers.Select(h => InvokeAsync(h, e, item, cancellationToken)));
    }

    private async Task InvokeAsync<TEvent>(IDiscordEventHandler<TEvent> handler, TEvent e, DispatchItem item, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        try
        {
            await handler.HandleAsync(e, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // shutdown
        }
        catch (Exception ex)
        {
            DiscordLog.HandlerFailed(logger, ex, handler.GetType().Name, item.EventName, item.Sequence);
        }

        var elapsed = time.GetElapsedTime(started);
        if (elapsed >= timings.SlowHandlerThreshold)
        {
            DiscordLog.SlowHandler(logger, handler.GetType().Name, item.EventName, elapsed.TotalMilliseconds);
        }
    }

    public void Dispose() => _slots.Dispose();

    private sealed record DispatchItem(string EventName, JsonElement? Data, long? Sequence);
}
