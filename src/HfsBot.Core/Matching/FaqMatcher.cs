using System.Buffers;
using System.Collections.Frozen;
using System.Collections.Immutable;
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
/// <item>FuzzySharp re-ranks the few best entries on their content words, and the <see cref="EntryClassifier"/>
/// (trained on the FAQ's own phrasings) gives its opinion on which of those few is meant.</item>
/// </list>
/// The bands then follow from the best score and its lead over the second entry. Deterministic, and
/// thread-safe: all per-query state lives on the stack or in pooled arrays.
/// </summary>
public sealed class FaqMatcher
{
    /// <summary>
    /// The rest of a message with a figure of speech in it is answered when it matches this well ("botox wearing
    /// off early, driving me mad"), or when it has <see cref="QuestionWordsWithoutFigure"/> words or more. The rest
    /// of a short chat line is two or three words, and a middling match on those says little.
    /// </summary>
    private const double ClearAnswerWithoutFigure = 80;

    /// <summary>See <see cref="ClearAnswerWithoutFigure"/>.</summary>
    private const int QuestionWordsWithoutFigure = 5;

    /// <summary>
    /// An answered message longer than this is not asked whether it is chat: the chat that gets answered is short
    /// ("lol that made my day"), and the chat model's verdict costs a few microseconds a message. On every labelled
    /// set, 12 words changed no outcome against asking about every answer (8 let one 12-word goodbye through).
    /// </summary>
    private const int ChatAnswerMaxWords = 12;

    private readonly FaqIndex _index;
    private readonly MatchingOptions _options;
    private readonly EntryClassifier? _classifier;
    private readonly MessageKindModel? _chat;
    private readonly MessageKindModel? _offTopic;
    private readonly Func<string, bool> _knows;

