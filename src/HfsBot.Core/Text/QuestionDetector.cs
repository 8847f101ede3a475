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
        "how do", "how does", "what is", "what are", "please help", "need help", "looking for information");

    public static bool LooksLikeQuestion(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.Contains('?', StringComparison.Ordinal))
        {
            return true;
        }

        return ClauseStarts(message).Any(clause => QuestionStarts.Contains(clause))
            || AskingPhrases.AnyIn(PhraseList.Pad(TextNormalizer.Normalize(message, 500)));
    }

    /// <summary>
    /// The first word of each sentence or clause ("thanks! also is mvd risky" → "thanks", "is"), skipping
    /// linking words, so a question after a greeting or a remark is still seen.
    /// </summary>
    private static IEnumerable<string> ClauseStarts(string message)
    {
        var clauses = message.Length > 500 ? message[..500] : message;
        foreach (var clause in clauses.Split(ClauseBreaks, StringSplitOptions.RemoveEmptyEntries))
        {
            var words = TextNormalizer.Tokenize(TextNormalizer.Normalize(clause));
            var first = words.SkipWhile(word => LinkingWords.Contains(word)).FirstOrDefault();
            if (first is not null)
            {
                yield return first;
            }
        }
    }
}
