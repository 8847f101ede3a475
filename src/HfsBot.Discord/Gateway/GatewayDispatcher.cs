using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Text.Json;
using System.Threading.Channels;
using HfsBot.Discord.Json;
using HfsBot.Discord.Models;
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

    // The one list of events with a typed event (and so a handler interface). Anything else is dropped by Enqueue:
    // unknown or unused events are ignored, as the docs require, without costing a queue slot or a handler slot.
    private static readonly FrozenDictionary<string, Func<GatewayDispatcher, DispatchItem, CancellationToken, Task>> Routes =
        new Dictionary<string, Func<GatewayDispatcher, DispatchItem, CancellationToken, Task>>(StringComparer.Ordinal)
        {
            ["READY"] = (d, item, ct) => d.DeliverAsync(new ReadyEvent(item.Ready ?? Deserialize(item, DiscordJsonContext.Default.Ready)), item, ct),
            ["RESUMED"] = (d, item, ct) => d.DeliverAsync(new ResumedEvent(), item, ct),
            ["MESSAGE_CREATE"] = (d, item, ct) => d.DeliverAsync(new MessageCreateEvent(Deserialize(item, DiscordJsonContext.Default.Message)), item, ct),
            ["INTERACTION_CREATE"] = (d, item, ct) => d.DeliverAsync(new InteractionCreateEvent(Deserialize(item, DiscordJsonContext.Default.Interaction)), item, ct),
        }.ToFrozenDictionary(StringComparer.Ordinal);

    private readonly SemaphoreSlim _slots = new(timings.MaxConcurrentHandlers, timings.MaxConcurrentHandlers);
    private readonly ConcurrentDictionary<long, Task> _running = new();
    private long _nextId;

    /// <summary>Whether <paramref name="eventName"/> has a handler; events without one are dropped unread.</summary>
    public static bool Handles(string eventName) => Routes.ContainsKey(eventName);

    /// <summary>
    /// Called by the receive loop; never blocks. Events without a typed event are dropped here. A full queue drops the
    /// event too (Discord's consistency rule allows for lost events).
    /// </summary>
    public void Enqueue(string eventName, JsonElement? data, long? sequence)
    {
        if (Routes.ContainsKey(eventName))
        {
            Write(new DispatchItem(eventName, data, sequence));
        }
    }

    /// <summary>READY as the receive loop already read it (for the session id), so it is not deserialized twice.</summary>
    public void EnqueueReady(Ready ready, long? sequence) => Write(new DispatchItem("READY", null, sequence) { Ready = ready });

    private void Write(DispatchItem item)
    {
        if (!_queue.Writer.TryWrite(item))
        {
            DiscordLog.DispatchQueueFull(logger, item.EventName, item.Sequence, timings.DispatchQueueCapacity);
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
            return Routes[item.EventName](this, item, cancellationToken); // Enqueue let only routed events in
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

    private sealed record DispatchItem(string EventName, JsonElement? Data, long? Sequence)
    {
        /// <summary>Set for READY only: already deserialized by the receive loop.</summary>
        public Ready? Ready { get; init; }
    }
}
