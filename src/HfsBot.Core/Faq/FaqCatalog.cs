using System.Collections.Frozen;
using System.Collections.Immutable;
using HfsBot.Core.Safety;
using HfsBot.Core.Text;

namespace HfsBot.Core.Faq;

/// <summary>An immutable, validated set of entries with the synonyms and safety rules that go with them.</summary>
public sealed class FaqCatalog
{
    public FaqCatalog(IEnumerable<FaqEntry> entries, SynonymMap synonyms, SafetyRules safety)
    {
        ArgumentNullException.ThrowIfNull(entries);
        Entries = [.. entries.OrderBy(e => e.Id, StringComparer.Ordinal)];
        ById = Entries.ToFrozenDictionary(e => e.Id, StringComparer.Ordinal);
        Synonyms = synonyms;
        Safety = safety;
    }

    public ImmutableArray<FaqEntry> Entries { get; }

    public FrozenDictionary<string, FaqEntry> ById { get; }

    public SynonymMap Synonyms { get; }

    public SafetyRules Safety { get; }

    /// <summary>The related entries of <paramref name="entry"/> that are loaded (a broken file's entry may be missing).</summary>
    public IEnumerable<FaqEntry> RelatedOf(FaqEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return entry.Related.Select(id => ById.GetValueOrDefault(id)).OfType<FaqEntry>();
    }
}
