using System.Collections.Immutable;
using HfsBot.Core.Faq;
using HfsBot.Core.Text;

namespace HfsBot.Core.Matching;

/// <summary>
/// Suggestions while a member types a question (Discord autocomplete): entries whose title or a phrasing
/// contains what was typed so far, then the best matches of the words typed. Nothing typed yet lists the
/// titles in order. Fast enough for Discord's 3-second autocomplete window at any FAQ size here.
/// </summary>
public sealed class FaqAutocomplete
{
    private readonly FaqMatcher _matcher;
    private readonly ImmutableArray<(FaqEntry Entry, string Title, ImmutableArray<string> Texts)> _entries;

    public FaqAutocomplete(FaqCatalog catalog, FaqMatcher matcher)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        _matcher = matcher;
        _entries = [.. catalog.Entries
            .OrderBy(e => e.Title, StringComparer.OrdinalIgnoreCase)
            .Select(e => (e, TextNormalizer.Normalize(e.Title), e.Questions.Select(q => TextNormalizer.Normalize(q)).ToImmutableArray()))];
    }

    public ImmutableArray<FaqEntry> Suggest(string typed, int max)
    {
        ArgumentNullException.ThrowIfNull(typed);
        var text = TextNormalizer.Normalize(typed, 200);
        if (text.Length == 0)
        {
            return [.. _entries.Take(max).Select(e => e.Entry)];
        }

        var titleStarts = _entries.Where(e => e.Title.StartsWith(text, StringComparison.Ordinal));
        var titleContains = _entries.Where(e => e.Title.Contains(text, StringComparison.Ordinal));
        var phrasingContains = _entries.Where(e => e.Texts.Any(t => t.Contains(text, StringComparison.Ordinal)));
        var byWords = _matcher.Search(typed, max).Select(c => c.Entry);
        return [.. titleStarts.Concat(titleContains).Concat(phrasingContains).Select(e => e.Entry)
            .Concat(byWords)
            .Distinct()
            .Take(max)];
    }
}
