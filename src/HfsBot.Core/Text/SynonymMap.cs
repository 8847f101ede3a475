using System.Collections.Frozen;
using System.Collections.Immutable;

namespace HfsBot.Core.Text;

/// <summary>
/// Rewrites the words members use ("the jabs", "btx", "brain op") into one canonical term per concept, on
/// normalised tokens, longest phrase first. A canonical term is one token even when it has several words
/// ("botulinum toxin" → "botulinumtoxin"), so a concept counts once however it was written. Questions and
/// FAQ texts go through the same rewriting, so both sides of a match speak the same vocabulary.
/// </summary>
public sealed class SynonymMap
{
    private readonly FrozenDictionary<string, ImmutableArray<Phrase>> _byFirstWord;

    public SynonymMap(IEnumerable<KeyValuePair<string, IReadOnlyList<string>>> canonicalToVariants)
    {
        ArgumentNullException.ThrowIfNull(canonicalToVariants);
        var phrases = new List<Phrase>();
        foreach (var (canonical, variants) in canonicalToVariants)
        {
            string[] replacement = [string.Concat(TextNormalizer.Tokenize(TextNormalizer.Normalize(canonical)))];
            foreach (var variant in variants.Append(canonical))
            {
                var words = TextNormalizer.Tokenize(TextNormalizer.Normalize(variant));
                if (words.Length > 0)
                {
                    phrases.Add(new Phrase(words, replacement));
                }
            }
        }

        Count = phrases.Count;
        _byFirstWord = phrases
            .GroupBy(p => p.Words[0], StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(p => p.Words.Length).ToImmutableArray(), StringComparer.Ordinal);
    }

    public static SynonymMap Empty { get; } = new([]);

    /// <summary>Every one-word variant with the canonical token it stands for ("botox" → "botulinumtoxin").</summary>
    public IEnumerable<(string Variant, string Canonical)> SingleWordVariants =>
        _byFirstWord.Values.SelectMany(p => p).Where(p => p.Words.Length == 1).Select(p => (p.Words[0], p.Replacement[0]));

    /// <summary>How many variant phrases the map knows, canonical terms included.</summary>
    public int Count { get; }

    /// <summary>Rewrites normalised <paramref name="tokens"/>, replacing each known variant by its canonical term.</summary>
    public List<string> Rewrite(IReadOnlyList<string> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var output = new List<string>(tokens.Count + 4);
        for (var i = 0; i < tokens.Count;)
        {
            var phrase = LongestPhraseAt(tokens, i);
            if (phrase is null)
            {
                output.Add(tokens[i]);
                i++;
                continue;
            }

            output.AddRange(phrase.Replacement);
            i += phrase.Words.Length;
        }

        return output;
    }

    private Phrase? LongestPhraseAt(IReadOnlyList<string> tokens, int start)
    {
        if (!_byFirstWord.TryGetValue(tokens[start], out var candidates))
        {
            return null;
        }

        foreach (var phrase in candidates)
        {
            if (start + phrase.Words.Length <= tokens.Count && Matches(phrase.Words, tokens, start))
            {
                return phrase;
            }
        }

        return null;
    }

    private static bool Matches(string[] words, IReadOnlyList<string> tokens, int start)
    {
        for (var j = 0; j < words.Length; j++)
        {
            if (!string.Equals(words[j], tokens[start + j], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private sealed record Phrase(string[] Words, string[] Replacement);
}
