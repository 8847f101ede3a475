using HfsBot.Core.Answering;
using HfsBot.Core.Throttling;
using HfsBot.Discord.Models;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HfsBot.Discord.Bot;

/// <summary>The bot's cooldown state, shared by every handler (a singleton; each part is thread-safe).</summary>
internal sealed class BotThrottles(TimeProvider timeProvider, IOptions<FaqBotOptions> options, ILogger<BotThrottles> logger)
{
    /// <summary>Questions per member per minute.</summary>
    private readonly SlidingWindowLimiter _memberQuestions = new(timeProvider, options.Value.QuestionsPerMemberPerMinute, TimeSpan.FromMinutes(1));

    /// <summary>Where each entry was last posted publicly, per channel.</summary>
    private readonly RecentPosts _publicAnswers = new(timeProvider, TimeSpan.FromSeconds(options.Value.RepeatAnswerSeconds));

    /// <summary>Automatic answers per member in auto-answer channels.</summary>
    public SlidingWindowLimiter AutoAnswers { get; } = new(timeProvider, 1, TimeSpan.FromMinutes(options.Value.AutoAnswerCooldownMinutes));

    /// <summary>Messages and interactions already handled: Discord may deliver an event more than once.</summary>
    public SeenIds Events { get; } = new(timeProvider, TimeSpan.FromMinutes(30));

    /// <summary>
    /// Whether <paramref name="memberId"/> may have <paramref name="reply"/> now. Triage replies (crisis, urgent,
    /// personal advice) ignore the cooldown and use none of it (design §4); others count against the member's
    /// questions per minute, and a refusal is logged.
    /// </summary>
    public bool AllowQuestion(FaqReply reply, Snowflake memberId)
    {
        ArgumentNullException.ThrowIfNull(reply);
        if (reply.IsTriage || _memberQuestions.TryAcquire("member:" + memberId))
        {
            return true;
        }

        BotLog.MemberThrottled(logger, options.Value.QuestionsPerMemberPerMinute);
        return false;
    }

    /// <summary>
    /// Posts <paramref name="reply"/> in a channel for everyone with <paramref name="post"/>, unless it answers with
    /// an entry already posted there a moment ago: then nothing is posted and the result links to the earlier post.
    /// Where an answer is posted is remembered for the next repeat.
    /// </summary>
    public async Task<PublicPost> PostOnceAsync(
        FaqReply reply, Snowflake channelId, Snowflake? guildId, Func<CancellationToken, Task<Message?>> post, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reply);
        ArgumentNullException.ThrowIfNull(post);
        var channel = channelId.ToString();
        var entryId = reply.Outcome == ReplyOutcome.Answer ? reply.Entry!.Id : null;
        if (entryId is not null && _publicAnswers.Recent(channel, entryId) is { } earlier)
        {
            return new PublicPost(null, earlier);
        }

        var posted = await post(cancellationToken);
        if (posted is not null && entryId is not null)
        {
            _publicAnswers.Remember(channel, entryId, ModLog.MessageLink(guildId, posted.ChannelId, posted.Id));
        }

        return new PublicPost(posted, null);
    }
}

/// <summary>What <see cref="BotThrottles.PostOnceAsync"/> did: posted (null if Discord refused), or found an earlier post.</summary>
internal sealed record PublicPost(Message? Posted, string? EarlierLink);
