using System.Collections.Immutable;
using HfsBot.Core.Faq;
using HfsBot.Core.Matching;
using HfsBot.Core.Text;

namespace HfsBot.Core.Answering;

/// <summary>The six outcomes of the <c>ask --json</c> contract.</summary>
public enum ReplyOutcome
{
    Answer,
    Suggest,
    None,
    Urgent,
    Crisis,
    Advice,
}

/// <summary>The outcomes as the <c>ask --json</c> contract spells them.</summary>
public static class ReplyOutcomeNames
{
    /// <summary>"answer", "suggest", "none", "urgent", "crisis" or "advice" (design.md section 3).</summary>
    public static string WireName(this ReplyOutcome outcome) => outcome switch
    {
        ReplyOutcome.Answer => "answer",
        ReplyOutcome.Suggest => "suggest",
        ReplyOutcome.None => "none",
        ReplyOutcome.Urgent => "urgent",
        ReplyOutcome.Crisis => "crisis",
        ReplyOutcome.Advice => "advice",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, null),
    };
}

/// <summary>
/// Everything a reply needs, independent of where it is shown (terminal, Discord embed, JSON line).
/// </summary>
public sealed record FaqReply
{
    public required string Question { get; init; }

    public required ReplyOutcome Outcome { get; init; }

    /// <summary>The answered entry; set only for <see cref="ReplyOutcome.Answer"/>.</summary>
    public FaqEntry? Entry { get; init; }

    /// <summary>The best match score, 0-100.</summary>
    public double Score { get; init; }

    /// <summary>"Did you mean" entries, runner-ups of an answer, or general reading after an advice reply.</summary>
    public ImmutableArray<FaqEntry> Suggestions { get; init; } = [];

    /// <summary>The answered entry's related entries that are loaded.</summary>
    public ImmutableArray<FaqEntry> Related { get; init; } = [];

    /// <summary>The text shown instead of (or before) an answer: safety reply, did-you-mean or no-answer text.</summary>
    public string? Message { get; init; }

    public required string Disclaimer { get; init; }

    /// <summary>A greeting or thanks, answered kindly with <see cref="Message"/> (outcome none, never logged as unanswered).</summary>
    public SmallTalkKind SmallTalk { get; init; }

    /// <summary>The safety rule that decided a triage outcome (for logs and eval).</summary>
    public string? TriageRule { get; init; }

    /// <summary>The matcher's full decision, for explanations; <see cref="MatchResult.Nothing"/> after crisis or urgent.</summary>
    public MatchResult Match { get; init; } = MatchResult.Nothing;

    public bool IsTriage => Outcome is ReplyOutcome.Urgent or ReplyOutcome.Crisis or ReplyOutcome.Advice;

    /// <summary>Whether the question went unanswered: what moderators review to find gaps in the FAQ.</summary>
    public bool IsUnanswered => (Outcome is ReplyOutcome.None or ReplyOutcome.Suggest) && SmallTalk == SmallTalkKind.None;
}
