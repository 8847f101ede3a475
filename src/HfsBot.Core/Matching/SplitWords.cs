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
    private const float MinTypoJoinSimilarity = 0.9f;

    /// <summary>
    /// <paramref name="words"/> resolved against the FAQ (<see cref="FaqIndex.Resolve"/>, once each), with each
    /// split word joined and resolved as one.
    /// </summary>
    public static List<ResolvedWord> Join(IReadOnlyList<string> words, FaqIndex index)
    {
        var result = new List<ResolvedWord>(words.Count);
        ResolvedWord? previous = null;
        foreach (var word in words)
        {
            var current = index.Resolve(word);
            if (previous is { } first && JoinedWord(first, current, index) is { } joined)
            {
                result.Add(joined);
                previous = null;
                continue;
            }

            if (previous is { } kept)
            {
                result.Add(kept);
            }

            previous = current;
        }

        if (previous is { } last)
        {
            result.Add(last);
        }

        return result;
    }

    private static ResolvedWord? JoinedWord(ResolvedWord first, ResolvedWord second, FaqIndex index)
    {
        if (first.IsExact && second.IsExact)
        {
            return null; // two words the FAQ uses ("eye", "surgery") are two words
        }

        var joined = first.Word + second.Word;
        if (index.TermIds.TryGetValue(joined, out var id))
        {
            return new(joined, id, 1); // "hemi facial", "eye lid"
        }

        var stemmed = Stemmer.Stem(joined);
        if (index.TermIds.TryGetValue(stemmed, out id))
        {
            return new(stemmed, id, 1); // "eye lids"
        }

        // A misspelt join ("boat ox") is only trusted when neither half means anything to the FAQ on its own:
        // otherwise "weakness p" or "box carbamazepine" would be read as one mangled word.
        if (first.IsTerm || second.IsTerm || joined.Length < MinTypoJoinLength)
        {
            return null;
        }

        return index.Resolve(joined) is { IsTerm: true, Similarity: >= MinTypoJoinSimilarity } typo ? typo : null;
    }
}
