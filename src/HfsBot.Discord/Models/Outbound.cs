namespace HfsBot.Discord.Models;

// Request bodies (MSG "Create Message", IRR "Interaction Response", AC "Bulk Overwrite"). Properties left null are
// omitted from the JSON, so only what the bot sets reaches Discord. Limits are Discord's, not checked here: the bot
// layer trims to them (content 2000, embed totals 6000, field value 1024). Message bodies default allowed_mentions to
// AllowedMentions.None: answers quote member text, and a caller that forgets the field must not ping anyone.

/// <summary><c>POST /channels/{channel.id}/messages</c>.</summary>
public sealed record MessageCreateRequest
{
    public string? Content { get; init; }

    public bool? Tts { get; init; }

    public IReadOnlyList<Embed>? Embeds { get; init; }

    public AllowedMentions? AllowedMentions { get; init; } = AllowedMentions.None;

    public MessageReference? MessageReference { get; init; }

    public IReadOnlyList<ActionRow>? Components { get; init; }

    /// <summary>Only SUPPRESS_EMBEDS (4) and SUPPRESS_NOTIFICATIONS (4096) make sense here.</summary>
    public int? Flags { get; init; }

    /// <summary>At most 25 characters; with <see cref="EnforceNonce"/> a retried send returns the first message instead of a duplicate.</summary>
    public string? Nonce { get; init; }

    public bool? EnforceNonce { get; init; }
}

/// <summary>Body of <c>PATCH /webhooks/{app}/{token}/messages/@original</c> and of an interaction follow-up.</summary>
public sealed record WebhookMessageRequest
{
    public string? Content { get; init; }

    public IReadOnlyList<Embed>? Embeds { get; init; }

    /// <summary>Never null it: an edit without it re-parses mentions with the default rules.</summary>
    public AllowedMentions? AllowedMentions { get; init; } = AllowedMentions.None;

    public IReadOnlyList<ActionRow>? Components { get; init; }

    /// <summary>EPHEMERAL (64) is honoured on follow-ups only.</summary>
    public int? Flags { get; init; }
}

public static class MessageFlags
{
    public const int SuppressEmbeds = 1 << 2;
    public const int Ephemeral = 1 << 6;
    public const int SuppressNotifications = 1 << 12;
}

public sealed record Embed
{
    public string? Title { get; init; }

    public string? Description { get; init; }

    public string? Url { get; init; }

    /// <summary>RGB as an integer (0xRRGGBB).</summary>
    public int? Color { get; init; }

    public IReadOnlyList<EmbedField>? Fields { get; init; }

    public EmbedFooter? Footer { get; init; }
}

public sealed record EmbedField
{
    public required string Name { get; init; }

    public required string Value { get; init; }

    public bool? Inline { get; init; }
}

public sealed record EmbedFooter
{
    public required string Text { get; init; }
}

/// <summary>Which mentions may ping. <c>parse</c> and an explicit <c>users</c>/<c>roles</c> list of the same kind are mutually exclusive.</summary>
public sealed record AllowedMentions
{
    /// <summary>The bot's default: nothing pings, not even the author of the message replied to.</summary>
    public static AllowedMentions None { get; } = new() { Parse = [], RepliedUser = false };

    /// <summary>Any of "users", "roles", "everyone".</summary>
    public IReadOnlyList<string>? Parse { get; init; }

    public IReadOnlyList<Snowflake>? Users { get; init; }

    public IReadOnlyList<Snowflake>? Roles { get; init; }

    public bool? RepliedUser { get; init; }
}

/// <summary>A reply target when sending; also the <c>message_reference</c> of a received message.</summary>
public sealed record MessageReference
{
    /// <summary>0 DEFAULT (reply), 1 FORWARD; received only.</summary>
    public int? Type { get; init; }

    public Snowflake? MessageId { get; init; }

    public Snowflake? ChannelId { get; init; }

    public Snowflake? GuildId { get; init; }

    /// <summary>Send <c>false</c>: a deleted original then yields a plain message instead of an error.</summary>
    public bool? FailIfNotExists { get; init; }
}

/// <summary>Component type 1: up to five buttons in a row.</summary>
public sealed record ActionRow
{
    public int Type { get; init; } = 1;

    public required IReadOnlyList<Button> Components { get; init; }
}

/// <summary>Component type 2. Non-link buttons carry a <see cref="CustomId"/>; link buttons (style 5) a <see cref="Url"/>.</summary>
public sealed record Button
{
    public int Type { get; init; } = 2;

    /// <summary>1 primary, 2 secondary, 3 success, 4 danger, 5 link.</summary>
    public required int Style { get; init; }

    public string? Label { get; init; }

    public string? CustomId { get; init; }

    public string? Url { get; init; }

    public bool? Disabled { get; init; }
}

public static class ButtonStyles
{
    public const int Primary = 1;
    public const int Secondary = 2;
    public const int Success = 3;
    public const int Danger = 4;
    public const int Link = 5;
}

