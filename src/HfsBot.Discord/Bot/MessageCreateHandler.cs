using System.Text.RegularExpressions;
using HfsBot.Core.Answering;
using HfsBot.Core.Text;
using HfsBot.Discord.Gateway;
using HfsBot.Discord.Models;
using Microsoft.Extensions.Options;

namespace HfsBot.Discord.Bot;

/// <summary>
/// Messages: direct messages and mentions of the bot are answered as replies; in auto-answer channels, only
/// messages that look like questions and match confidently, at most once per member per few minutes. Whatever
/// the channel and the cooldowns, a message describing an emergency gets the safety reply at once and the
/// moderators get a link to it. Bots, webhooks and the bot itself are ignored; each message is handled once.
/// </summary>
internal sealed partial class MessageCreateHandler(
    FaqAsker asker,
    BotThrottles throttles,
    GatewayStatus status,
    ChannelPoster poster,
    ModLog modLog,
    IOptions<DiscordOptions> options) : IDiscordEventHandler<MessageCreateEvent>
{
    public const string Help = "Hi! Ask me a question about hemifacial spasm, for example \"how long does Botox last?\". You can also use `/faq`.";

    public async ValueTask HandleAsync(MessageCreateEvent e, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(e);
        var message = e.Message;
        if (message.Author is not { } author || author.Bot == true || author.System == true || message.WebhookId is not null
            || author.Id == status.BotUserId)
        {
            return;
        }

        var isDirect = message.GuildId is null;
        var isMention = status.BotUserId is { } botId && message.Mentions?.Any(u => u.Id == botId) == true;
        var isAutoAnswer = !isDirect && options.Value.AutoAnswerChannelIds.Contains(message.ChannelId.Value);
        // Only messages for the bot are remembered as handled: ordinary chatter would fill that memory for nothing.
        if ((!isDirect && !isMention && !isAutoAnswer) || !throttles.Events.FirstTime("message:" + message.Id))
        {
            return;
        }

        var source = isDirect ? "direct" : isMention ? "mention" : "auto-answer";
        var question = WithoutMentions(message.Content ?? "");
        if (question.Length == 0)
        {
            if (isDirect || isMention)
            {
                await SendAsync(message, DiscordReply.Text(Help), cancellationToken);
            }

            return;
        }

        var reply = asker.Answer(question, source);
        if (reply.Outcome is ReplyOutcome.Urgent or ReplyOutcome.Crisis)
        {
            await SendAsync(message, DiscordReplyBuilder.Build(reply, asker.Record(reply, source)), cancellationToken);
            await modLog.NotifySafetyAsync(reply, ModLog.MessageLink(message.GuildId, message.ChannelId, message.Id), cancellationToken);
            return;
        }

        if (!isDirect && !isMention)
        {
            await AutoAnswerAsync(message, author, question, reply, cancellationToken);
            return;
        }

        if (!throttles.AllowQuestion(reply, author.Id))
        {
            await SendAsync(message, DiscordReply.Text(Replies.SlowDown), cancellationToken);
            return;
        }

        await AnswerAsync(message, reply, source, cancellationToken);
    }

    /// <summary>Auto-answer channels are conversations: speak only when asked, sure, and not too often.</summary>
    private async Task AutoAnswerAsync(Message message, User author, string question, FaqReply reply, CancellationToken cancellationToken)
    {
        if (reply.Outcome != ReplyOutcome.Answer || !QuestionDetector.LooksLikeQuestion(question)
            || !throttles.AutoAnswers.TryAcquire("auto:" + author.Id))
        {
            return;
        }

        await AnswerAsync(message, reply, "auto-answer", cancellationToken);
    }

    private async Task AnswerAsync(Message message, FaqReply reply, string source, CancellationToken cancellationToken)
    {
        var recordId = asker.Record(reply, source);
        if (message.GuildId is null)
        {
            // A direct message is a private conversation: no earlier public post to point to.
            await SendAsync(message, DiscordReplyBuilder.Build(reply, recordId), cancellationToken);
            return;
        }

        var post = await throttles.PostOnceAsync(
            reply, message.ChannelId, message.GuildId, token => SendAsync(message, DiscordReplyBuilder.Build(reply, recordId), token), cancellationToken);
        if (post.EarlierLink is { } earlier)
        {
            await SendAsync(message, DiscordReply.Text(Replies.AnsweredRecently(earlier)), cancellationToken);
        }
    }

    private Task<Message?> SendAsync(Message replyTo, DiscordReply reply, CancellationToken cancellationToken) =>
        poster.PostAsync(replyTo.ChannelId, reply, replyTo.Id, "reply", cancellationToken);

    /// <summary>"&lt;@123&gt; how long does botox last" asks "how long does botox last".</summary>
    private static string WithoutMentions(string content) => MentionPattern().Replace(content, " ").Trim();

    [GeneratedRegex(@"<@[!&]?\d+>")]
    private static partial Regex MentionPattern();
}

/// <summary>Short fixed replies of the Discord layer.</summary>
internal static class Replies
{
    public const string SlowDown =
        "You've asked several questions in a row; please give me a minute before the next one. If this is an emergency, call 911, 999 or 112.";

    public const string NoText = "That message has no text I can read.";

    public const string NoAnswerForHelper = "I don't have a reviewed answer for that message, so I haven't posted anything.";

    public const string Posted = "Posted the answer as a reply to that message.";

    public const string CouldNotPost = "I couldn't post in that channel (check my permissions there).";

    public const string NoneOfTheseThanks =
        "Thanks for telling me. I've passed the question on so the moderators can add an answer. You could also ask the group.";

    public const string RefuseAdmin =
        "Sorry, `/faqadmin` is for the group's moderators (Manage Server, or a moderator role).";

    public static string AnsweredRecently(string link) => $"I posted the answer to this here a moment ago: {link}";

    /// <summary>What a helper is told after choosing to post an answer to a member's message.</summary>
    public static string ForHelper(PublicPost post) =>
        post.EarlierLink is { } earlier ? AnsweredRecently(earlier) : post.Posted is null ? CouldNotPost : Posted;
}
