using System.Collections.Immutable;
using HfsBot.Core.Learning;
using HfsBot.Core.Text;

namespace HfsBot.Core.Matching;

/// <summary>A kind of message that shares words with the FAQ without being a question it answers.</summary>
internal enum MessageKind
{
    /// <summary>
    /// Chat to the group: "grandkids here all weekend", "did you see the news today", "how to post a photo here".
    /// Such lines share a word or two with some entry ("weekend", "news", "post") and scored high enough to be
    /// offered as "did you mean", which is noise in a chat. Learned from <c>Text/chat-examples.txt</c>.
    /// <para>
    /// The FAQ's phrasings are mostly whole sentences and chat is mostly short, so the model also learns that short
    /// is chatty: a chat line of words it never saw ("Leeds promoted get in") reads as chat, which is most of what it
    /// catches, but so does a terse question a little ("permanent fix?"). That is why it turns a suggestion into no
    /// answer only when it is sure (<see cref="MatchingOptions.ChatThreshold"/>), and an answer only when it is all
    /// but certain (<see cref="MatchingOptions.ChatAnswerThreshold"/>: "lol that made my day"). Short questions
    /// added as examples of questions took that away from the chat too (the gain on unseen chat fell by a third), so
    /// there are none.
    /// </para>
    /// </summary>
    Chat,

    /// <summary>
    /// A question the FAQ does not answer although it uses the FAQ's words: another condition's treatment ("is
    /// baclofen good for leg cramps"), cosmetic Botox, benefits and sick notes, the group's meetings, a pet, personal
    /// advice. Word lists catch the words someone thought of (other-topics.txt, out-of-scope.txt); this catches the
    /// kind of question it is. Learned from <c>Text/off-topic-questions.txt</c>; see
    /// <see cref="MatchingOptions.OffTopicThreshold"/>.
    /// </summary>
    OffTopicQuestion,
}

/// <summary>
/// How likely a message is of one <see cref="MessageKind"/> rather than a question for the FAQ. Word lists catch
/// the messages someone thought of; this catches the kind of thing a message is.
/// <para>
/// Logistic regression over words and neighbouring pairs (stop words included: "lol", "anyone", "today" and "all"
/// say chat, "how long", "what is" and "my options" say question), trained when the FAQ loads on the FAQ's own
/// titles and questions against the embedded examples of the kind. Deterministic.
/// </para>
/// </summary>
internal sealed class MessageKindModel
{
    /// <summary>
    /// FAQ phrasings beyond this many add training time without telling the model more. At 10,000 entries (53,000
    /// phrasings) a sample of 4,000 left out so much of the real entries' wording that their short questions read as
    /// chat: top-1 on the real questions fell 3.8 points instead of staying within 3. 12,000 keeps it within, and
    /// trains in about a quarter of a second beside the entry classifier.
    /// </summary>
    private const int MaxFaqPhrasings = 12000;

    private static readonly ImmutableDictionary<MessageKind, Lazy<ImmutableArray<string[]>>> Examples =
        new Dictionary<MessageKind, Lazy<ImmutableArray<string[]>>>
        {
            [MessageKind.Chat] = ExamplesOf("chat-examples.txt"),
            [MessageKind.OffTopicQuestion] = ExamplesOf("off-topic-questions.txt"),
        }.ToImmutableDictionary();

    /// <summary>
    /// Reloading an FAQ whose titles and questions did not change (an answer edited) retrains nothing. One cache a
    /// kind: the same phrasings make a different model for each.
    /// </summary>
    private static readonly ImmutableDictionary<MessageKind, TrainedByContent<MessageKindModel>> RecentByContent =
        Enum.GetValues<MessageKind>().ToImmutableDictionary(kind => kind, _ => new TrainedByContent<MessageKindModel>());

    private readonly LogisticModel _model;

    private MessageKindModel(LogisticModel model) => _model = model;

    /// <summary><see cref="Train"/>, or the model of this kind already trained from exactly the same phrasings.</summary>
    public static MessageKindModel TrainOrReuse(MessageKind kind, IReadOnlyList<string> faqPhrasings)
    {
        ArgumentNullException.ThrowIfNull(faqPhrasings);
        return RecentByContent[kind].GetOrTrain(string.Join('\n', faqPhrasings), () => Train(kind, faqPhrasings));
    }

    /// <param name="kind">The kind of message to tell apart from questions for the FAQ.</param>
    /// <param name="faqPhrasings">The FAQ's titles and questions: what a question for the FAQ looks like.</param>
    public static MessageKindModel Train(MessageKind kind, IReadOnlyList<string> faqPhrasings)
    {
        ArgumentNullException.ThrowIfNull(faqPhrasings);

        // Which phrasings a large FAQ contributes depends on their text, never on their order (as in SafetyNet).
        var step = (uint)Math.Max(1, (faqPhrasings.Count + MaxFaqPhrasings - 1) / MaxFaqPhrasings);
        var sampled = faqPhrasings.Where(text => ContentHash.Of(text) % step == 0).ToArray();
        var questions = new (string[] Features, bool Positive)[sampled.Length];
        Parallel.For(0, sampled.Length, i => questions[i] = (MessageFeatures.WordsAndPairs(TextNormalizer.Normalize(sampled[i])), false));
        var examples = Examples[kind].Value;

        // Each phrasing in the sample stands for `step` of them: weighing the examples down by as much keeps the
        // balance between the two sides, and with it how a message of unfamiliar words reads, the same at any size.
        // And the examples never outweigh the questions: in a new group's FAQ of a few entries, everything would
        // read as chat.
        var exampleWeight = Math.Min(1.0 / step, (double)questions.Length / examples.Length);
        return new MessageKindModel(LogisticModel.Train([.. questions, .. examples.Select(features => (features, true))], exampleWeight));
    }

    /// <param name="normalized">The message after <see cref="TextNormalizer.Normalize"/>.</param>
    /// <returns>How likely the message is of the model's kind, 0-1.</returns>
    public double Probability(string normalized) => _model.Probability(MessageFeatures.WordsAndPairs(normalized));

    private static Lazy<ImmutableArray<string[]>> ExamplesOf(string fileName) => new(() =>
        [.. WordLists.ContentLines(fileName).Select(line => MessageFeatures.WordsAndPairs(TextNormalizer.Normalize(line)))]);
}
