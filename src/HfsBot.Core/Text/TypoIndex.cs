using System.Collections.Frozen;
using FuzzySharp;

namespace HfsBot.Core.Text;

/// <summary>
/// Finds the known word a misspelt word was meant to be ("spasim" → "spasm", "botxo" → "botox" and so the
/// canonical "botulinumtoxin"), using a
/// symmetric-delete index: a word and every form of it with one letter removed point back to the word, so a
/// lookup costs a handful of dictionary probes whatever the vocabulary size. A candidate must be one edit away
/// (a missing, extra or swapped letter; a different letter only in words of six letters or more, so that
/// "cheer" does not become "cheek"), and FuzzySharp's ratio gives the similarity that scales its weight.
/// </summary>
internal sealed class TypoIndex
{
    public const int MinWordLength = 4;
    private const int MinLengthForSubstitution = 6;

    private readonly FrozenDictionary<string, int[]> _byDeleteForm;
    private readonly IReadOnlyList<string> _words;
    private readonly IReadOnlyList<string> _meanings;

    /// <param name="words">Known spellings: the vocabulary and the one-word synonym variants.</param>
    /// <param name="meanings">For each spelling, the term it stands for (itself, or a synonym's canonical term).</param>
    public TypoIndex(IReadOnlyList<string> words, IReadOnlyList<string> meanings)
    {
        _words = words;
        _meanings = meanings;
        var map = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var id = 0; id < words.Count; id++)
        {
            if (words[id].Length < MinWordLength - 1)
            {
                continue;
            }

            foreach (var form in DeleteForms(words[id]))
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

    /// <summary>The term meant by the best known spelling one allowed edit away, with its similarity (0-1).</summary>
    /// <param name="word">The word as typed.</param>
    /// <param name="accept">A further test of (typed, known) that a candidate must pass; null accepts every one.</param>
    public (string Term, double Similarity)? Find(string word, Func<string, string, bool>? accept = null)
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
                if (!IsOneAllowedEdit(word, _words[id]) || (accept is not null && !accept(word, _words[id])))
                {
                    continue;
                }

                var score = Fuzz.Ratio(word, _words[id]);
                if (score > bestScore || (score == bestScore && id < bestId))
                {
                    (bestId, bestScore) = (id, score);
                }
            }
        }

        return bestId < 0 ? null : (_meanings[bestId], bestScore / 100.0);
    }

    /// <summary>One inserted, deleted or swapped-adjacent letter; one replaced letter only in longer words.</summary>
    internal static bool IsOneAllowedEdit(string typed, string known)
    {
        if (Math.Abs(typed.Length - known.Length) > 1 || typed == known)
        {
            return false;
        }

        if (typed.Length != known.Length)
        {
            return true; // the symmetric-delete lookup already guarantees a single insertion or deletion
        }

        var first = FirstDifference(typed, known);
        var rest = first + 1;
        if (rest < typed.Length && typed[first] == known[rest] && typed[rest] == known[first]
            && typed.AsSpan(rest + 1).SequenceEqual(known.AsSpan(rest + 1)))
        {
            return true; // swapped neighbours: "botxo" / "botox"
        }

        return typed.Length >= MinLengthForSubstitution && typed.AsSpan(rest).SequenceEqual(known.AsSpan(rest));
    }

    private static int FirstDifference(string a, string b)
    {
        var i = 0;
        while (i < a.Length && a[i] == b[i])
        {
            i++;
        }

        return i;
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
