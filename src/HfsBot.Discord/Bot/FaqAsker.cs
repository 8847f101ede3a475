using HfsBot.Core.Answering;
using HfsBot.Core.Data;
using HfsBot.Core.Faq;
using Microsoft.Extensions.Logging;

namespace HfsBot.Discord.Bot;

/// <summary>
/// Runs a member's question through the answering pipeline and turns the outcome into a Discord reply,
/// counting it in the stats and, when it went unanswered, in the unanswered-question log.
/// </summary>
internal sealed class FaqAsker(FaqLibrary library, AnswerStats stats, UnansweredLog unanswered, ILogger<FaqAsker> logger)
{
    public FaqCatalog Catalog => library.Current.Catalog;

    /// <summary>The pipeline's decision only; nothing is recorded until <see cref="Render"/>.</summary>
    public FaqReply Answer(string question, string source)
    {
        BotLog.QuestionReceived(logger, source, question);
        return library.Current.Answerer.Answer(question);
    }

    /// <summary>The reply for one entry chosen by id (a button, an autocomplete choice), or null if it no longer exists.</summary>
    public FaqReply? AnswerEntry(string entryId, string question) => library.Current.Answerer.AnswerEntry(entryId, question);

    /// <summary>Records the reply as given and builds what to send.</summary>
    public DiscordReply Render(FaqReply reply, string source)
    {
        ArgumentNullException.ThrowIfNull(reply);
        stats.Record(reply);
        var recordId = unanswered.Record(reply);
        if (reply.IsTriage && reply.Outcome != ReplyOutcome.Advice)
        {
            BotLog.SafetyReply(logger, reply.Outcome, reply.TriageRule, source);
        }
        else
        {
            BotLog.Replied(logger, source, reply.Outcome, reply.Entry?.Id, reply.Score);
        }

        return DiscordReplyBuilder.Build(reply, library.Current.Catalog, recordId);
    }

    public bool RecordNoneOfThese(string recordId) => unanswered.RecordNoneOfThese(recordId);
}
