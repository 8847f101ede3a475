using System.Collections.Immutable;
using HfsBot.Core.Faq;

namespace HfsBot.Core.Matching;

/// <summary>How confident the matcher is.</summary>
public enum MatchBand
{
    /// <summary>Nothing in the FAQ fits.</summary>
    None,

    /// <summary>Close, but not sure enough to answer: offer "did you mean".</summary>
    Suggest,

    /// <summary>The best entry is clearly right.</summary>
    Answer,
}

/// <summary>
/// One scored entry, with what made the score, so that a miss can be explained: the word-coverage score, the
/// FuzzySharp score, and the title or question that matched best.
/// </summary>
public sealed record MatchCandidate(FaqEntry Entry, double Score, double Lexical, double Fuzzy, string BestText)
{
    /// <summary>The learned classifier's probability for this entry among the candidates (0 when it is off).</summary>
    public double Learned { get; init; }
}

/// <summary>
/// The matcher's decision: the band and the best candidates, best first. <see cref="UnknownWords"/> are the words
/// the FAQ has never seen; <see cref="UnknownShare"/> is the share of the question's weight carried by those of
/// them that are not everyday chat (0-1): what "mostly about something else" is judged by.
/// </summary>
public sealed record MatchResult(MatchBand Band, ImmutableArray<MatchCandidate> Candidates, ImmutableArray<string> UnknownWords, double UnknownShare)
{
    public static MatchResult Nothing { get; } = new(MatchBand.None, [], [], 0);

    /// <summary>
    /// Words naming another condition or purpose ("migraine", in a question that does not mention HFS) or putting
    /// the question out of scope ("insurance", whatever else it says) that the best entry never uses: why the band
    /// is none although an entry scored well.
    /// </summary>
    public ImmutableArray<string> OtherTopicWords { get; init; } = [];

    /// <summary>
    /// A figure of speech in a question that is not about HFS ("my boss is driving me mad"): why the band is none
    /// although an entry shares its words. Null when there is none, or the question is about HFS.
    /// </summary>
    public string? FigureOfSpeech { get; init; }

    /// <summary>
    /// The question asks whether something may be posted in the group ("can i post a video of my spasm in here"): a
    /// question for the moderators, so the band is none whatever an entry scored.
    /// </summary>
    public bool AsksToPost { get; init; }

    /// <summary>
    /// The question asks how another condition the FAQ names beside HFS runs its own course ("my brother had bells palsy,
    /// how long till his face comes back"): the entries that name it are about HFS, so the band is none.
    /// </summary>
    public bool AsksAboutOtherCondition { get; init; }

    /// <summary>
    /// How likely the message is chat (<see cref="MessageKind.Chat"/>), when the matcher asked: only about a message
    /// it would otherwise have answered or offered suggestions for. Null when it did not ask.
    /// </summary>
    public double? ChatProbability { get; init; }

    /// <summary>
    /// Whether the band is none because the message reads as chat (<see cref="MatchingOptions.ChatThreshold"/>,
    /// <see cref="MatchingOptions.ChatAnswerThreshold"/>).
    /// </summary>
    public bool ReadsAsChat { get; init; }

    /// <summary>
    /// How likely the message is a question the FAQ does not answer (<see cref="MessageKind.OffTopicQuestion"/>), when
    /// the matcher asked: only about a message it would otherwise have offered suggestions for, or answered on the
    /// classifier's agreement alone, and that does not read as chat. Null when it did not ask.
    /// </summary>
    public double? OffTopicProbability { get; init; }

    /// <summary>Whether the band is none because the message reads as a question of another kind (<see cref="MatchingOptions.OffTopicThreshold"/>).</summary>
    public bool ReadsAsOffTopic { get; init; }

    /// <summary>The lowest score offered as a suggestion for this question (see <see cref="MatchingOptions.HfsQuestionSuggestThreshold"/>).</summary>
    public double SuggestFloor { get; init; }

    public MatchCandidate? Best => Candidates.IsEmpty ? null : Candidates[0];

    public double Score => Best?.Score ?? 0;
}
