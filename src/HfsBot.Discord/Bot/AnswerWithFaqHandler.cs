using HfsBot.Core.Answering;
using HfsBot.Discord.Models;

namespace HfsBot.Discord.Bot;

/// <summary>
/// The message context-menu command "Answer with FAQ": a helper answers a member's message, as a reply to that
/// message. A confident answer (or a safety reply) is posted at once; when the bot is unsure, only the helper
/// sees the candidates and chooses which to post; with no answer, nothing is posted.
/// </summary>
internal sealed class AnswerWithFaqHandler(
    FaqAsker asker,
    BotThrottles throttles,
    InteractionResponder responder,
    ChannelPoster poster,
    ModLog modLog)
{
    public const string Name = "Answer with FAQ";
    private const string Source = "context-menu";

    public async Task HandleAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        var data = interaction.Data;
        if (data?.TargetId is not { } targetId || data.Resolved?.Messages?.GetValueOrDefault(targetId) is not { } target
            || string.IsNullOrWhiteSpace(target.Content))
        {
            await responder.RespondTextAsync(interaction, Replies.NoText, cancellationToken);
            return;
        }

        var reply = asker.Answer(target.Content, Source);
        var recordId = asker.Record(reply, Source);
        switch (reply.Outcome)
        {
            case ReplyOutcome.Suggest:
                await responder.RespondAsync(interaction, ChoicesForHelper(reply, target), ephemeral: true, cancellationToken);
                return;
            case ReplyOutcome.None:
                await responder.RespondTextAsync(interaction, Replies.NoAnswerForHelper, cancellationToken);
                return;
        }

        var post = await throttles.PostOnceAsync(
            reply,
            target.ChannelId,
            interaction.GuildId,
            token => poster.PostAsync(target.ChannelId, DiscordReplyBuilder.Build(reply, recordId), target.Id, "context-menu answer", token),
            cancellationToken);
        await responder.RespondTextAsync(interaction, Replies.ForHelper(post), cancellationToken);
        await modLog.NotifySafetyAsync(reply, ModLog.MessageLink(interaction.GuildId, target.ChannelId, target.Id), cancellationToken);
    }

    private static DiscordReply ChoicesForHelper(FaqReply reply, Message target)
    {
        var buttons = DiscordReplyBuilder.PickButtons(reply.Suggestions, entryId => CustomIds.ForPost(entryId, target.ChannelId.ToString(), target.Id.ToString()));
        return new DiscordReply("I'm not sure which answer fits that message. Choose one to post as a reply, or none.", [], [DiscordReplyBuilder.Row(buttons)]);
    }
}
