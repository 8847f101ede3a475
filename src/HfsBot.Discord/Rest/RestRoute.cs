using HfsBot.Discord.Models;

namespace HfsBot.Discord.Rest;

/// <summary>
/// One REST call's route. <see cref="Template"/> (ids replaced by names) is what logs and errors show: the real path of
/// an interaction route contains the interaction token. Rate-limit buckets are keyed by method + template + the
/// major parameter (channel, guild, webhook + token; interactions by id).
/// </summary>
internal sealed class RestRoute
{
    private RestRoute(HttpMethod method, string template, string path, string majorParameter, RouteKind kind)
    {
        Method = method;
        Template = template;
        Description = $"{method.Method} {template}";
        Path = path;
        MajorParameter = majorParameter;
        Kind = kind;
    }

    public HttpMethod Method { get; }

    public string Template { get; }

    /// <summary>Relative to the API base URL. May contain an interaction token: never log it.</summary>
    public string Path { get; }

    public string MajorParameter { get; }

    public RouteKind Kind { get; }

    /// <summary>Interaction routes are exempt from the global rate limit (RL "Global Rate Limit").</summary>
    public bool IsInteraction => Kind != RouteKind.Bot;

    /// <summary>
    /// Interaction routes are authorised by the token in their URL, so the bot token is not sent, and a 401 there
    /// means the interaction token expired (15 min; discord/discord-api-docs#6851), not that the bot token is bad.
    /// </summary>
    public bool UsesBotToken => Kind == RouteKind.Bot;

    /// <summary>For logs and errors: method and template, no ids, no tokens.</summary>
    public string Description { get; }

    /// <summary>What the rate limiter keys routes by: the same text as <see cref="Description"/>, built once per route.</summary>
    public string TemplateKey => Description;

    public static RestRoute GatewayBot() =>
        new(HttpMethod.Get, "/gateway/bot", "gateway/bot", "", RouteKind.Bot);

    public static RestRoute CreateMessage(Snowflake channelId) =>
        new(HttpMethod.Post, "/channels/{channel.id}/messages", $"channels/{channelId}/messages", channelId.ToString(), RouteKind.Bot);

    public static RestRoute InteractionCallback(Snowflake interactionId, string interactionToken) =>
        new(HttpMethod.Post, "/interactions/{interaction.id}/{interaction.token}/callback",
            $"interactions/{interactionId}/{Uri.EscapeDataString(interactionToken)}/callback", interactionId.ToString(), RouteKind.InteractionCallback);

    public static RestRoute EditOriginalResponse(Snowflake applicationId, string interactionToken) =>
        new(HttpMethod.Patch, "/webhooks/{application.id}/{interaction.token}/messages/@original",
            $"webhooks/{applicationId}/{Uri.EscapeDataString(interactionToken)}/messages/@original", $"{applicationId}/{interactionToken}", RouteKind.InteractionWebhook);

    public static RestRoute CreateFollowup(Snowflake applicationId, string interactionToken) =>
        new(HttpMethod.Post, "/webhooks/{application.id}/{interaction.token}",
            $"webhooks/{applicationId}/{Uri.EscapeDataString(interactionToken)}", $"{applicationId}/{interactionToken}", RouteKind.InteractionWebhook);

    public static RestRoute BulkOverwriteGlobalCommands(Snowflake applicationId) =>
        new(HttpMethod.Put, "/applications/{application.id}/commands", $"applications/{applicationId}/commands", "", RouteKind.Bot);

    public static RestRoute BulkOverwriteGuildCommands(Snowflake applicationId, Snowflake guildId) =>
        new(HttpMethod.Put, "/applications/{application.id}/guilds/{guild.id}/commands",
            $"applications/{applicationId}/guilds/{guildId}/commands", guildId.ToString(), RouteKind.Bot);
}

internal enum RouteKind
{
    Bot,
    InteractionCallback,
    InteractionWebhook,
}
