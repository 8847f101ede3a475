using HfsBot.Core.Text;

namespace HfsBot.Core.Matching;

/// <summary>
/// Turns a question, or an FAQ title or question, into the words matching compares: normalised, rewritten with
/// the synonyms, stemmed, without stop words or bare numbers. Both sides go through this one path.
/// </summary>
internal sealed class TextAnalyzer(SynonymMap synonyms)
{
    /// <summary>Longer messages are cut here: the question is almost always in the first few sentences.</summary>
    public const int MaxInputLength = 1000;

    public List<string> ContentWords(string text)
    {
        var tokens = TextNormalizer.Tokenize(TextNormalizer.Normalize(text, MaxInputLength));
        var rewritten = synonyms.Rewrite(tokens);
        var words = new List<string>(rewritten.Count);
        foreach (var token in rewritten)
        {
            if (StopWords.Contains(token) || IsNumber(token))
            {
                continue;
            }

            words.Add(Stemmer.Stem(token));
        }

        return words;
    }

    private static bool IsNumber(string token)
    {
        foreach (var c in token)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }
}
