using HfsBot.Core.Text;

namespace HfsBot.Core.Matching;

/// <summary>
/// Turns a question, or an FAQ title or question, into the words matching compares: normalised, rewritten with
/// the synonyms, stemmed, without stop words, bare numbers or a letter's greeting and sign-off. Both sides go
/// through this one path.
/// </summary>
internal sealed class TextAnalyzer(SynonymMap synonyms)
{
    /// <summary>Longer messages are cut here: the question is almost always in the first few sentences.</summary>
    public const int MaxInputLength = 1000;

    public List<string> ContentWords(string text) => ContentWords(text, out _);

    /// <summary>The content words, and the text they came from, normalised (without a letter's greeting and sign-off).</summary>
    public List<string> ContentWords(string text, out string normalized) => ContentWords(text, out normalized, knows: null);

    /// <summary>
    /// The content words, and the text they came from, normalised; a stop word split off the front of a word by
    /// dictation ("in jection", "on set") is joined back to it when <paramref name="knows"/> (<see cref="FaqIndex.Knows"/>)
    /// knows the joined word and neither half.
    /// </summary>
    public List<string> ContentWords(string text, out string normalized, Func<string, bool>? knows)
    {
        var question = LetterFraming.Strip(text.Length > MaxInputLength ? text[..MaxInputLength] : text);
        normalized = ForeignPhrases.TranslateWithTypos(TextNormalizer.Normalize(question));
        var tokens = TextNormalizer.Tokenize(normalized);
        var rewritten = synonyms.Rewrite(knows is null ? tokens : JoinSplitAfterStopWords(tokens, knows));
        var words = new List<string>(rewritten.Count);
        for (var i = 0; i < rewritten.Count; i++)
        {
            var token = rewritten[i];
            if (IsMisspeltDoes(rewritten, i) || IsOnMyFeet(rewritten, i))
            {
                continue;
            }

            if (StopWords.Contains(token) || IsNumber(token))
            {
                continue;
            }

            words.Add(Stemmer.Stem(token));
        }

        return words;
    }

    /// <summary>
    /// Voice dictation splits a word after what reads as a stop word: "in jection", "on set". Such a pair is joined
    /// when the FAQ uses the joined word (read through the synonyms: "injection" is Botox) and neither half, so "in
    /// pain" and "on botox" stay two words. <see cref="SplitWords"/> joins the other splits, after stop words are gone.
    /// </summary>
    private static string[] JoinSplitAfterStopWords(string[] tokens, Func<string, bool> knows)
    {
        List<string>? joined = null;
        for (var i = 0; i < tokens.Length; i++)
        {
            // The join is asked first: it is almost never a word, and the question pays for every pair.
            if (i + 1 < tokens.Length && StopWords.Contains(tokens[i]) && !StopWords.Contains(tokens[i + 1])
                && knows(tokens[i] + tokens[i + 1]) && !knows(tokens[i + 1]) && !knows(tokens[i]))
            {
                joined ??= [.. tokens[..i]];
                joined.Add(tokens[i] + tokens[i + 1]);
                i++;
                continue;
            }

            joined?.Add(tokens[i]);
        }

        return joined is null ? tokens : [.. joined];
    }

    /// <summary>
    /// "how long dose botox last": members often type "dose" for "does". After a question word and not before
    /// "of" it is the verb (dropped like "does"); "what dose of tegretol" keeps the noun.
    /// </summary>
    private static bool IsMisspeltDoes(List<string> tokens, int i) =>
        tokens[i] == "dose"
        && i > 0 && tokens[i - 1] is "how" or "long" or "often" or "soon" or "much" or "why" or "when" or "where" or "what" or "it" or "this" or "that"
        && (i + 1 >= tokens.Count || tokens[i + 1] != "of");

    /// <summary>
    /// "wobbly on my feet", "back on your feet": standing up, not the feet. As a word of its own "feet" names another
    /// body part ("nerve pain in the feet") and keeps a question from an entry that never mentions it.
    /// </summary>
    private static bool IsOnMyFeet(List<string> tokens, int i) =>
        tokens[i] == "feet"
        && i > 1 && tokens[i - 2] == "on"
        && tokens[i - 1] is "my" or "your" or "his" or "her" or "their" or "our" or "me" or "the";

    /// <summary>"12", and ordinals such as "9th" or "2nd": counts say nothing about the topic.</summary>
    private static bool IsNumber(string token)
    {
        var digits = 0;
        while (digits < token.Length && char.IsAsciiDigit(token[digits]))
        {
            digits++;
        }

        var suffix = token.AsSpan(digits);
        return digits > 0 && (suffix.IsEmpty || suffix is "st" or "nd" or "rd" or "th");
    }
}
