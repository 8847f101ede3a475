using HfsBot.Discord.Models;
using HfsBot.Discord.Rest;
using Microsoft.Extensions.Logging;

namespace HfsBot.Discord.Bot;

/// <summary>Posts the bot's messages to channels, logging (not throwing) when Discord refuses or is unreachable.</summary>
internal sealed class ChannelPoster(IDiscordRestClient rest, ILogger<ChannelPoster> logger)
{
    /// <summary>The posted message, or null when it could not be posted (missing permissions, Discord down).</summary>
    public async Task<Message?> PostAsync(Snowflake channelId, DiscordReply reply, Snowflake? replyTo, string what, CancellationToken cancellationToken)
    {
        try
        {
            return await rest.CreateMessageAsync(channelId, reply.AsMessage(replyTo), cancellationToken);
        }
        catch (Exception ex) when (DiscordFailures.IsExpected(ex))
        {
            BotLog.SendFailed(logger, ex, what);
            return null;
        }
    }
}
