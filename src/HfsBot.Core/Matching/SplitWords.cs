using HfsBot.Core.Text;

namespace HfsBot.Core.Matching;

/// <summary>
/// Voice dictation and phone keyboards split one word in two: "boat ox", "bow tox", "micro vascular", "eye lid".
/// Two neighbouring words, at least one of them unknown to the FAQ, whose join the FAQ knows (exactly or one
/// edit away, through <see cref="TypoIndex"/>) are read as that one word. Synonyms list the common splits of the
/// condition's own name; this catches the ones nobody thought to list.
/// </summary>
internal static class SplitWords
{
    /// <summary>Shortest misspelt join considered: below this a one-edit match is too easy to stumble on.</summary>
    private const int MinTypoJoinLength = 6;

    /// <summary>FuzzySharp ratio (0-1) a misspelt join needs: "bootox" / "botox" is 0.91.</summary>
    private const double MinTypoJoinSimilarity = 0.9;

    /// <summary><paramref name="words"/> with each split word joined; the same list when there is none.</summary>
    public static List<string> Join(List<string> words, FaqIndex index)
    {
        List<string>? joined = null;
        for (var i = 0; i < words.Count; i++)
        {
            if (i + 1 < words.Count && JoinedWord(words[i], words[i + 1], index) is { } word)
            {
                joined ??= words[..i];
                joined.Add(word);
                i++;
                continue;
            }

            joined?.Add(words[i]);
        }

        return joined ?? words;
    }

    private static string? JoinedWord(string first, string second, FaqIndex index)
    {
        var firstKnown = index.TermIds.ContainsKey(first);
        var secondKnown = index.TermIds.ContainsKey(second);
        if (firstKnown && secondKnown)
        {
            return null; // two words the FAQ uses ("eye", "surgery") are two words
        }

        var joined = first + second;
        if (index.TermIds.ContainsKey(joined))
        {
            return joined; // "hemi facial", "eye lid"
        }

        var stemmed = Stemmer.Stem(joined);
        if (index.TermIds.ContainsKey(stemmed))
        {
            return stemmed; // "eye lids"
        }

        // A misspelt join ("boat ox") is only trusted when neither half means anything to the FAQ on its own:
        // otherwise "weakness p" or "box carbamazepine" would be read as one mangled word.
        if (firstKnown || secondKnown || joined.Length < MinTypoJoinLength
            || WordLists.IsNeverATypo(joined) || index.Typos.Find(first) is not null || index.Typos.Find(second) is not null)
        {
            return null;
        }

        return index.Typos.Find(joined) is { Similarity: >= MinTypoJoinSimilarity } ? joined : null;
    }
}