/// <summary>Body of <c>POST /interactions/{id}/{token}/callback</c>.</summary>
public sealed record InteractionResponse
{
    public required int Type { get; init; }

    public InteractionCallbackData? Data { get; init; }

    /// <summary>Type 4, CHANNEL_MESSAGE_WITH_SOURCE.</summary>
    public static InteractionResponse Message(InteractionCallbackData data) => new() { Type = InteractionCallbackTypes.ChannelMessageWithSource, Data = data };

    /// <summary>Type 5, DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE; the answer follows with an edit of @original.</summary>
    public static InteractionResponse Deferred(bool ephemeral) => new()
    {
        Type = InteractionCallbackTypes.DeferredChannelMessageWithSource,
        // Only the flag: the message itself (and its allowed_mentions) comes with the edit of @original.
        Data = ephemeral ? new InteractionCallbackData { Flags = MessageFlags.Ephemeral, AllowedMentions = null } : null,
    };

    /// <summary>Type 8; at most 25 choices, names and values of at most 100 characters.</summary>
    public static InteractionResponse Autocomplete(IReadOnlyList<AutocompleteChoice> choices) => new()
    {
        Type = InteractionCallbackTypes.ApplicationCommandAutocompleteResult,
        Data = new InteractionCallbackData { Choices = choices, AllowedMentions = null },
    };
}

public static class InteractionCallbackTypes
{
    public const int ChannelMessageWithSource = 4;
    public const int DeferredChannelMessageWithSource = 5;
    public const int DeferredUpdateMessage = 6;
    public const int UpdateMessage = 7;
    public const int ApplicationCommandAutocompleteResult = 8;
}

/// <summary>
/// The <c>data</c> of an interaction response: a message (types 4, 5, 7) or autocomplete choices (type 8). One
/// record rather than two keeps the JSON plain (no type discriminator); unused properties stay null and are omitted.
/// </summary>
public sealed record InteractionCallbackData
{
    public string? Content { get; init; }

    public IReadOnlyList<Embed>? Embeds { get; init; }

    /// <summary>Left at the default for messages; the deferral and autocomplete factories null it (no message there).</summary>
    public AllowedMentions? AllowedMentions { get; init; } = AllowedMentions.None;

    public IReadOnlyList<ActionRow>? Components { get; init; }

    /// <summary>EPHEMERAL (64) shows the answer to the asking member only.</summary>
    public int? Flags { get; init; }

    public IReadOnlyList<AutocompleteChoice>? Choices { get; init; }
}

public sealed record AutocompleteChoice
{
    public required string Name { get; init; }

    public required string Value { get; init; }
}

/// <summary>An element of the bulk-overwrite array; Discord fills in <see cref="Id"/> and <see cref="ApplicationId"/> in its answer.</summary>
public sealed record ApplicationCommand
{
    public Snowflake? Id { get; init; }

    public Snowflake? ApplicationId { get; init; }

    public required string Name { get; init; }

    /// <summary>1 CHAT_INPUT (slash), 2 USER, 3 MESSAGE (context menu; no description).</summary>
    public int? Type { get; init; }

    public string? Description { get; init; }

    public IReadOnlyList<ApplicationCommandOption>? Options { get; init; }

    /// <summary>A permission bitfield as a string, e.g. "32" for MANAGE_GUILD (the docs say string; the spec says integer).</summary>
    public string? DefaultMemberPermissions { get; init; }

    /// <summary>0 GUILD, 1 BOT_DM, 2 PRIVATE_CHANNEL.</summary>
    public IReadOnlyList<int>? Contexts { get; init; }
}

public static class ApplicationCommandTypes
{
    public const int ChatInput = 1;
    public const int User = 2;
    public const int Message = 3;
}

public sealed record ApplicationCommandOption
{
    /// <summary>1 SUB_COMMAND, 2 SUB_COMMAND_GROUP, 3 STRING, 4 INTEGER, 5 BOOLEAN, ...</summary>
    public required int Type { get; init; }

    public required string Name { get; init; }

    public required string Description { get; init; }

    public bool? Required { get; init; }

    /// <summary>Mutually exclusive with <see cref="Choices"/>.</summary>
    public bool? Autocomplete { get; init; }

    public IReadOnlyList<ApplicationCommandOptionChoice>? Choices { get; init; }

    public IReadOnlyList<ApplicationCommandOption>? Options { get; init; }
}

public sealed record ApplicationCommandOptionChoice
{
    public required string Name { get; init; }

    /// <summary>A string, integer or number, as the option type requires.</summary>
    public required System.Text.Json.JsonElement Value { get; init; }
}

[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "Discord's own names for the option types.")]
public static class ApplicationCommandOptionTypes
{
    public const int SubCommand = 1;
    public const int SubCommandGroup = 2;
    public const int String = 3;
    public const int Integer = 4;
    public const int Boolean = 5;
}
