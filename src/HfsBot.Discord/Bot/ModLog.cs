using HfsBot.Core.Answering;
using HfsBot.Discord.Models;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HfsBot.Discord.Bot;

/// <summary>
/// Posts notices to <c>Discord:ModLogChannelId</c>: urgent and crisis replies (a link to the message, never its
/// text) and FAQ reload results. Without the setting, notices are only logged.
/// </summary>
internal sealed class ModLog(ChannelPoster poster, IOptions<DiscordOptions> options, ILogger<ModLog> logger)
{
    public async Task PostAsync(string what, string text, CancellationToken cancellationToken)
    {
        if (options.Value.ModLogChannelId is not { } channel)
        {
            BotLog.NoModLogChannel(logger, what);
            return;
        }

        await poster.PostAsync(channel, DiscordReply.Text(text), replyTo: null, what + " notice", cancellationToken);
    }

    /// <summary>
    /// Tells the moderators that an urgent or crisis reply was given <paramref name="where"/>, so that someone can
    /// reach out; other replies need no notice.
    /// </summary>
    public Task NotifySafetyAsync(FaqReply reply, string where, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reply);
        return reply.Outcome is ReplyOutcome.Urgent or ReplyOutcome.Crisis
            ? PostAsync("safety", SafetyNotice(reply, where), cancellationToken)
            : Task.CompletedTask;
    }

    public static string MessageLink(Snowflake? guildId, Snowflake channelId, Snowflake messageId) =>
        $"https://discord.com/channels/{guildId?.ToString() ?? "@me"}/{channelId}/{messageId}";

    public static string ChannelLink(Snowflake? guildId, Snowflake channelId) =>
        $"https://discord.com/channels/{guildId?.ToString() ?? "@me"}/{channelId}";

    /// <summary>What moderators see for a safety reply: the kind, the rule, and where, never the member's words.</summary>
    private static string SafetyNotice(FaqReply reply, string where) => reply.Outcome == ReplyOutcome.Crisis
        ? $":rotating_light: **Crisis support reply** given (rule: {reply.TriageRule}). A member may need someone to reach out: {where}"
        : $":warning: **Urgent-care reply** given (rule: {reply.TriageRule}): {where}";
}
