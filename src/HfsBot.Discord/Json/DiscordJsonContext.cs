using System.Text.Json.Serialization;
using HfsBot.Discord.Gateway;
using HfsBot.Discord.Models;

namespace HfsBot.Discord.Json;

/// <summary>
/// The one source-generated serializer context for everything sent to and received from Discord: snake_case names,
/// nulls omitted (optional fields stay out of request bodies), unknown fields ignored.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(GatewayPayload))]
[JsonSerializable(typeof(HelloData))]
[JsonSerializable(typeof(IdentifyData))]
[JsonSerializable(typeof(ResumeData))]
[JsonSerializable(typeof(PresenceUpdate))]
[JsonSerializable(typeof(long?))]
[JsonSerializable(typeof(Ready))]
[JsonSerializable(typeof(Message))]
[JsonSerializable(typeof(Interaction))]
[JsonSerializable(typeof(GatewayBotInfo))]
[JsonSerializable(typeof(DiscordErrorBody))]
[JsonSerializable(typeof(MessageCreateRequest))]
[JsonSerializable(typeof(WebhookMessageRequest))]
[JsonSerializable(typeof(InteractionResponse))]
[JsonSerializable(typeof(AllowedMentions))]
[JsonSerializable(typeof(ApplicationCommand))]
[JsonSerializable(typeof(IReadOnlyList<ApplicationCommand>))]
[JsonSerializable(typeof(List<ApplicationCommand>))]
internal sealed partial class DiscordJsonContext : JsonSerializerContext;