    public FaqMatcher(FaqCatalog catalog, MatchingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _index = new FaqIndex(catalog, options.IdfExponent);
        _options = options;
        _knows = _index.Knows;

        // The models are independent: they train side by side, so a large FAQ waits for the slowest one only.
        EntryClassifier? classifier = null;
        MessageKindModel? chat = null;
        MessageKindModel? offTopic = null;
        string[] phrasings = [.. catalog.Entries.SelectMany(e => e.MatchTexts)];
        Parallel.Invoke(
            () => classifier = options.ClassifierWeight > 0 ? EntryClassifier.Train(_index) : null,
            () => chat = options.ChatThreshold < 1 || options.ChatAnswerThreshold < 1 ? MessageKindModel.TrainOrReuse(MessageKind.Chat, phrasings) : null,
            () => offTopic = options.OffTopicThreshold < 1 ? MessageKindModel.TrainOrReuse(MessageKind.OffTopicQuestion, phrasings) : null);
        _classifier = classifier;
        _chat = chat;
        _offTopic = offTopic;
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
        var unknownShare = Math.Round(query.OffTopicUnknownWeight / query.FullWeight, 3);
        var otherTopic = OtherTopicTheBestEntryLacks(query, candidates);
        var suggestFloor = SuggestFloor(query);

        if (ChatFigureOfSpeech(query) is { } chat)
        {
            // Chat, unless the rest of the message is a clear question on its own: "has anyone got a tick tick noise
            // in the ear when the face goes? drives me mad".
            var withoutFigure = Match(chat.Remainder);
            var clear = withoutFigure.Score >= ClearAnswerWithoutFigure || TextNormalizer.WordCount(chat.Remainder) >= QuestionWordsWithoutFigure;
            return withoutFigure.Band == MatchBand.Answer && clear
                ? withoutFigure
                : new MatchResult(MatchBand.None, candidates, query.UnknownWords, unknownShare) { OtherTopicWords = otherTopic, SuggestFloor = suggestFloor, FigureOfSpeech = chat.Figure };
        }

        var band = otherTopic.IsEmpty ? DecideBand(candidates, unknownShare, suggestFloor) : MatchBand.None;

        // A question for the moderators, or about another condition's own course, shares the FAQ's words without being
        // answered by it. Asked only of a question that would otherwise be answered or get suggestions.
        var asksToPost = band != MatchBand.None && GroupPosting.AsksToPost(query.Normalized);
        var asksAboutOtherCondition = band != MatchBand.None && !asksToPost && OtherConditionCourse.AsksAbout(query.Normalized, query.NamesHfs);
        if (asksToPost || asksAboutOtherCondition)
        {
            band = MatchBand.None;
        }

        // A suggestion is a guess, and so is an answer only the classifier's agreement made (see ClassifierAgrees):
        // it was a suggestion on score.
        var guess = band == MatchBand.Suggest || (band == MatchBand.Answer && !ClearOnScore(candidates));

        // A guess offered in reply to chat ("grandkids here all weekend") is noise. An answer to chat ("lol that made
        // my day") is worse, but the model finds terse questions ("acupuncture?") a little chatty too, so an answer
        // gives way only when the model is all but certain.
        var chatThreshold = guess ? _options.ChatThreshold
            : band == MatchBand.Answer && TextNormalizer.WordCount(query.Normalized) <= ChatAnswerMaxWords ? _options.ChatAnswerThreshold
            : 1;
        var chatProbability = chatThreshold < 1 ? _chat?.Probability(query.Normalized) : null;
        var readsAsChat = chatProbability >= chatThreshold;

        // A guess for a question of another kind ("is baclofen good for leg cramps") is no answer: the member learns
        // the FAQ lacks it, and the moderators see it among the unanswered.
        var offTopicProbability = guess && !readsAsChat && _options.OffTopicThreshold < 1 ? _offTopic?.Probability(query.Normalized) : null;
        var readsAsOffTopic = offTopicProbability >= _options.OffTopicThreshold;
        return new MatchResult(readsAsChat || readsAsOffTopic ? MatchBand.None : band, candidates, query.UnknownWords, unknownShare)
        {
            OtherTopicWords = otherTopic,
            SuggestFloor = suggestFloor,
            ChatProbability = chatProbability,
            ReadsAsChat = readsAsChat,
            OffTopicProbability = offTopicProbability,
            ReadsAsOffTopic = readsAsOffTopic,
            AsksToPost = asksToPost,
            AsksAboutOtherCondition = asksAboutOtherCondition,
        };
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

    /// <summary>
    /// "Does botox for migraines hurt?" shares "botox" and "hurt" with an HFS entry, but it is about migraine.
    /// When a question names another condition, body part or purpose (<see cref="WordLists.OtherTopics"/>) and
    /// never mentions HFS itself, the best entry must use that word too; the words it lacks are returned. Words of
    /// <see cref="WordLists.OutOfScope"/> ("will medicare pay for my hfs botox?") count even when it does. From
    /// <see cref="MatchingOptions.OtherTopicOverruledFrom"/>, a word the FAQ discusses elsewhere is taken as
    /// mentioned in passing.
    /// </summary>
    private ImmutableArray<string> OtherTopicTheBestEntryLacks(Query query, ImmutableArray<MatchCandidate> candidates)
    {
        if (query.ScopeWords.IsEmpty || candidates.IsEmpty)
        {
            return [];
        }

        var entryTerms = _index.EntryTerms[_index.EntryIndexOf(candidates[0].Entry)];
        // A cosmetic use counts as lacking even when the entry names it, unless the question compares too.
        var cosmeticAskedForItself = query.ScopeWords.Any(WordLists.CosmeticUses.Contains) && !Compares(query.Normalized);
        var lacking = query.ScopeWords
            .Where(word => !_index.TermIds.TryGetValue(word, out var id) || Array.BinarySearch(entryTerms, id) < 0
                || (cosmeticAskedForItself && WordLists.CosmeticUses.Contains(word)))
            .ToImmutableArray();

        // A strong match that only mentions a condition the FAQ discusses elsewhere ("droop is a stroke sign") is
        // still about its entry; a cost or an insurer (out of scope) never is, nor a cosmetic use asked about for
        // itself.
        var mentionedInPassing = candidates[0].Score >= _options.OtherTopicOverruledFrom
            && lacking.All(word => _index.TermIds.ContainsKey(word) && !WordLists.OutOfScope.Contains(word) && !WordLists.CosmeticUses.Contains(word));
        return mentionedInPassing ? [] : lacking;
    }

    /// <summary>Words of a comparison: "is it the same botox they use for wrinkles?" (see <see cref="WordLists.CosmeticUses"/>).</summary>
    private static readonly FrozenSet<string> ComparisonWords = FrozenSet.Create(
        StringComparer.Ordinal, "same", "different", "difference", "differ", "compare", "compared", "comparison", "vs", "versus", "than", "similar");

    private static bool Compares(string normalized) => normalized.Split(' ').Any(ComparisonWords.Contains);

    /// <summary>
    /// A figure of speech in a question that is not about HFS, and the message without it: "my boss is driving me
    /// mad" shares "driving" with an entry, but it is chat. "This twitch is driving me mad" is about HFS and is
    /// matched as usual; "twitchy about my exam results" is not, because its only word for the spasm is inside the
    /// figure.
    /// </summary>
    private (string Figure, string Remainder)? ChatFigureOfSpeech(Query query)
    {
        var normalized = query.Normalized;
        if (FiguresOfSpeech.Find(normalized) is not { } span)
        {
            return null;
        }

        var (start, length) = span.GetOffsetAndLength(normalized.Length);
        var rest = normalized.Remove(start, length);
        return query.IsAboutHfs && AnalyzeQuery(rest).IsAboutHfs ? null : (normalized[span], rest);
    }

    /// <summary>
    /// The lowest score offered as "did you mean". A question about HFS itself ("is hfs regarded as serious", "did
    /// my drinking bring on this twitching") is about the group's subject even when its words match no entry well,
    /// so the closest entries are worth offering; any other question ("anyone watching the match tonight") needs a
    /// closer match.
    /// </summary>
    private double SuggestFloor(Query query) =>
        query.IsAboutHfs ? _options.HfsQuestionSuggestThreshold : _options.SuggestThreshold;

    private MatchBand DecideBand(ImmutableArray<MatchCandidate> candidates, double unknownShare, double suggestFloor)
    {
        if (candidates.IsEmpty || candidates[0].Score < suggestFloor)
        {
            return MatchBand.None;
        }

        var best = candidates[0].Score;

        // A question that is mostly about things the FAQ has never heard of ("knee", "medicare") gets an honest
        // "no answer" unless its remaining words match one entry strongly; even then it is only suggested.
        if (unknownShare > _options.MaxUnknownShare)
        {
            return best >= _options.UnknownWordsSuggestThreshold ? MatchBand.Suggest : MatchBand.None;
        }

        return ClearOnScore(candidates) || ClassifierAgrees(candidates) ? MatchBand.Answer : MatchBand.Suggest;
    }

    /// <summary>Whether the best entry scores an answer on its own: the answer threshold, and the lead it needs there.</summary>
    private bool ClearOnScore(ImmutableArray<MatchCandidate> candidates)
    {
        var best = candidates[0].Score;
        var lead = best - (candidates.Length > 1 ? candidates[1].Score : 0);
        return best >= _options.AnswerThreshold && lead >= RequiredLead(best);
    }

    /// <summary>
    /// Whether the learned classifier all but agrees with word coverage on a clear best entry (see
    /// <see cref="MatchingOptions.AgreedAnswerThreshold"/>). Its probability is a softmax over the re-ranked entries, so
    /// with a single candidate it is 1 by construction and says nothing.
    /// </summary>
    private bool ClassifierAgrees(ImmutableArray<MatchCandidate> candidates) =>
        candidates.Length > 1
        && candidates[0].Score >= _options.AgreedAnswerThreshold
        && candidates[0].Learned >= _options.AgreedAnswerProbability
        && candidates[0].Score - candidates[1].Score >= _options.AgreedAnswerLead;

    /// <summary>
    /// The lead over the second entry needed to answer: the full <see cref="MatchingOptions.AnswerMargin"/> at the
    /// answer threshold, shrinking towards one point as the best score nears 100. A question that is almost
    /// word for word one entry's phrasing is answered even when a neighbour also scores high.
    /// </summary>
    private double RequiredLead(double best)
    {
        var headroom = Math.Clamp((100 - best) / (100 - _options.AnswerThreshold), 0, 1);
        return Math.Max(1, _options.AnswerMargin * headroom);
    }

    private Query AnalyzeQuery(string question)
    {
        var words = SplitWords.Join(_index.Analyzer.ContentWords(question, out var normalized, _knows), _index);
        var terms = new List<QueryTerm>(words.Count);
        var sequence = new List<int>(words.Count);
        var unknown = ImmutableArray.CreateBuilder<string>();
        var scopeWords = ImmutableArray.CreateBuilder<string>();
        var mentionsHfs = words.Exists(w => _index.HfsTerms.Contains(w.Word));
        var mentionsOtherTopic = false;
        var namesHemifacial = false;
        var offTopicUnknownWeight = 0f;
        foreach (var (word, termId, similarity) in words)
        {
            var otherTopic = WordLists.OtherTopics.Contains(word);
            mentionsOtherTopic |= otherTopic;
            namesHemifacial |= word == _index.HemifacialTerm;
            var namesAnotherTopic = WordLists.OutOfScope.Contains(word) || (!mentionsHfs && otherTopic);
            if (namesAnotherTopic && !scopeWords.Contains(word))
            {
                scopeWords.Add(word);
            }

            if (termId >= 0)
            {
                AddTerm(terms, new QueryTerm(termId, _index.Idf[termId], similarity));
                sequence.Add(termId);
            }
            else if (!unknown.Contains(word))
            {
                var everyday = WordLists.Everyday.Contains(word);
                sequence.Add(-1);
                var weight = (float)(_index.UnknownIdf * (everyday ? _options.EverydayWordWeight : _options.UnknownWordWeight));
                terms.Add(new QueryTerm(-1, weight, 0));
                offTopicUnknownWeight += everyday ? 0 : weight;
                unknown.Add(word);
            }
        }

        return new Query([.. terms], CoreWeight(terms), terms.Sum(t => t.Weight), FaqIndex.SortedText(words.Select(w => w.Word).Distinct()), unknown.ToImmutable())
        {
            Normalized = normalized,
            ScopeWords = scopeWords.ToImmutable(),
            NamesHfs = mentionsHfs,
            // A twitch beside another body part or condition ("my thigh twitches") may not be about HFS; a
            // question naming hemifacial spasm is, unless a word puts it out of scope. So is one that calls it
            // "this" ("is this more of a women thing"): in an HFS group, that is what "this" is.
            IsAboutHfs = scopeWords.Count == 0 && (namesHemifacial || (!mentionsOtherTopic && (mentionsHfs || ConditionReference.RefersToCondition(question)))),
            OffTopicUnknownWeight = offTopicUnknownWeight,
            LearnedFeatures = _classifier is null ? [] : EntryClassifier.Features(sequence),
        };
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
        var variantScores = ArrayPool<float>.Shared.Rent(_index.Variants.Length);
        var entryCoverage = ArrayPool<float>.Shared.Rent(_index.Entries.Length);
        try
        {
            Array.Clear(variantScores, 0, _index.Variants.Length);
            Array.Clear(entryCoverage, 0, _index.Entries.Length);
            var touched = AccumulateCoverage(query, variantScores, entryCoverage);
            var scored = ScoreEntries(query, variantScores, entryCoverage, touched);
            return Rerank(query, scored, take);
        }
        finally
        {
            ArrayPool<float>.Shared.Return(variantScores);
            ArrayPool<float>.Shared.Return(entryCoverage);
        }
    }

    /// <summary>
    /// The inverted-index pass. For each variant: the IDF weight of the question words it contains (scaled by
    /// typo similarity), which is both how much of the question it covers and how much of itself is covered.
    /// For each entry: the same over all its variants, a word counting fully once it is central to the entry.
    /// Returns the variants worth scoring exactly.
    /// </summary>
    private List<int> AccumulateCoverage(Query query, float[] variantScores, float[] entryCoverage)
    {
        var touched = new List<int>();
        foreach (var term in query.Terms)
        {
            if (term.TermId < 0)
            {
                continue;
            }

            var contribution = term.Weight * term.Similarity;
            foreach (var variant in _index.Postings[term.TermId])
            {
                if (variantScores[variant] == 0)
                {
                    touched.Add(variant);
                }

                variantScores[variant] += contribution;
            }

            foreach (var (entry, variants) in _index.EntryPostings[term.TermId])
            {
                entryCoverage[entry] += contribution * Math.Min(1f, variants / (float)_options.CentralPhrasings);
            }
        }

        if (touched.Count > _options.CandidateLimit)
        {
            touched.Sort((a, b) => variantScores[b].CompareTo(variantScores[a]));
            touched.RemoveRange(_options.CandidateLimit, touched.Count - _options.CandidateLimit);
        }

        return touched;
    }

    /// <summary>Exact word-coverage score of each entry: its best variant, blended with the entry as a whole.</summary>
    private List<(int Entry, double Lexical, int BestVariant)> ScoreEntries(Query query, float[] variantScores, float[] entryCoverage, List<int> touched)
    {
        // Per entry: its best variant so far (-1: none yet) and that variant's score, in pooled arrays indexed by
        // entry; the entries in the order they were first seen.
        var bestVariant = ArrayPool<int>.Shared.Rent(_index.Entries.Length);
        var bestScore = ArrayPool<double>.Shared.Rent(_index.Entries.Length);
        var entries = new List<int>();
        try
        {
            Array.Fill(bestVariant, -1, 0, _index.Entries.Length);
            foreach (var v in touched)
            {
                var variant = _index.Variants[v];
                var covered = variantScores[v];
                var queryCoverage = Math.Min(1, covered / query.TotalWeight);
                var variantCoverage = variant.WeightSum > 0 ? covered / variant.WeightSum : 0;
                var score = (_options.QueryCoverageShare * queryCoverage) + ((1 - _options.QueryCoverageShare) * variantCoverage);
                var entry = variant.Entry;
                if (bestVariant[entry] < 0)
                {
                    entries.Add(entry);
                }
                else if (score <= bestScore[entry])
                {
                    continue;
                }

                bestScore[entry] = score;
                bestVariant[entry] = v;
            }

            var scored = new List<(int, double, int)>(entries.Count);
            foreach (var entry in entries)
            {
                var wholeEntry = Math.Min(1, entryCoverage[entry] / query.TotalWeight);
                var lexical = IsExactPhrasing(query, bestVariant[entry], variantScores)
                    ? 100 // the question is, word for word, one of this entry's phrasings
                    : 100 * ((_options.BestVariantShare * bestScore[entry]) + ((1 - _options.BestVariantShare) * wholeEntry));
                scored.Add((entry, lexical, bestVariant[entry]));
            }

            return scored;
        }
        finally
        {
            ArrayPool<int>.Shared.Return(bestVariant);
            ArrayPool<double>.Shared.Return(bestScore);
        }
    }

    /// <summary>The question and the variant share all their words, typo-free.</summary>
    private bool IsExactPhrasing(Query query, int v, float[] variantScores)
    {
        var variant = _index.Variants[v];
        return variant.WeightSum > 0
            && variantScores[v] >= variant.WeightSum * 0.999f
            && variantScores[v] >= query.FullWeight * 0.999f;
    }

    /// <summary>
    /// FuzzySharp re-ranks the best few entries: a token-sort ratio between the question and each entry's
    /// best-matching title or question. One comparison per entry keeps this stage to a few microseconds.
    /// </summary>
    private ImmutableArray<MatchCandidate> Rerank(Query query, List<(int Entry, double Lexical, int BestVariant)> scored, int take)
    {
        var top = Best(scored, take);
        var candidates = new List<MatchCandidate>(top.Count);

        // The classifier only says which of the entries word coverage found is most likely: a softmax over
        // these few, so it never pulls in an entry coverage did not find.
        var learned = _classifier?.Probabilities(top.ConvertAll(t => t.Entry), query.LearnedFeatures);
        for (var i = 0; i < top.Count; i++)
        {
            var (entry, lexical, bestVariant) = top[i];

            // Both sides are already normalised and token-sorted, so this is FuzzySharp's token-sort ratio
            // without re-tokenising either text on every call (its Fuzz.Ratio, computed bit-parallel).
            var variant = _index.Variants[bestVariant];
            var fuzzy = BitParallelRatio.Ratio(query.SortedText, variant.SortedText);
            var score = ((1 - _options.FuzzyWeight) * lexical) + (_options.FuzzyWeight * fuzzy);
            var probability = learned?[i] ?? 0;
            if (learned is not null)
            {
                score = ((1 - _options.ClassifierWeight) * score) + (_options.ClassifierWeight * 100 * probability);
            }

            candidates.Add(new MatchCandidate(_index.Entries[entry], Math.Round(score, 1), Math.Round(lexical, 1), fuzzy, variant.Text)
            {
                Learned = Math.Round(probability, 2),
            });
        }

        return [.. candidates.OrderByDescending(c => c.Score).ThenBy(c => c.Entry.Id, StringComparer.Ordinal)];
    }

    /// <summary>
    /// The <paramref name="take"/> highest lexical scores, best first (ties: the earlier entry first), picked in one
    /// pass: sorting every scored entry (thousands in a large FAQ) to keep four is wasted work.
    /// </summary>
    private static List<(int Entry, double Lexical, int BestVariant)> Best(List<(int Entry, double Lexical, int BestVariant)> scored, int take)
    {
        var top = new List<(int Entry, double Lexical, int BestVariant)>(take + 1);
        foreach (var item in scored)
        {
            var at = top.Count;
            while (at > 0 && Ranks(item, top[at - 1]))
            {
                at--;
            }

            if (at < take)
            {
                top.Insert(at, item);
                if (top.Count > take)
                {
                    top.RemoveAt(take);
                }
            }
        }

        return top;

        static bool Ranks((int Entry, double Lexical, int) a, (int Entry, double Lexical, int) b) =>
            a.Lexical > b.Lexical || (a.Lexical == b.Lexical && a.Entry < b.Entry);
    }

    private readonly record struct QueryTerm(int TermId, float Weight, float Similarity);

    /// <summary>A question as matching sees it.</summary>
    /// <param name="Terms">Its distinct words, resolved to the vocabulary (or unknown, with id -1).</param>
    /// <param name="TotalWeight">The weight coverage is measured against (the question's core words).</param>
    /// <param name="FullWeight">The weight of every word of the question.</param>
    /// <param name="SortedText">Its content words, sorted, for FuzzySharp.</param>
    /// <param name="UnknownWords">The words the FAQ has never seen.</param>
    private sealed record Query(QueryTerm[] Terms, float TotalWeight, float FullWeight, string SortedText, ImmutableArray<string> UnknownWords)
    {
        /// <summary>
        /// Its words that the best entry must use too: out-of-scope words always, words naming another condition,
        /// body part or purpose only when it does not mention HFS itself (hemifacial spasm, spasm, twitch...).
        /// </summary>
        public ImmutableArray<string> ScopeWords { get; init; } = [];

        /// <summary>
        /// It is about HFS: it names hemifacial spasm ("hfs" and the other synonyms), or a twitch or "this" (the
        /// condition the member has, <see cref="ConditionReference"/>) with no other condition or body part beside
        /// it, and it has no <see cref="ScopeWords"/>.
        /// </summary>
        public bool IsAboutHfs { get; init; }

        /// <summary>It names HFS itself ("hfs", "spasm", "twitch" and their synonyms), whatever else it names.</summary>
        public bool NamesHfs { get; init; }

        /// <summary>
        /// The weight of its unknown words that are not everyday chat: what "mostly about something the FAQ has
        /// never heard of" is measured by. "honestly", "neighbour" or "story" dilute a match but name no topic.
        /// </summary>
        public float OffTopicUnknownWeight { get; init; }

        /// <summary>Its text as analysed: normalised, without a letter's greeting and sign-off.</summary>
        public string Normalized { get; init; } = "";

        /// <summary>Its features for <see cref="EntryClassifier"/>: known words and neighbouring pairs.</summary>
        public long[] LearnedFeatures { get; init; } = [];
    }
}
