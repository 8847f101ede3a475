using HfsBot.Core.Text;

namespace HfsBot.Core.Learning;

/// <summary>The features the learned models read from a message: its words, stemmed, and each pair of neighbours.</summary>
internal static class MessageFeatures
{
    /// <param name="normalized">The message after <see cref="TextNormalizer.Normalize"/>.</param>
    /// <param name="negates">A word that makes the next one its own feature ("not_fever"): "no fever" says the
    /// opposite of "fever". None when null.</param>
    public static string[] WordsAndPairs(string normalized, Func<string, bool>? negates = null)
    {
        var features = new HashSet<string>(StringComparer.Ordinal);
        var previous = "";
        var negated = false;
        foreach (var word in TextNormalizer.Tokenize(normalized))
        {
            var stem = negated ? "not_" + Stemmer.Stem(word) : Stemmer.Stem(word);
            negated = negates is not null && negates(word);
            features.Add(stem);
            if (previous.Length > 0)
            {
                features.Add(previous + " " + stem);
            }

            previous = stem;
        }

        return [.. features];
    }
}
