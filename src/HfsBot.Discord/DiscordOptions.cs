using System.ComponentModel.DataAnnotations;
using HfsBot.Discord.Gateway;
using Microsoft.Extensions.Options;

namespace HfsBot.Discord;

/// <summary>
/// Configuration section <c>Discord</c> (keys as in design.md section 5). The token comes from the environment or
/// user secrets only; nothing in this class ever prints it (see <see cref="ToString"/>).
/// </summary>
public sealed class DiscordOptions
{
    public const string SectionName = "Discord";

    public const string DefaultApiBaseUrl = "https://discord.com/api/v10";

    /// <summary>The bot token, without the <c>Bot </c> prefix (the REST client adds it, the gateway must not).</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Discord:Token is required (set it with the environment variable Discord__Token or with user secrets).")]
    [BotTokenShape]
    public string Token { get; set; } = "";

    /// <summary>REST base URL, versioned; the gateway URL is discovered with <c>GET /gateway/bot</c> on it.</summary>
    [Required(AllowEmptyStrings = false)]
    [AbsoluteUri("http", "https")]
    public string ApiBaseUrl { get; set; } = DefaultApiBaseUrl;

    /// <summary>Optional override of the discovered gateway URL (ws or wss); the query string is added by the client.</summary>
    [AbsoluteUri("ws", "wss")]
    public string? GatewayUrl { get; set; }

    /// <summary>Register slash commands in these guilds (instant) instead of globally.</summary>
    public ulong[] GuildIds { get; set; } = [];

    /// <summary>Channels where plain questions are answered; non-empty means the Message Content intent is requested.</summary>
    public ulong[] AutoAnswerChannelIds { get; set; } = [];

    public ulong[] ModeratorRoleIds { get; set; } = [];

    public ulong? ModLogChannelId { get; set; }

    /// <summary>
    /// GUILDS | GUILD_MESSAGES | DIRECT_MESSAGES (4609). MESSAGE_CONTENT is privileged and only needed to read plain
    /// messages in auto-answer channels: mentions and DMs carry content without it (protocol.md 1.7).
    /// </summary>
    public GatewayIntents Intents => AutoAnswerChannelIds.Length > 0
        ? GatewayIntents.Guilds | GatewayIntents.GuildMessages | GatewayIntents.DirectMessages | GatewayIntents.MessageContent
        : GatewayIntents.Guilds | GatewayIntents.GuildMessages | GatewayIntents.DirectMessages;

    /// <summary>Never prints the token, so logging or formatting the options cannot leak it.</summary>
    public override string ToString() =>
        $"DiscordOptions {{ ApiBaseUrl = {ApiBaseUrl}, GatewayUrl = {GatewayUrl ?? "(discovered)"}, Token = (redacted), Intents = {(int)Intents} }}";
}

[OptionsValidator]
public sealed partial class DiscordOptionsValidator : IValidateOptions<DiscordOptions>;

/// <summary>
/// A plausible bot token: no whitespace and no <c>Bot </c> prefix (a common copy-paste mistake that Discord answers
/// with 401/4004). The message names the key, never the value.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class BotTokenShapeAttribute : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        if (value is not string token || token.Length == 0)
        {
            return ValidationResult.Success; // [Required] reports the missing token
        }

        if (token.StartsWith("Bot ", StringComparison.OrdinalIgnoreCase) || token.StartsWith("Bot\t", StringComparison.OrdinalIgnoreCase))
        {
            return new ValidationResult("Discord:Token must be the bare token, without the 'Bot ' prefix.", [validationContext.MemberName!]);
        }

        if (token.Any(char.IsWhiteSpace))
        {
            return new ValidationResult("Discord:Token must not contain whitespace (check for a stray space or line break).", [validationContext.MemberName!]);
        }

        return ValidationResult.Success;
    }
}

/// <summary>An absolute URI with one of the given schemes; null or empty is left to <see cref="RequiredAttribute"/>.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class AbsoluteUriAttribute(params string[] schemes) : ValidationAttribute
{
    public IReadOnlyList<string> Schemes { get; } = schemes;

    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        if (value is not string text || text.Length == 0)
        {
            return ValidationResult.Success;
        }

        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && Schemes.Contains(uri.Scheme, StringComparer.OrdinalIgnoreCase))
        {
            return ValidationResult.Success;
        }

        return new ValidationResult(
            $"Discord:{validationContext.MemberName} must be an absolute {string.Join(" or ", Schemes)} URL.",
            [validationContext.MemberName!]);
    }
}
