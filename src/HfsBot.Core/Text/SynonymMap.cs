namespace HfsBot.Core.Text;

/// <summary>
/// Rewrites the words members use ("the jabs", "btx", "brain op") into one canonical term per concept, on
/// normalised tokens, longest phrase first. A canonical term is one token even when it has several words
/// ("botulinum toxin" → "botulinumtoxin"), so a concept counts once however it was written. Questions and
/// FAQ texts go through the same rewriting, so both sides of a match speak the same vocabulary.
/// </summary>
public sealed class SynonymMap
{
    private readonly PhraseTable<string> _phrases;

    public SynonymMap(IEnumerable<KeyValuePair<string, IReadOnlyList<string>>> canonicalToVariants)
    {
        ArgumentNullException.ThrowIfNull(canonicalToVariants);
        var phrases = new List<TablePhrase<string>>();
        foreach (var (canonical, variants) in canonicalToVariants)
        {
            var replacement = string.Concat(TextNormalizer.Tokenize(TextNormalizer.Normalize(canonical)));
            foreach (var variant in variants.Append(canonical))
            {
                phrases.Add(new TablePhrase<string>([.. TextNormalizer.Tokenize(TextNormalizer.Normalize(variant))], replacement));
            }
        }

        _phrases = new PhraseTable<string>(phrases);
    }

    public static SynonymMap Empty { get; } = new([]);

    /// <summary>Every one-word variant with the canonical token it stands for ("botox" → "botulinumtoxin").</summary>
    public IEnumerable<(string Variant, string Canonical)> SingleWordVariants =>
        _phrases.Phrases.Where(p => p.Words.Length == 1).Select(p => (p.Words[0], p.Value));

    /// <summary>How many variant phrases the map knows, canonical terms included.</summary>
    public int Count => _phrases.Count;

    /// <summary>Rewrites normalised <paramref name="tokens"/>, replacing each known variant by its canonical term.</summary>
    public List<string> Rewrite(IReadOnlyList<string> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var output = new List<string>(tokens.Count + 4);
        for (var i = 0; i < tokens.Count;)
        {
            if (_phrases.LongestAt(tokens, i) is { } phrase)
            {
                output.Add(phrase.Value);
                i += phrase.Words.Length;
            }
            else
            {
                output.Add(tokens[i]);
                i++;
            }
        }

        return output;
    }
}
