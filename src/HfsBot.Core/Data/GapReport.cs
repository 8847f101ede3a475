using System.Collections.Immutable;
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
        var groups = new List<(string Key, List<UnansweredRecord> Records)>();
        foreach (var record in records.OrderByDescending(r => r.Time))
        {
            // "how much does MVD cost?" and "cost of mvd surgery" share "cost mvd": compare what matters, the way
            // matching sees it.
            var key = string.Join(' ', analyzer.ContentWords(record.Question));
            if (key.Length == 0)
            {
                continue;
            }

            var group = groups.FirstOrDefault(g => Fuzz.TokenSetRatio(g.Key, key) >= SimilarityThreshold);
            if (group.Records is null)
            {
                groups.Add((key, [record]));
            }
            else
            {
                group.Records.Add(record);
            }
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
}
