using HfsBot.Discord.Rest;

namespace HfsBot.Discord.Bot;

/// <summary>The failures of a call to Discord that the bot logs and lives with, rather than crash a handler.</summary>
internal static class DiscordFailures
{
    /// <summary>Discord refused the request, could not be reached, or did not answer in time.</summary>
    public static bool IsExpected(Exception exception) =>
        exception is DiscordHttpException or HttpRequestException or TaskCanceledException;
}
