using System.Text.Json;

namespace HfsBot.Discord.Models;

// Objects received from Discord. Only the fields the bot uses are modelled; unknown fields are ignored, because
// Discord adds fields without notice (GWE). Members marked `required` are the ones without which the object is
// useless; a dispatch lacking them is logged and skipped as malformed.

public sealed record User
{
    public required Snowflake Id { get; init; }

    public string? Username { get; init; }

    public string? GlobalName { get; init; }

    /// <summary>Absent means false.</summary>
    public bool? Bot { get; init; }

    public bool? System { get; init; }
}

public sealed record GuildMember
{
    /// <summary>Absent in the members attached to MESSAGE_CREATE (the author is the message's <c>author</c>).</summary>
    public User? User { get; init; }

    public string? Nick { get; init; }

    public IReadOnlyList<Snowflake>? Roles { get; init; }

    /// <summary>Total permissions in the channel, as a decimal bitfield string (interactions only).</summary>
    public string? Permissions { get; init; }
}

/// <summary>A message object: the <c>d</c> of MESSAGE_CREATE, and the resolved target of a message command.</summary>
public sealed record Message
{
    public required Snowflake Id { get; init; }

    public required Snowflake ChannelId { get; init; }

    /// <summary>Absent in DMs.</summary>
    public Snowflake? GuildId { get; init; }

    public User? Author { get; init; }

    /// <summary>Guild messages only; absent for webhooks.</summary>
    public GuildMember? Member { get; init; }

    /// <summary>Empty without the Message Content intent, except in DMs, mentions of the bot and the bot's own messages.</summary>
    public string? Content { get; init; }

    public IReadOnlyList<User>? Mentions { get; init; }

    /// <summary>0 DEFAULT, 19 REPLY, 20 CHAT_INPUT_COMMAND, ...</summary>
    public int Type { get; init; }

    public Snowflake? WebhookId { get; init; }

    public Snowflake? ApplicationId { get; init; }

    public MessageReference? MessageReference { get; init; }

    public int? Flags { get; init; }
}

public static class InteractionTypes
{
    public const int Ping = 1;
    public const int ApplicationCommand = 2;
    public const int MessageComponent = 3;
    public const int ApplicationCommandAutocomplete = 4;
    public const int ModalSubmit = 5;
}

/// <summary>The <c>d</c> of INTERACTION_CREATE. Answer it within 3 s with <c>POST /interactions/{id}/{token}/callback</c>.</summary>
public sealed record Interaction
{
    public required Snowflake Id { get; init; }

    public Snowflake? ApplicationId { get; init; }

    public required int Type { get; init; }

    public InteractionData? Data { get; init; }

    public Snowflake? GuildId { get; init; }

    public Snowflake? ChannelId { get; init; }

    /// <summary>Set in guilds.</summary>
    public GuildMember? Member { get; init; }

    /// <summary>Set in DMs, instead of <see cref="Member"/>.</summary>
    public User? User { get; init; }

    /// <summary>Continuation token: 3 s for the first response, 15 min for edits and follow-ups. Treat it as a secret.</summary>
    public required string Token { get; init; }

    /// <summary>For component interactions: the message the component is attached to.</summary>
    public Message? Message { get; init; }

    public string? Locale { get; init; }

    public int? Version { get; init; }

    /// <summary>The user who triggered the interaction, in a guild or a DM.</summary>
    public User? Invoker => Member?.User ?? User;
}

public sealed record InteractionData
{
    /// <summary>The command id (commands); absent for components.</summary>
    public Snowflake? Id { get; init; }

    public string? Name { get; init; }

    /// <summary>The command type: 1 CHAT_INPUT, 2 USER, 3 MESSAGE.</summary>
    public int? Type { get; init; }

    public IReadOnlyList<InteractionDataOption>? Options { get; init; }

    /// <summary>The user or message a context-menu command was used on.</summary>
    public Snowflake? TargetId { get; init; }

    public ResolvedData? Resolved { get; init; }

    /// <summary>Components: the custom id the bot gave the button.</summary>
    public string? CustomId { get; init; }

    public int? ComponentType { get; init; }
}

public sealed record InteractionDataOption
{
    public required string Name { get; init; }

    public int Type { get; init; }

    /// <summary>String, integer, number or boolean, depending on <see cref="Type"/>; absent for subcommands.</summary>
    public JsonElement? Value { get; init; }

    /// <summary>Autocomplete: the option the member is typing.</summary>
    public bool? Focused { get; init; }

    public IReadOnlyList<InteractionDataOption>? Options { get; init; }

    /// <summary>The value as text (strings as they are, numbers and booleans in their JSON spelling).</summary>
    public string? ValueAsString() => Value switch
    {
        { ValueKind: JsonValueKind.String } v => v.GetString(),
        { ValueKind: JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False } v => v.GetRawText(),
        _ => null,
    };
}

public sealed record ResolvedData
{
    public IReadOnlyDictionary<Snowflake, Message>? Messages { get; init; }

    public IReadOnlyDictionary<Snowflake, User>? Users { get; init; }
}

/// <summary>The <c>d</c> of READY. Discord publishes no sample; this follows the field table of GWE "Ready".</summary>
public sealed record Ready
{
    public int V { get; init; }

    public required User User { get; init; }

    public required string SessionId { get; init; }

    public required string ResumeGatewayUrl { get; init; }

    public required ReadyApplication Application { get; init; }

    public IReadOnlyList<UnavailableGuild>? Guilds { get; init; }
}

public sealed record ReadyApplication
{
    public required Snowflake Id { get; init; }

    public long? Flags { get; init; }
}

public sealed record UnavailableGuild
{
    public required Snowflake Id { get; init; }

    public bool? Unavailable { get; init; }
}

/// <summary>Answer of <c>GET /gateway/bot</c>.</summary>
public sealed record GatewayBotInfo
{
    public required string Url { get; init; }

    public int Shards { get; init; }

    public required SessionStartLimit SessionStartLimit { get; init; }
}

public sealed record SessionStartLimit
{
    public int Total { get; init; }

    public int Remaining { get; init; }

    /// <summary>Milliseconds until <see cref="Remaining"/> is refilled.</summary>
    public long ResetAfter { get; init; }

    /// <summary>Identify calls allowed per 5 seconds.</summary>
    public int MaxConcurrency { get; init; } = 1;
}

/// <summary>Discord's error body (<c>{code, message, errors?}</c>); 429s add <c>retry_after</c> and <c>global</c>.</summary>
internal sealed record DiscordErrorBody
{
    public int? Code { get; init; }

    public string? Message { get; init; }

    public JsonElement? Errors { get; init; }

    public double? RetryAfter { get; init; }

    public bool? Global { get; init; }
}
