using System.Collections.Frozen;
using HfsBot.Core.Faq;
using HfsBot.Core.Text;

namespace HfsBot.Core.Matching;

/// <summary>One title or question of an entry, as matching sees it.</summary>
/// <param name="Entry">Index of the entry in <see cref="FaqIndex.Entries"/>.</param>
/// <param name="Terms">Distinct term ids of its content words.</param>
/// <param name="WeightSum">Sum of the IDF weights of <paramref name="Terms"/>.</param>
/// <param name="SortedText">Its content words sorted and joined by spaces: FuzzySharp's token-sort form, computed once.</param>
/// <param name="Text">The text as the moderators wrote it, for explanations.</param>
internal sealed record Variant(int Entry, int[] Terms, float WeightSum, string SortedText, string Text);

/// <summary>
/// The search structures for one catalog, built once per load and then read-only (safe to share between
/// threads): the vocabulary with inverse-document-frequency weights, every title/question variant, an inverted
/// index from term to variants, and the typo index.
/// </summary>
internal sealed class FaqIndex
{
    public FaqIndex(FaqCatalog catalog, double idfExponent = 1)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        Catalog = catalog;
        Entries = [.. catalog.Entries];
        Analyzer = new TextAnalyzer(catalog.Synonyms);

        var termIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var terms = new List<string>();
        var variantTerms = new List<(int Entry, int[] Terms, string SortedText, string Text)>();
        // Analysing a phrasing (normalising, synonyms, stemming) is most of the work and needs nothing from the
        // others, so phrasings are analysed side by side; their words are numbered afterwards, in FAQ order.
        var phrasings = Entries.SelectMany((entry, index) => entry.MatchTexts.Select(text => (Entry: index, Text: text))).ToArray();
        var analysed = new (List<string> Words, string Sorted)[phrasings.Length];
        Parallel.For(0, phrasings.Length, i =>
        {
            var words = Analyzer.ContentWords(phrasings[i].Text);
            analysed[i] = (words, SortedText(words));
        });
        for (var i = 0; i < phrasings.Length; i++)
        {
            var ids = analysed[i].Words.Select(w => InternTerm(w, termIds, terms)).Distinct().ToArray();
            variantTerms.Add((phrasings[i].Entry, ids, analysed[i].Sorted, phrasings[i].Text));
        }

