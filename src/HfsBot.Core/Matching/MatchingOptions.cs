using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace HfsBot.Core.Matching;

/// <summary>
/// Thresholds for the three bands (configuration section <c>Matching</c>). Scores run 0-100. The defaults are
/// tuned on the labelled questions in tests/data; change them only with <c>eval</c> numbers to back the change.
/// </summary>
public sealed class MatchingOptions
{
    public const string SectionName = "Matching";

    /// <summary>The best entry is answered directly at or above this score (and with <see cref="AnswerMargin"/>).</summary>
    [Range(0, 100)]
    public double AnswerThreshold { get; set; } = 60;

    /// <summary>
    /// How far the best entry must be ahead of the second to answer rather than suggest, at the answer
    /// threshold; the lead needed shrinks towards one point as the best score nears 100.
    /// </summary>
    [Range(0, 100)]
    public double AnswerMargin { get; set; } = 25;

    /// <summary>
    /// Below <see cref="AnswerThreshold"/> or its margin, the best entry is still answered when the learned classifier
    /// all but agrees (<see cref="AgreedAnswerProbability"/>), it scores at least this much and leads the second entry by
    /// <see cref="AgreedAnswerLead"/>: word coverage and the classifier are two opinions from different evidence, and
    /// when both point to one entry a suggestion only makes the member click. A question mostly of words the FAQ never
    /// saw (<see cref="MaxUnknownShare"/>) is still only suggested, and the chat check stays the suggestion's
    /// (<see cref="ChatThreshold"/>). On the teaching sets, 50 / 0.98 / 10 turned 272 suggestions into answers, 266 of
    /// them right. 100 turns it off.
    /// </summary>
    [Range(0, 100)]
    public double AgreedAnswerThreshold { get; set; } = 50;

    /// <summary>The classifier's probability for the best entry (among the re-ranked ones) that counts as agreeing; see <see cref="AgreedAnswerThreshold"/>.</summary>
    [Range(0, 1)]
    public double AgreedAnswerProbability { get; set; } = 0.98;

    /// <summary>The lead over the second entry an agreed answer needs; see <see cref="AgreedAnswerThreshold"/>.</summary>
    [Range(0, 100)]
    public double AgreedAnswerLead { get; set; } = 10;

    /// <summary>Entries at or above this score are offered as "did you mean"; below it the answer is none.</summary>
    [Range(0, 100)]
    public double SuggestThreshold { get; set; } = 44;

    /// <summary>
    /// The suggestion threshold for a question about HFS itself (it names hemifacial spasm, or a twitch with no
    /// other condition or body part, and nothing out of scope): it is about the group's subject, so the closest
    /// entries are offered even on a weaker match. Must not be above <see cref="SuggestThreshold"/> (checked at start).
    /// </summary>
    [Range(0, 100)]
    public double HfsQuestionSuggestThreshold { get; set; } = 32;

    /// <summary>Suggestions must score within this many points of the best entry.</summary>
    [Range(0, 100)]
    public double SuggestWindow { get; set; } = 20;

    /// <summary>
    /// Weight of the learned classifier's opinion (trained on the FAQ's own phrasings) in an entry's score,
    /// against word coverage and FuzzySharp. 0 turns it off.
    /// </summary>
    [Range(0, 1)]
    public double ClassifierWeight { get; set; } = 0.1;

    /// <summary>
    /// A suggestion for a message that reads as chat with at least this probability (<see cref="MessageKind.Chat"/>:
    /// "grandkids here all weekend") becomes no answer. 1 turns the check off. High, because the model also finds
    /// terse questions a little chatty: on the labelled questions already read, 0.9 took 9 right suggestions
    /// ("permanent fix?") for 38 chat lines, 0.8 16 for 48; on six short sets nobody had read, it took 31 chat lines
    /// and no right suggestion.
    /// </summary>
    [Range(0, 1)]
    public double ChatThreshold { get; set; } = 0.9;

    /// <summary>
    /// An answer for a message that reads as chat with at least this probability ("lol that made my day", "night all,
    /// sleep well") becomes no answer too. 1 turns the check off. Higher than <see cref="ChatThreshold"/>, because an
    /// answer is the matcher's clear view and the terse questions it answers read as chat too: on the labelled sets
    /// already read, 0.95 took two right answers ("hereditery?", "acupunture?") and 0.97 none; 0.98 leaves that margin
    /// and took four chat lines that had been answered, with no right answer lost on any set.
    /// </summary>
    [Range(0, 1)]
    public double ChatAnswerThreshold { get; set; } = 0.98;

