namespace HfsBot.Core.Text;

/// <summary>
/// Whether a chat message looks like a question, for auto-answer channels: the bot must not reply to every
/// remark in a support group, only to messages that ask something.
/// </summary>
public static class QuestionDetector
{
    private static readonly string[] QuestionStarts =
    [
        "how", "what", "whats", "why", "when", "where", "which", "who", "whom", "is", "are", "am", "can", "could",
        "does", "do", "did", "should", "would", "will", "has", "have", "had", "was", "were", "any", "anyone",
        "anybody",
    ];

    private static readonly char[] ClauseBreaks = ['.', '!', ',', ';', ':', '\n', '\r'];

    private static readonly string[] LinkingWords = ["also", "and", "but", "so", "ok", "okay", "oh", "anyway", "btw", "quick", "question", "one", "more"];

    private static readonly PhraseList AskingPhrases = new(
        "anyone know", "does anyone", "has anyone", "can anyone", "can someone", "i wonder", "wondering", "not sure if",
        "any advice", "any tips", "any idea", "is it normal", "is this normal", "should i", "do i need", "how long",
        "how do", "how does", "what is", "what are", "please help", "need help", "looking for information",
        "have a question", "got a question", "i have a question");

    public static bool LooksLikeQuestion(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return HasQuestionMarkOrStart(message) || AskingPhrases.AnyIn(PhraseList.Pad(ForeignPhrases.Translate(TextNormalizer.Normalize(message, 500))));
    }

    /// <summary>
    /// For a caller that has read the message already (small talk, group news): <paramref name="translated"/> is its
    /// first 500 characters after <see cref="TextNormalizer.Normalize"/> and <see cref="ForeignPhrases.Translate"/>.
    /// </summary>
    internal static bool LooksLikeQuestion(string message, string translated) =>
        HasQuestionMarkOrStart(message) || AskingPhrases.AnyIn(PhraseList.Pad(translated));

    private static bool HasQuestionMarkOrStart(string message) =>
        message.Contains('?', StringComparison.Ordinal)
        || ClauseStarts(message).Any(clause => QuestionStarts.Contains(clause[0]) && !TellsWhatSomeoneHad(clause));

    /// <summary>
    /// "had my 3rd botox today", "have a scan on monday", "has the op next week": a clause that opens with
    /// had/have/has and goes on to a thing, not a person, tells what someone had ("had anyone tried", "have you
    /// had" ask).
    /// </summary>
    private static bool TellsWhatSomeoneHad(string[] clause) =>
        clause[0] is "had" or "have" or "has" && clause.Length > 1 && ThingStarts.Contains(clause[1]);

    private static readonly string[] ThingStarts = ["my", "the", "a", "an", "his", "her", "our", "their", "some", "another", "first", "1st", "2nd", "3rd", "4th", "5th"];

    /// <summary>
    /// The first two words of each sentence or clause ("thanks! also is mvd risky" → "thanks", "is mvd"), skipping
    /// linking words, so a question after a greeting or a remark is still seen.
    /// </summary>
    private static IEnumerable<string[]> ClauseStarts(string message)
    {
        var clauses = message.Length > 500 ? message[..500] : message;
        foreach (var clause in clauses.Split(ClauseBreaks, StringSplitOptions.RemoveEmptyEntries))
        {
            // Read in English, so "wie lange hält botox" opens with "how" as its English reading does.
            var start = TextNormalizer.Tokenize(ForeignPhrases.Translate(TextNormalizer.Normalize(clause))).SkipWhile(word => LinkingWords.Contains(word)).Take(2).ToArray();
            if (start.Length > 0)
            {
                yield return start;
            }
        }
    }
}
