using System.Collections.Immutable;
using HfsBot.Core.Learning;
using HfsBot.Core.Text;

namespace HfsBot.Core.Matching;

/// <summary>
/// Whether a message reads as chat to the group rather than a question for the FAQ: "grandkids here all weekend",
/// "did you see the news today", "how to post a photo here". Such lines share a word or two with some entry
/// ("weekend", "news", "post") and scored high enough to be offered as "did you mean", which is noise in a chat.
/// Word lists catch the chat someone thought of; this catches the kind of thing it is.
/// <para>
/// Logistic regression over words and neighbouring pairs (stop words included: "lol", "anyone", "today" and "all"
/// say chat, "how long", "what is" and "my options" say question), trained when the FAQ loads on the FAQ's own
/// titles and questions against the chat lines in <c>Text/chat-examples.txt</c>. The FAQ's phrasings are mostly
/// whole sentences and chat is mostly short, so the model also learns that short is chatty: a chat line of words it
/// never saw ("Leeds promoted get in") reads as chat, which is most of what it catches, but so does a terse question
/// a little ("permanent fix?"). That is why it turns a suggestion into no answer only when it is sure
/// (<see cref="MatchingOptions.ChatThreshold"/>), and an answer only when it is all but certain
/// (<see cref="MatchingOptions.ChatAnswerThreshold"/>: "lol that made my day"). Short questions added as examples
/// of questions took that away from the chat too (the gain on unseen chat fell by a third), so there are none.
/// Deterministic.
/// </para>
/// </summary>
internal sealed class ChatModel
{
    /// <summary>
    /// FAQ phrasings beyond this many add training time without telling the model more. At 10,000 entries (53,000
    /// phrasings) a sample of 4,000 left out so much of the real entries' wording that their short questions read as
    /// chat: top-1 on the real questions fell 3.8 points instead of staying within 3. 12,000 keeps it within, and
    /// trains in about a quarter of a second beside the entry classifier.
    /// </summary>
    private const int MaxFaqPhrasings = 12000;

    private static readonly Lazy<ImmutableArray<string[]>> ChatExamples = new(() =>
        [.. WordLists.ContentLines("chat-examples.txt")
            .Select(line => MessageFeatures.WordsAndPairs(TextNormalizer.Normalize(line)))]);

    /// <summary>Reloading an FAQ whose titles and questions did not change (an answer edited) retrains nothing.</summary>
    private static readonly TrainedByContent<ChatModel> RecentByContent = new();

    private readonly LogisticModel _model;

    private ChatModel(LogisticModel model) => _model = model;

    /// <summary><see cref="Train"/>, or the model already trained from exactly the same phrasings.</summary>
    public static ChatModel TrainOrReuse(IReadOnlyList<string> faqPhrasings)
    {
        ArgumentNullException.ThrowIfNull(faqPhrasings);
        return RecentByContent.GetOrTrain(string.Join('\n', faqPhrasings), () => Train(faqPhrasings));
    }

    /// <param name="faqPhrasings">The FAQ's titles and questions: what a question for the FAQ looks like.</param>
    public static ChatModel Train(IReadOnlyList<string> faqPhrasings)
    {
        ArgumentNullException.ThrowIfNull(faqPhrasings);

        // Which phrasings a large FAQ contributes depends on their text, never on their order (as in SafetyNet).
        var step = (uint)Math.Max(1, (faqPhrasings.Count + MaxFaqPhrasings - 1) / MaxFaqPhrasings);
        var sampled = faqPhrasings.Where(text => ContentHash.Of(text) % step == 0).ToArray();
        var questions = new (string[] Features, bool Positive)[sampled.Length];
        Parallel.For(0, sampled.Length, i => questions[i] = (MessageFeatures.WordsAndPairs(TextNormalizer.Normalize(sampled[i])), false));
        var chat = ChatExamples.Value;

        // Each phrasing in the sample stands for `step` of them: weighing the chat down by as much keeps the balance
        // between the two kinds, and with it how chatty a message of unfamiliar words reads, the same at any size.
        // And the chat never outweighs the questions: in a new group's FAQ of a few entries, everything would read
        // as chat.
        var chatWeight = Math.Min(1.0 / step, (double)questions.Length / chat.Length);
        return new ChatModel(LogisticModel.Train([.. questions, .. chat.Select(features => (features, true))], chatWeight));
    }

    /// <param name="normalized">The message after <see cref="TextNormalizer.Normalize"/>.</param>
    /// <returns>How likely the message is chat, 0-1.</returns>
    public double Probability(string normalized) => _model.Probability(MessageFeatures.WordsAndPairs(normalized));
}
