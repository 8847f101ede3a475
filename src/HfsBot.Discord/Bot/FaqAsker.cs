using HfsBot.Core.Answering;
using HfsBot.Core.Data;
using HfsBot.Core.Faq;
using Microsoft.Extensions.Logging;

namespace HfsBot.Discord.Bot;

/// <summary>
/// Runs a member's question through the answering pipeline, counts each reply given (in the stats and, when it
/// went unanswered, in the unanswered-question log) and turns replies into what Discord shows.
/// </summary>
internal sealed class FaqAsker(FaqLibrary library, AnswerStats stats, UnansweredLog unanswered, ILogger<FaqAsker> logger)
{
    /// <summary>The pipeline's decision only; nothing is recorded until <see cref="Record"/>.</summary>
    public FaqReply Answer(string question, string source)
    {
        BotLog.QuestionReceived(logger, source, question.Length);
        return library.Current.Answerer.Answer(question);
    }

    /// <summary>The reply for one entry chosen by id (a button, an autocomplete choice), or null if it no longer exists.</summary>
    public FaqReply? AnswerEntry(string entryId, string question) => library.Current.Answerer.AnswerEntry(entryId, question);

    /// <summary>
    /// Counts <paramref name="reply"/> as given, whatever form it takes on Discord (posted, pointed to, offered
    /// to a helper, or withheld because there is no answer). Call it once per reply given, never for a question
    /// the bot stayed silent on. Returns the unanswered-log record id of an unanswered reply, else null.
    /// </summary>
    public string? Record(FaqReply reply, string source)
    {
        ArgumentNullException.ThrowIfNull(reply);
        stats.Record(reply);
        if (reply.IsTriage && reply.Outcome != ReplyOutcome.Advice)
        {
            BotLog.SafetyReply(logger, reply.Outcome, reply.TriageRule, source);
        }
        else
        {
            BotLog.Replied(logger, source, reply.Outcome, reply.Entry?.Id, reply.Score);
        }

        return unanswered.Record(reply);
    }

    public bool RecordNoneOfThese(string recordId) => unanswered.RecordNoneOfThese(recordId);
}
