using System.Buffers;
using System.Collections.Immutable;
using FuzzySharp;
using FuzzySharp.PreProcess;
using HfsBot.Core.Faq;
using HfsBot.Core.Text;

namespace HfsBot.Core.Matching;

/// <summary>
/// Finds the FAQ entry a question means, in two stages:
/// <list type="number">
/// <item>Word coverage: the question's content words are looked up (exactly, or through the typo index) and
/// every title/question variant sharing a word is scored by how much of the question it covers and how much of
/// itself the question covers, both weighted by IDF so that "deaf" counts more than "spasm". Words the FAQ has
/// never seen count against every entry: that is what keeps off-topic questions out.</item>
/// <item>FuzzySharp re-ranks the few best entries on their content words.</item>
/// </list>
/// The bands then follow from the best score and its lead over the second entry. Deterministic, and
/// thread-safe: all per-query state lives on the stack or in pooled arrays.
/// </summary>
public sealed class FaqMatcher
{
    private readonly FaqIndex _index;
    private readonly MatchingOptions _options;

    public FaqMatcher(FaqCatalog catalog, MatchingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _index = new FaqIndex(catalog);
        _options = options;
    }

    public FaqCatalog Catalog => _index.Catalog;

    public MatchResult Match(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var query = AnalyzeQuery(question);
        if (query.Terms.Length == 0 || query.TotalWeight <= 0)
        {
            return new MatchResult(MatchBand.None, [], query.UnknownWords, 0);
        }

        var candidates = RankEntries(query, Math.Max(_options.RerankCount, _options.MaxSuggestions + 1));
        var unknownShare = Math.Round(query.Terms.Where(t => t.TermId < 0).Sum(t => t.Weight) / query.Terms.Sum(t => t.Weight), 3);
        return new MatchResult(DecideBand(candidates, unknownShare), candidates, query.UnknownWords, unknownShare);
    }

    /// <summary>
    /// The <paramref name="max"/> entries that best match <paramref name="text"/>, best first, without deciding
    /// a band: for autocomplete, where a partly typed question should still list likely entries.
    /// </summary>
    public ImmutableArray<MatchCandidate> Search(string text, int max)
    {
        ArgumentNullException.ThrowIfNull(text);
        var query = AnalyzeQuery(text);
        return query.Terms.Length == 0 || query.TotalWeight <= 0 ? [] : RankEntries(query, max);
    }

    private MatchBand DecideBand(ImmutableArray<MatchCandidate> candidates, double unknownShare)
    {
        // A question that is mostly about things the FAQ has never heard of ("knee", "medicare") gets an honest
        // "no answer", however well its remaining words match.
        if (candidates.IsEmpty || candidates[0].Score < _options.SuggestThreshold || unknownShare > _options.MaxUnknownShare)
        {
            return MatchBand.None;
        }

        var lead = candidates[0].Score - (candidates.Length > 1 ? candidates[1].Score : 0);
        return candidates[0].Score >= _options.AnswerThreshold && lead >= _options.AnswerMargin
            ? MatchBand.Answer
            : MatchBand.Suggest;
    }

    private Query AnalyzeQuery(string question)
    {
        var words = _index.Analyzer.ContentWords(question);
        var terms = new List<QueryTerm>(words.Count);
        var unknown = ImmutableArray.CreateBuilder<string>();
        foreach (var word in words)
        {
            if (_index.TermIds.TryGetValue(word, out var id))
            {
                AddTerm(terms, new QueryTerm(id, _index.Idf[id], 1));
            }
            else if (_index.Typos.Find(word) is { } typo)
            {
                var typoId = _index.TermIds[typo.Word];
                AddTerm(terms, new QueryTerm(typoId, _index.Idf[typoId], (float)typo.Similarity));
            }
            else if (!unknown.Contains(word))
            {
                var weight = EverydayWords.Contains(word) ? _options.EverydayWordWeight : _options.UnknownWordWeight;
                terms.Add(new QueryTerm(-1, (float)(_index.UnknownIdf * weight), 0));
                unknown.Add(word);
            }
        }

        return new Query([.. terms], CoreWeight(terms), FaqIndex.SortedText(words.Distinct()), unknown.ToImmutable());
    }

    /// <summary>
    /// The weight coverage is measured against: the question's heaviest <see cref="MatchingOptions.CoreWords"/>
    /// words. A long, chatty message is about its few strongest words; the rest should not dilute the match.
    /// </summary>
    private float CoreWeight(List<QueryTerm> terms) =>
        _options.CoreWords <= 0 || terms.Count <= _options.CoreWords
            ? terms.Sum(t => t.Weight)
            : terms.Select(t => t.Weight).OrderDescending().Take(_options.CoreWords).Sum();

    /// <summary>A misspelling of a word already in the question adds nothing new.</summary>
    private static void AddTerm(List<QueryTerm> terms, QueryTerm term)
    {
        var existing = terms.FindIndex(t => t.TermId == term.TermId);
        if (existing < 0)
        {
            terms.Add(term);
        }
        else if (terms[existing].Similarity < term.Similarity)
        {
            terms[existing] = term;
        }
    }

