using HfsBot.Core.Text;
using YamlDotNet.RepresentationModel;

namespace HfsBot.Core.Faq;

/// <summary>
/// Reads <c>faq/synonyms.yml</c>: each key is a canonical term, its value the list of words members use for it
/// (<c>botulinum toxin: [botox, btx, dysport]</c>).
/// </summary>
internal static class SynonymsParser
{
    public static SynonymMap? Parse(string path, string text, List<FaqDiagnostic> diagnostics)
    {
        var bag = new DiagnosticBag(path);
        var mapping = YamlReader.LoadMapping(text, bag, "synonyms.yml");
        if (mapping is null)
        {
            diagnostics.AddRange(bag.Items);
            return null;
        }

        var entries = new List<KeyValuePair<string, IReadOnlyList<string>>>();
        var owner = new Dictionary<string, (string Canonical, long Line)>(StringComparer.Ordinal);
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            var canonical = (keyNode as YamlScalarNode)?.Value?.Trim();
            if (string.IsNullOrEmpty(canonical))
            {
                bag.Error(keyNode.Start.Line, "each line needs a canonical term before the ':'");
                continue;
            }

            var variants = YamlReader.TextList(valueNode, canonical, bag);
            if (variants.IsEmpty)
            {
                bag.Error(keyNode.Start.Line, $"'{canonical}' lists no words; write them as [word, other word]");
                continue;
            }

            CheckEachPhraseHasOneMeaning(canonical, keyNode.Start.Line, variants, owner, bag);
            entries.Add(new(canonical, variants.Select(v => v.Value).ToList()));
        }

        diagnostics.AddRange(bag.Items);
        return bag.HasErrors ? null : new SynonymMap(entries);
    }

    private static void CheckEachPhraseHasOneMeaning(
        string canonical,
        long canonicalLine,
        IEnumerable<(string Value, long Line)> variants,
        Dictionary<string, (string Canonical, long Line)> owner,
        DiagnosticBag bag)
    {
        foreach (var (phrase, line) in variants.Prepend((canonical, canonicalLine)))
        {
            var normalized = TextNormalizer.Normalize(phrase);
            if (normalized.Length == 0)
            {
                bag.Error(line, $"'{phrase}' has no letters or digits");
            }
            else if (owner.TryGetValue(normalized, out var previous) && previous.Canonical != canonical)
            {
                bag.Error(line, $"'{phrase}' already stands for '{previous.Canonical}' (line {previous.Line}); a word can mean only one thing");
            }
            else
            {
                owner[normalized] = (canonical, line);
            }
        }
    }
}
