namespace HfsBot.Discord.Bot;

/// <summary>
/// The custom ids of the bot's buttons (at most 100 characters). They carry entry ids and log record ids, never
/// member text: a button's id is visible to anyone who inspects the message.
/// </summary>
internal static class CustomIds
{
    private const string Pick = "faq:pick:";
    private const string None = "faq:none:";
    private const string Post = "faq:post:";

    /// <summary>Answers <paramref name="entryId"/> for whoever clicks.</summary>
    public static string ForPick(string entryId) => Pick + entryId;

    /// <summary>"None of these" for the "did you mean" reply logged as <paramref name="recordId"/>.</summary>
    public static string ForNoneOfThese(string? recordId) => None + (recordId ?? "");

    /// <summary>A helper's choice (after "Answer with FAQ") to post <paramref name="entryId"/> as a reply to a member's message.</summary>
    public static string ForPost(string entryId, string channelId, string messageId) => $"{Post}{entryId}:{channelId}:{messageId}";

    public static bool TryParsePick(string? customId, out string entryId) => TryStrip(customId, Pick, out entryId);

    public static bool TryParseNoneOfThese(string? customId, out string recordId) => TryStrip(customId, None, out recordId);

    public static bool TryParsePost(string? customId, out (string EntryId, string ChannelId, string MessageId) target)
    {
        target = default;
        if (!TryStrip(customId, Post, out var rest) || rest.Split(':') is not [var entryId, var channelId, var messageId])
        {
            return false;
        }

        target = (entryId, channelId, messageId);
        return true;
    }

    private static bool TryStrip(string? customId, string prefix, out string rest)
    {
        rest = customId is not null && customId.StartsWith(prefix, StringComparison.Ordinal) ? customId[prefix.Length..] : "";
        return customId is not null && customId.StartsWith(prefix, StringComparison.Ordinal);
    }
}
