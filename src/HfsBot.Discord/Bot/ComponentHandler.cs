using HfsBot.Core.Answering;
using HfsBot.Discord.Models;

namespace HfsBot.Discord.Bot;

/// <summary>
/// Button clicks. A suggestion answers for the member who clicked (only they see it). "None of these" goes to
/// the unanswered-question log. After "Answer with FAQ", a helper's choice posts that entry as a reply to the
/// member's message.
/// </summary>
internal sealed class ComponentHandler(
    FaqAsker asker,
    BotThrottles throttles,
    InteractionResponder responder,
    ChannelPoster poster)
{
    public async Task HandleAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        var customId = interaction.Data?.CustomId;
        if (CustomIds.TryParsePick(customId, out var entryId) && asker.AnswerEntry(entryId, "(button)") is { } picked)
        {
            await responder.RespondAsync(interaction, DiscordReplyBuilder.Build(picked, asker.Record(picked, "button")), ephemeral: true, cancellationToken);
        }
        else if (CustomIds.TryParseNoneOfThese(customId, out var recordId))
        {
            asker.RecordNoneOfThese(recordId);
            await responder.RespondTextAsync(interaction, Replies.NoneOfTheseThanks, cancellationToken);
        }
        else if (CustomIds.TryParsePost(customId, out var target) && asker.AnswerEntry(target.EntryId, "(helper's choice)") is { } chosen
            && Snowflake.TryParse(target.ChannelId, out var channelId) && Snowflake.TryParse(target.MessageId, out var messageId))
        {
            await PostForHelperAsync(interaction, chosen, channelId, messageId, cancellationToken);
        }
        else
        {
            await responder.RespondTextAsync(interaction, "That answer is no longer available; please ask again.", cancellationToken);
        }
    }

    private async Task PostForHelperAsync(Interaction interaction, FaqReply reply, Snowflake channelId, Snowflake messageId, CancellationToken cancellationToken)
    {
        var recordId = asker.Record(reply, "helper");
        var post = await throttles.PostOnceAsync(
            reply,
            channelId,
            interaction.GuildId,
            token => poster.PostAsync(channelId, DiscordReplyBuilder.Build(reply, recordId), messageId, "helper's answer", token),
            cancellationToken);
        await responder.RespondTextAsync(interaction, Replies.ForHelper(post), cancellationToken);
    }
}
