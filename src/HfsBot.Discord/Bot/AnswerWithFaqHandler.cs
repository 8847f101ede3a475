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

    public async Task HandleAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        var data = interaction.Data;
        if (data?.TargetId is not { } targetId || data.Resolved?.Messages?.GetValueOrDefault(targetId) is not { } target
            || string.IsNullOrWhiteSpace(target.Content))
        {
            await responder.RespondTextAsync(interaction, Replies.NoText, cancellationToken);
            return;
        }

        var reply = asker.Answer(target.Content, "context-menu");
        switch (reply.Outcome)
        {
            case ReplyOutcome.Suggest:
                await responder.RespondAsync(interaction, ChoicesForHelper(reply, target), ephemeral: true, cancellationToken);
                return;
            case ReplyOutcome.None:
                asker.Render(reply, "context-menu"); // counted and logged as unanswered, not posted
                await responder.RespondTextAsync(interaction, Replies.NoAnswerForHelper, cancellationToken);
                return;
            case ReplyOutcome.Answer when throttles.PublicAnswers.Recent(target.ChannelId.ToString(), reply.Entry!.Id) is { } earlier:
                await responder.RespondTextAsync(interaction, Replies.AnsweredRecently(earlier), cancellationToken);
                return;
        }

        var posted = await poster.PostAsync(target.ChannelId, asker.Render(reply, "context-menu"), target.Id, "context-menu answer", cancellationToken);
        await responder.RespondTextAsync(interaction, posted is null ? Replies.CouldNotPost : Replies.Posted, cancellationToken);
        if (posted is not null && reply.Outcome == ReplyOutcome.Answer)
        {
            throttles.PublicAnswers.Remember(target.ChannelId.ToString(), reply.Entry!.Id, ModLog.MessageLink(interaction.GuildId, posted.ChannelId, posted.Id));
        }

        if (reply.Outcome is ReplyOutcome.Urgent or ReplyOutcome.Crisis)
        {
            await modLog.PostAsync("safety", ModLog.SafetyNotice(reply, ModLog.MessageLink(interaction.GuildId, target.ChannelId, target.Id)), cancellationToken);
        }
    }

    private static DiscordReply ChoicesForHelper(FaqReply reply, Message target)
    {
        var buttons = reply.Suggestions.Take(3).Select(e => new Button
        {
            Style = ButtonStyles.Primary,
            Label = DiscordLimits.Truncate(e.Title, DiscordLimits.ButtonLabel),
            CustomId = CustomIds.ForPost(e.Id, target.ChannelId.ToString(), target.Id.ToString()),
        });
        return new DiscordReply("I'm not sure which answer fits that message. Choose one to post as a reply, or none.", [], [new ActionRow { Components = [.. buttons] }]);
    }
}
