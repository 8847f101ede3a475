using System.Diagnostics.CodeAnalysis;
using HfsBot.Discord.Models;

namespace HfsBot.Discord.Gateway;

/// <summary>
/// Receives one kind of gateway event. Register implementations with
/// <c>services.AddDiscordEventHandler&lt;TEvent, THandler&gt;()</c>. Handlers run concurrently with each other and
/// with the gateway (never on its receive loop), may be called more than once for the same event (Discord's
/// "Consistency" rule: deduplicate by message or interaction id), and must honour the token, which is cancelled at
/// shutdown. An exception is logged and never stops the gateway.
/// </summary>
[SuppressMessage("Naming", "CA1711:Identifiers should not have incorrect suffix", Justification = "The name is the contract agreed for the bot layer; it is not a .NET event delegate.")]
public interface IDiscordEventHandler<in TEvent>
{
    ValueTask HandleAsync(TEvent e, CancellationToken cancellationToken);
}

/// <summary>READY: a new session started (after Identify).</summary>
public sealed record ReadyEvent(Ready Ready);

/// <summary>RESUMED: a dropped session was resumed and the missed events were replayed.</summary>
public sealed record ResumedEvent;

/// <summary>MESSAGE_CREATE. <see cref="Message.Content"/> is empty without the Message Content intent except in DMs and mentions.</summary>
public sealed record MessageCreateEvent(Message Message);

/// <summary>INTERACTION_CREATE: slash commands, context-menu commands, autocomplete and button clicks.</summary>
public sealed record InteractionCreateEvent(Interaction Interaction);