        Terms = [.. terms];
        TermIds = termIds;
        EntryTerms = BuildEntryTerms(variantTerms, Entries.Length);
        var entryTermCounts = BuildEntryTermCounts(variantTerms, EntryTerms);
        EntryPostings = BuildEntryPostings(EntryTerms, entryTermCounts, Terms.Length);
        Idf = [.. ComputeIdf(EntryTerms, Terms.Length, Entries.Length).Select(idf => (float)Math.Pow(idf, idfExponent))];
        UnknownIdf = (float)Math.Pow(InverseDocumentFrequency(0, Entries.Length), idfExponent);
        Variants = [.. variantTerms.Select(v => new Variant(v.Entry, v.Terms, v.Terms.Sum(t => Idf[t]), v.SortedText, v.Text))];
        Postings = BuildPostings(Variants, Terms.Length);
        EntryVariants = GroupByEntry(Variants, Entries.Length);
        // Misspellings of synonym variants count too: "botxo" is one edit from "botox", which means botulinum toxin.
        var spellings = Terms.Select(t => (Word: t, Term: t))
            .Concat(catalog.Synonyms.SingleWordVariants.Select(v => (Word: Stemmer.Stem(v.Variant), Term: Stemmer.Stem(v.Canonical))).Where(v => TermIds.ContainsKey(v.Term)))
            .DistinctBy(s => s.Word)
            .ToList();
        Typos = new TypoIndex([.. spellings.Select(s => s.Word)], [.. spellings.Select(s => s.Term)]);
        _spellings = spellings.Select(s => s.Word).ToHashSet(StringComparer.Ordinal);
        HfsTerms = [.. Analyzer.ContentWords(HfsWords)];
        HemifacialTerm = Analyzer.ContentWords("hemifacial")[0];
        _entryIndex = Enumerable.Range(0, Entries.Length).ToFrozenDictionary(i => Entries[i].Id, StringComparer.Ordinal);
    }

    /// <summary>Words that name HFS itself; through the synonyms they cover "twitch", "face spasm", "hfs" and so on.</summary>
    private const string HfsWords = "hemifacial spasm spasm";

    private readonly FrozenDictionary<string, int> _entryIndex;

    /// <summary>
    /// The stemmed words the FAQ knows: its terms, and the one-word synonyms that stand for them. A plain set, for the
    /// reason <see cref="TermIds"/> is a plain dictionary.
    /// </summary>
    private readonly HashSet<string> _spellings;

    /// <summary>
    /// Whether the FAQ knows <paramref name="word"/> (a normalised word, before synonyms and stemming), as a term or
    /// as a one-word synonym of one: "injection" is known because it means Botox.
    /// </summary>
    public bool Knows(string word) => _spellings.Contains(Stemmer.Stem(word));

    /// <summary>The analysed forms of <see cref="HfsWords"/>.</summary>
    public FrozenSet<string> HfsTerms { get; }

    /// <summary>The analysed form of "hemifacial" (and through the synonyms "hfs"): a question with it names the condition.</summary>
    public string HemifacialTerm { get; }

    public int EntryIndexOf(FaqEntry entry) => _entryIndex[entry.Id];

    public FaqCatalog Catalog { get; }

    public FaqEntry[] Entries { get; }

    public TextAnalyzer Analyzer { get; }

    public string[] Terms { get; }

    /// <summary>
    /// Each term's number. A plain dictionary, never changed after the index is built: like the learned models'
    /// features (<see cref="Learning.LogisticModel"/>), a FrozenDictionary of these words picks full-string hashing,
    /// and looking up the words of 838 labelled questions took 2.3 times as long.
    /// </summary>
    public IReadOnlyDictionary<string, int> TermIds { get; }

    /// <summary>Term weight: high for words few entries use ("deaf"), low for words most use ("spasm").</summary>
    public float[] Idf { get; }

    /// <summary>The weight a word would have if no entry used it.</summary>
    public float UnknownIdf { get; }

    public Variant[] Variants { get; }

    /// <summary>For each term, the variants that contain it.</summary>
    public int[][] Postings { get; }

    /// <summary>For each entry, the sorted distinct terms of all its variants.</summary>
    public int[][] EntryTerms { get; }

    /// <summary>For each term, the entries that use it and in how many of their variants.</summary>
    public (int Entry, int Variants)[][] EntryPostings { get; }

    public int[][] EntryVariants { get; }

    public TypoIndex Typos { get; }

    /// <summary>
    /// What a content word of a question stands for: itself when the FAQ uses it, else the FAQ word it misspells,
    /// else nothing. An everyday or out-of-scope word is never taken for a typo ("forgot" is not "forehead",
    /// "warranty" is not "warrant").
    /// </summary>
    public ResolvedWord Resolve(string word) =>
        TermIds.TryGetValue(word, out var id) ? new(word, id, 1)
        : !WordLists.IsNeverATypo(word) && Typos.Find(word) is { } typo ? new(word, TermIds[typo.Term], (float)typo.Similarity)
        : new(word, -1, 0);

    /// <summary>Words in ordinal order, so comparing two texts with a plain ratio ignores word order.</summary>
    public static string SortedText(IEnumerable<string> words) => string.Join(' ', words.Order(StringComparer.Ordinal));

    private static int InternTerm(string word, Dictionary<string, int> termIds, List<string> terms)
    {
        if (!termIds.TryGetValue(word, out var id))
        {
            id = terms.Count;
            termIds[word] = id;
            terms.Add(word);
        }

        return id;
    }

    private static int[][] BuildEntryTerms(List<(int Entry, int[] Terms, string SortedText, string Text)> variants, int entryCount)
    {
        var sets = Enumerable.Range(0, entryCount).Select(_ => new SortedSet<int>()).ToArray();
        foreach (var variant in variants)
        {
            sets[variant.Entry].UnionWith(variant.Terms);
        }

        return [.. sets.Select(s => s.ToArray())];
    }

    private static int[][] BuildEntryTermCounts(List<(int Entry, int[] Terms, string SortedText, string Text)> variants, int[][] entryTerms)
    {
        var counts = entryTerms.Select(t => new int[t.Length]).ToArray();
        foreach (var variant in variants)
        {
            foreach (var term in variant.Terms)
            {
                counts[variant.Entry][Array.BinarySearch(entryTerms[variant.Entry], term)]++;
            }
        }

        return counts;
    }

    private static (int Entry, int Variants)[][] BuildEntryPostings(int[][] entryTerms, int[][] counts, int termCount)
    {
        var lists = Enumerable.Range(0, termCount).Select(_ => new List<(int, int)>()).ToArray();
        for (var entry = 0; entry < entryTerms.Length; entry++)
        {
            for (var i = 0; i < entryTerms[entry].Length; i++)
            {
                lists[entryTerms[entry][i]].Add((entry, counts[entry][i]));
            }
        }

        return [.. lists.Select(l => l.ToArray())];
    }

    private static float[] ComputeIdf(int[][] entryTerms, int termCount, int entryCount)
    {
        var documentFrequency = new int[termCount];
        foreach (var terms in entryTerms)
        {
            foreach (var term in terms)
            {
                documentFrequency[term]++;
            }
        }

        return [.. documentFrequency.Select(df => InverseDocumentFrequency(df, entryCount))];
    }

    /// <summary>BM25's smoothed IDF, counted over entries rather than variants.</summary>
    private static float InverseDocumentFrequency(int documentFrequency, int entryCount) =>
        (float)Math.Log(1 + ((entryCount - documentFrequency + 0.5) / (documentFrequency + 0.5)));

    private static int[][] GroupByEntry(Variant[] variants, int entryCount)
    {
        var lists = Enumerable.Range(0, entryCount).Select(_ => new List<int>()).ToArray();
        for (var v = 0; v < variants.Length; v++)
        {
            lists[variants[v].Entry].Add(v);
        }

        return [.. lists.Select(l => l.ToArray())];
    }

    private static int[][] BuildPostings(Variant[] variants, int termCount)
    {
        var lists = Enumerable.Range(0, termCount).Select(_ => new List<int>()).ToArray();
        for (var v = 0; v < variants.Length; v++)
        {
            foreach (var term in variants[v].Terms)
            {
                lists[term].Add(v);
            }
        }

        return [.. lists.Select(l => l.ToArray())];
    }
}