    /// <summary>
    /// A suggestion (or an answer only the classifier's agreement made) for a question that reads as one the FAQ
    /// does not answer with at least this probability (<see cref="MessageKind.OffTopicQuestion"/>: "is baclofen good
    /// for leg cramps", "who writes the sick note for the op") becomes no answer, and is noted for the moderators as
    /// a question the FAQ lacks. 1 turns the check off. On the teaching sets (about 12,000 questions), 0.8 made 98
    /// off-topic questions no answer for 9 right first suggestions lost; 0.7 made 113 for 17, 0.9 76 for 4. The
    /// examples it learns from were written for it, blind to every test set.
    /// </summary>
    [Range(0, 1)]
    public double OffTopicThreshold { get; set; } = 0.8;

    [Range(1, 5)]
    public int MaxSuggestions { get; set; } = 3;

    /// <summary>
    /// Word weights are IDF raised to this power. Below 1 it narrows the gap between rare and common words, which
    /// otherwise widens as the FAQ grows, so that thresholds tuned on one FAQ size hold on another.
    /// </summary>
    [Range(0.1, 2)]
    public double IdfExponent { get; set; } = 0.65;

    /// <summary>
    /// Weight of a specific word the FAQ has never seen ("hernia", "medicare"), relative to the rarest known word.
    /// Such words are what tell "is bell's palsy contagious" apart from a real FAQ question.
    /// </summary>
    [Range(0, 2)]
    public double UnknownWordWeight { get; set; } = 1.3;

    /// <summary>
    /// Above this share of the question's weight in words the FAQ has never seen (everyday words not counted),
    /// the answer is none: the question is about something else ("how long after hernia surgery can I drive"),
    /// unless its known words match one entry as strongly as <see cref="UnknownWordsSuggestThreshold"/>.
    /// </summary>
    [Range(0, 1)]
    public double MaxUnknownShare { get; set; } = 0.5;

    /// <summary>
    /// A question over <see cref="MaxUnknownShare"/> whose best entry still scores at least this much ("ayurvedic
    /// treatment for this facial twitch, any benefit?") is offered that entry as a suggestion, never answered
    /// directly: one unfamiliar word should not hide a strong match, and the member decides. Must not be below
    /// <see cref="SuggestThreshold"/> (checked at start); 100 turns it off.
    /// </summary>
    [Range(0, 100)]
    public double UnknownWordsSuggestThreshold { get; set; } = 50;

    /// <summary>
    /// From this score, a word naming another condition or body part that the best entry lacks no longer sends
    /// the question to "no answer", provided the FAQ itself talks about that word elsewhere: "droop is a stroke
    /// sign, but how long does a botox droop usually last" is a Botox question that mentions a stroke. Off-topic
    /// questions sharing words with an entry ("recovery time after cataract surgery?") score well below it. 100
    /// turns it off.
    /// </summary>
    [Range(0, 100)]
    public double OtherTopicOverruledFrom { get; set; } = 70;

    /// <summary>Weight of an everyday word the FAQ has never seen ("morning", "forgot"): chat filler, barely counted.</summary>
    [Range(0, 2)]
    public double EverydayWordWeight { get; set; } = 0.1;

    /// <summary>
    /// In a variant's word score, the weight of "how much of the question this variant covers" against "how much
    /// of the variant the question covers".
    /// </summary>
    [Range(0, 1)]
    public double QueryCoverageShare { get; set; } = 0.65;

    /// <summary>
    /// In the entry-wide score, a word counts fully once this many of the entry's phrasings use it, and
    /// proportionally less below that: it tells an entry's topic from a word one phrasing happens to contain.
    /// </summary>
    [Range(1, 10)]
    public int CentralPhrasings { get; set; } = 2;

    /// <summary>Weight of the best single title/question against the entry's words as a whole.</summary>
    [Range(0, 1)]
    public double BestVariantShare { get; set; } = 0.5;

    /// <summary>
    /// Coverage is measured against the question's heaviest this-many words (0: all of them), so that a long,
    /// chatty message is judged by its key words.
    /// </summary>
    [Range(0, 100)]
    public int CoreWords { get; set; } = 5;

    /// <summary>Share of the final score that comes from FuzzySharp re-ranking (the rest is word coverage).</summary>
    [Range(0, 1)]
    public double FuzzyWeight { get; set; } = 0.3;

    /// <summary>How many of the best entries are re-ranked with FuzzySharp.</summary>
    [Range(1, 20)]
    public int RerankCount { get; set; } = 4;

    /// <summary>
    /// How many title/question variants are scored exactly after the inverted-index pass. Only a large FAQ reaches
    /// it: at 10,000 entries 2,000 kept one or two more right answers than 1,000, for about 10% more time.
    /// </summary>
    [Range(10, 100_000)]
    public int CandidateLimit { get; set; } = 2000;
}

[OptionsValidator]
public sealed partial class MatchingOptionsValidator : IValidateOptions<MatchingOptions>;
