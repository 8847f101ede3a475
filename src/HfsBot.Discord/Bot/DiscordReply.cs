using System.Globalization;
using HfsBot.Core.Answering;
using HfsBot.Core.Faq;
using HfsBot.Discord.Models;

namespace HfsBot.Discord.Bot;

/// <summary>A reply ready for any Discord route: message create, interaction response, webhook edit.</summary>
internal sealed record DiscordReply(string? Content, IReadOnlyList<Embed> Embeds, IReadOnlyList<ActionRow> Components)
{
    public MessageCreateRequest AsMessage(Snowflake? replyTo) => new()
    {
        Content = Content,
        Embeds = Embeds.Count == 0 ? null : Embeds,
        Components = Components.Count == 0 ? null : Components,
        AllowedMentions = AllowedMentions.None, // answers quote member text: never ping anyone
        MessageReference = replyTo is { } id ? new MessageReference { MessageId = id, FailIfNotExists = false } : null,
    };

    public InteractionCallbackData AsInteractionData(bool ephemeral) => new()
    {
        Content = Content,
        Embeds = Embeds.Count == 0 ? null : Embeds,
        Components = Components.Count == 0 ? null : Components,
        AllowedMentions = AllowedMentions.None,
        Flags = ephemeral ? MessageFlags.Ephemeral : null,
    };

    public WebhookMessageRequest AsWebhookMessage() => new()
    {
        Content = Content,
        Embeds = Embeds.Count == 0 ? null : Embeds,
        Components = Components.Count == 0 ? null : Components,
        AllowedMentions = AllowedMentions.None,
    };

    /// <summary>Plain text (with the disclaimer underneath in Discord's small print).</summary>
    public static DiscordReply Text(string text, string? disclaimer = null) =>
        new(DiscordLimits.Truncate(disclaimer is null ? text : $"{text}\n-# {disclaimer}", DiscordLimits.Content), [], []);
}

/// <summary>
/// Turns a <see cref="FaqReply"/> into what members see on Discord, always within Discord's limits: an answer
/// card (embed) for answers, buttons for "did you mean", plain text for safety replies so they stand out.
/// </summary>
internal static class DiscordReplyBuilder
{
    private const int AnswerColor = 0x2F6FB3;

    /// <param name="reply">The pipeline's reply.</param>
    /// <param name="unansweredRecordId">The log record of a "did you mean" reply, for its "None of these" button.</param>
    public static DiscordReply Build(FaqReply reply, string? unansweredRecordId = null)
    {
        ArgumentNullException.ThrowIfNull(reply);
        return reply.Outcome switch
        {
            ReplyOutcome.Answer => Answer(reply),
            ReplyOutcome.Suggest => WithButtons(reply.Message ?? "", reply, [.. PickButtons(reply.Suggestions, CustomIds.ForPick), NoneOfTheseButton(unansweredRecordId)]),
            ReplyOutcome.Advice => WithButtons(reply.Message ?? "", reply, PickButtons(reply.Suggestions, CustomIds.ForPick)),
            _ => DiscordReply.Text(reply.Message ?? "", reply.Disclaimer),
        };
    }

    private static DiscordReply Answer(FaqReply reply)
    {
        var entry = reply.Entry!;
        var fields = new List<EmbedField> { new() { Name = "Sources", Value = SourcesField(entry) } };
        if (!reply.Related.IsEmpty)
        {
            fields.Add(new EmbedField { Name = "Related", Value = DiscordLimits.JoinLines([.. reply.Related.Select(r => "- " + r.Title)], DiscordLimits.EmbedFieldValue) });
        }

        var footer = DiscordLimits.Truncate(
            string.Create(CultureInfo.InvariantCulture, $"Last reviewed {entry.Reviewed:yyyy-MM-dd} by {entry.ReviewedBy}. {reply.Disclaimer}"),
            DiscordLimits.EmbedFooter);
        var title = DiscordLimits.Truncate("You asked about: " + entry.Title, DiscordLimits.EmbedTitle);
        var fixedLength = title.Length + footer.Length + fields.Sum(f => f.Name.Length + f.Value.Length);
        var description = DiscordLimits.Truncate(entry.Body, Math.Min(DiscordLimits.EmbedDescription, DiscordLimits.EmbedTotal - fixedLength));
        var embed = new Embed
        {
            Title = title,
            Description = description,
            Color = AnswerColor,
            Fields = fields,
            Footer = new EmbedFooter { Text = footer },
        };
        // FaqCatalog.RelatedOf already left out ids that do not exist.
        var related = reply.Related.Take(3).ToList();
        return new DiscordReply(null, [embed], related.Count == 0 ? [] : [Row(PickButtons(related, CustomIds.ForPick))]);
    }

    /// <summary>One line per source: a Markdown link and its publisher.</summary>
    private static string SourcesField(FaqEntry entry) =>
        DiscordLimits.JoinLines(
            [.. entry.Sources.Select(s => $"- [{LinkText(s.Title)}]({s.Url.AbsoluteUri})" + (s.Publisher is null ? "" : $", {s.Publisher}"))],
            DiscordLimits.EmbedFieldValue);

    /// <summary>Square brackets would end the link text early.</summary>
    private static string LinkText(string title) => DiscordLimits.Truncate(title.Replace('[', '(').Replace(']', ')'), 150);

    private static DiscordReply WithButtons(string text, FaqReply reply, List<Button> buttons) =>
        new(DiscordReply.Text(text, reply.Disclaimer).Content, [], buttons.Count == 0 ? [] : [Row(buttons)]);

    public static ActionRow Row(List<Button> buttons) => new() { Components = [.. buttons.Take(DiscordLimits.ButtonsPerRow)] };

    /// <summary>Up to 3 buttons titled by entry; <paramref name="customIdFor"/> turns an entry id into what a click does.</summary>
    public static List<Button> PickButtons(IEnumerable<FaqEntry> entries, Func<string, string> customIdFor) =>
        [.. entries.Take(3).Select(e => new Button
        {
            Style = ButtonStyles.Primary,
            Label = DiscordLimits.Truncate(e.Title, DiscordLimits.ButtonLabel),
            CustomId = customIdFor(e.Id),
        })];

    private static Button NoneOfTheseButton(string? recordId) => new()
    {
        Style = ButtonStyles.Secondary,
        Label = "None of these",
        CustomId = CustomIds.ForNoneOfThese(recordId),
    };
}
