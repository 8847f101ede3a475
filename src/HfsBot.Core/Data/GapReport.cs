using System.Collections.Immutable;
using System.Runtime.InteropServices;
using FuzzySharp;
using HfsBot.Core.Matching;
using HfsBot.Core.Text;

namespace HfsBot.Core.Data;

/// <summary>A group of similar unanswered questions.</summary>
/// <param name="Count">How many times it was asked.</param>
/// <param name="Example">The most recent wording.</param>
/// <param name="Others">Up to three other wordings.</param>
/// <param name="ClosestId">The entry the matcher most often put first, a hint for where a phrasing may belong.</param>
/// <param name="LastAsked">When it was last asked.</param>
public sealed record GapGroup(int Count, string Example, ImmutableArray<string> Others, string? ClosestId, DateTimeOffset LastAsked);

/// <summary>
/// Groups unanswered questions by similarity (FuzzySharp's token-set ratio on their content words), most asked
/// first: the gaps in the FAQ, for <c>/faqadmin gaps</c> and <c>faq gaps</c>.
/// </summary>
public static class GapReport
{
    private const int SimilarityThreshold = 70;

    /// <param name="records">The unanswered questions.</param>
    /// <param name="synonyms">The FAQ's synonyms, so that "botox" and "the jabs" group together.</param>
    public static ImmutableArray<GapGroup> Build(IEnumerable<UnansweredRecord> records, SynonymMap? synonyms = null)
    {
        ArgumentNullException.ThrowIfNull(records);
        var analyzer = new TextAnalyzer(synonyms ?? SynonymMap.Empty);
        var groups = new List<Group>();
        var byKey = new Dictionary<string, Group>(StringComparer.Ordinal);
        var byWord = new Dictionary<string, List<Group>>(StringComparer.Ordinal);
        foreach (var record in records.OrderByDescending(r => r.Time))
        {
            // "how much does MVD cost?" and "cost of mvd surgery" share "cost mvd": compare what matters, the way
            // matching sees it.
            var words = analyzer.ContentWords(record.Question);
            var key = string.Join(' ', words);
            if (key.Length == 0)
            {
                continue;
            }

            var group = byKey.GetValueOrDefault(key) ?? FirstSimilarGroup(key, words, byWord);
            if (group is null)
            {
                group = new Group(groups.Count, key);
                groups.Add(group);
                foreach (var word in words.Distinct())
                {
                    (CollectionsMarshal.GetValueRefOrAddDefault(byWord, word, out _) ??= []).Add(group);
                }
            }

            byKey.TryAdd(key, group);
            group.Records.Add(record);
        }

        return [.. groups
            .Select(g => new GapGroup(
                g.Records.Count,
                g.Records[0].Question,
                [.. g.Records.Skip(1).Select(r => r.Question).Distinct(StringComparer.OrdinalIgnoreCase).Take(3)],
                g.Records.SelectMany(r => r.Best.Take(1)).GroupBy(b => b.Id).OrderByDescending(b => b.Count()).Select(b => b.Key).FirstOrDefault(),
                g.Records[0].Time))
            .OrderByDescending(g => g.Count)
            .ThenByDescending(g => g.LastAsked)];
    }

    /// <summary>
    /// The first-made similar group (the one a scan of every group in order would find). Only groups sharing a
    /// word with the question are compared:
    /// the rest cannot reach the threshold on the token-set ratio in practice, and comparing every question with
    /// every group made a few thousand questions take seconds.
    /// </summary>
    private static Group? FirstSimilarGroup(string key, List<string> words, Dictionary<string, List<Group>> byWord)
    {
        Group? first = null;
        var tried = new HashSet<int>();
        foreach (var word in words)
        {
            if (!byWord.TryGetValue(word, out var sharing))
            {
                continue;
            }

            foreach (var group in sharing)
            {
                if ((first is null || group.Index < first.Index) && tried.Add(group.Index) && Fuzz.TokenSetRatio(group.Key, key) >= SimilarityThreshold)
                {
                    first = group;
                }
            }
        }

        return first;
    }

    private sealed class Group(int index, string key)
    {
        public int Index { get; } = index;

        public string Key { get; } = key;

        public List<UnansweredRecord> Records { get; } = [];
    }
}