    private ImmutableArray<MatchCandidate> RankEntries(Query query, int take)
    {
        var variantCount = _index.Variants.Length;
        var accumulated = ArrayPool<float>.Shared.Rent(variantCount);
        var touched = new List<int>();
        try
        {
            Array.Clear(accumulated, 0, variantCount);
            AccumulateCoverage(query, accumulated, touched);
            var scored = ScoreEntries(query, accumulated, touched);
            return Rerank(query, scored, take);
        }
        finally
        {
            ArrayPool<float>.Shared.Return(accumulated);
        }
    }

    /// <summary>The inverted-index pass: for each variant, the IDF weight of the question words it contains.</summary>
    private void AccumulateCoverage(Query query, float[] accumulated, List<int> touched)
    {
        foreach (var term in query.Terms)
        {
            if (term.TermId < 0)
            {
                continue;
            }

            var contribution = term.Weight * term.Similarity;
            foreach (var variant in _index.Postings[term.TermId])
            {
                if (accumulated[variant] == 0)
                {
                    touched.Add(variant);
                }

                accumulated[variant] += contribution;
            }
        }

        if (touched.Count > _options.CandidateLimit)
        {
            touched.Sort((a, b) => accumulated[b].CompareTo(accumulated[a]));
            touched.RemoveRange(_options.CandidateLimit, touched.Count - _options.CandidateLimit);
        }
    }

    /// <summary>Exact word-coverage score of each entry: its best variant, blended with the entry as a whole.</summary>
    private List<(int Entry, double Lexical, int BestVariant)> ScoreEntries(Query query, float[] accumulated, List<int> touched)
    {
        var bestByEntry = new Dictionary<int, (double Score, int Variant)>();
        foreach (var v in touched)
        {
            var variant = _index.Variants[v];
            var queryCoverage = Math.Min(1, accumulated[v] / query.TotalWeight);
            var covered = CoveredWeight(variant.Terms, query);
            var variantCoverage = variant.WeightSum > 0 ? covered / variant.WeightSum : 0;
            var score = (_options.QueryCoverageShare * queryCoverage) + ((1 - _options.QueryCoverageShare) * variantCoverage);
            if (!bestByEntry.TryGetValue(variant.Entry, out var best) || score > best.Score)
            {
                bestByEntry[variant.Entry] = (score, v);
            }
        }

        var scored = new List<(int, double, int)>(bestByEntry.Count);
        foreach (var (entry, best) in bestByEntry)
        {
            var entryCoverage = EntryCoverage(entry, query);
            var lexical = 100 * ((_options.BestVariantShare * best.Score) + ((1 - _options.BestVariantShare) * entryCoverage));
            scored.Add((entry, lexical, best.Variant));
        }

        return scored;
    }

    /// <summary>The IDF weight of a variant's terms that the question mentions (scaled by typo similarity).</summary>
    private float CoveredWeight(int[] variantTerms, Query query)
    {
        var covered = 0f;
        foreach (var term in variantTerms)
        {
            foreach (var queryTerm in query.Terms)
            {
                if (queryTerm.TermId == term)
                {
                    covered += _index.Idf[term] * queryTerm.Similarity;
                    break;
                }
            }
        }

        return covered;
    }

    /// <summary>Share of the question's weight found anywhere in the entry's titles and questions.</summary>
    private double EntryCoverage(int entry, Query query)
    {
        var terms = _index.EntryTerms[entry];
        var counts = _index.EntryTermCounts[entry];
        var covered = 0f;
        foreach (var queryTerm in query.Terms)
        {
            var at = queryTerm.TermId >= 0 ? Array.BinarySearch(terms, queryTerm.TermId) : -1;
            if (at >= 0)
            {
                // A word in several of the entry's phrasings is its topic; a word in one is incidental.
                var centrality = Math.Min(1f, counts[at] / (float)_options.CentralPhrasings);
                covered += queryTerm.Weight * queryTerm.Similarity * centrality;
            }
        }

        return Math.Min(1, covered / query.TotalWeight);
    }

    /// <summary>
    /// FuzzySharp re-ranks the best few entries: a token-sort ratio between the question and each entry's
    /// best-matching title or question. One comparison per entry keeps this stage to a few microseconds.
    /// </summary>
    private ImmutableArray<MatchCandidate> Rerank(Query query, List<(int Entry, double Lexical, int BestVariant)> scored, int take)
    {
        var top = scored
            .OrderByDescending(s => s.Lexical)
            .ThenBy(s => s.Entry)
            .Take(take);
        var candidates = new List<MatchCandidate>();
        foreach (var (entry, lexical, bestVariant) in top)
        {
            // Both sides are already normalised and token-sorted, so this is FuzzySharp's token-sort ratio
            // without re-tokenising either text on every call.
            var variant = _index.Variants[bestVariant];
            var fuzzy = Fuzz.Ratio(query.SortedText, variant.SortedText, PreprocessMode.None);
            var score = ((1 - _options.FuzzyWeight) * lexical) + (_options.FuzzyWeight * fuzzy);
            candidates.Add(new MatchCandidate(_index.Entries[entry], Math.Round(score, 1), Math.Round(lexical, 1), fuzzy, variant.Text));
        }

        return [.. candidates.OrderByDescending(c => c.Score).ThenBy(c => c.Entry.Id, StringComparer.Ordinal)];
    }

    private readonly record struct QueryTerm(int TermId, float Weight, float Similarity);

    private sealed record Query(QueryTerm[] Terms, float TotalWeight, string SortedText, ImmutableArray<string> UnknownWords);
}
