using System.Collections.Frozen;
using FuzzySharp;

namespace HfsBot.Core.Matching;

/// <summary>
/// Finds the known word a misspelt word was meant to be ("botxo" → "botox", "dose" → "does"), using a
/// symmetric-delete index: a word and every form of it with one letter removed point back to the word, so a
/// lookup costs a handful of dictionary probes whatever the vocabulary size. FuzzySharp's ratio then confirms
/// the candidate and gives the similarity.
/// </summary>
internal sealed class TypoIndex
{
    public const int MinWordLength = 4;
    private const int MinSimilarity = 75;

    private readonly FrozenDictionary<string, int[]> _byDeleteForm;
    private readonly IReadOnlyList<string> _terms;

    public TypoIndex(IReadOnlyList<string> terms)
    {
        _terms = terms;
        var map = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var id = 0; id < terms.Count; id++)
        {
            if (terms[id].Length < MinWordLength)
            {
                continue;
            }

            foreach (var form in DeleteForms(terms[id]))
            {
                if (!map.TryGetValue(form, out var ids))
                {
                    map[form] = ids = [];
                }

                if (ids.Count == 0 || ids[^1] != id)
                {
                    ids.Add(id);
                }
            }
        }

        _byDeleteForm = map.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The best known word within one edit of <paramref name="word"/>, with its similarity (0-1).</summary>
    public (int TermId, double Similarity)? Find(string word)
    {
        if (word.Length < MinWordLength)
        {
            return null;
        }

        var bestId = -1;
        var bestScore = 0;
        foreach (var form in DeleteForms(word))
        {
            if (!_byDeleteForm.TryGetValue(form, out var ids))
            {
                continue;
            }

            foreach (var id in ids)
            {
                var score = Fuzz.Ratio(word, _terms[id]);
                if (score > bestScore || (score == bestScore && id < bestId))
                {
                    (bestId, bestScore) = (id, score);
                }
            }
        }

        return bestScore >= MinSimilarity ? (bestId, bestScore / 100.0) : null;
    }

    /// <summary>The word itself and each form with one character removed.</summary>
    private static IEnumerable<string> DeleteForms(string word)
    {
        yield return word;
        for (var i = 0; i < word.Length; i++)
        {
            yield return string.Concat(word.AsSpan(0, i), word.AsSpan(i + 1));
        }
    }
}
