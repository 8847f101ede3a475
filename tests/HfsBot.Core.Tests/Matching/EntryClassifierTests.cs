using HfsBot.Core.Evaluation;
using HfsBot.Core.Faq;
using HfsBot.Core.Matching;
using HfsBot.Core.Text;

namespace HfsBot.Core.Tests.Matching;

/// <summary>The learned second opinion: what it learns from the phrasings, and that it stays deterministic and scales.</summary>
public sealed class EntryClassifierTests
{
    private static readonly DateOnly Reviewed = new(2026, 11, 1);

    private static FaqCatalog SmallCatalog() => new(
        [
            Entry("is-it-dangerous", "Is HFS dangerous?", "is this a brain tumour", "can the twitch kill me", "is hfs serious"),
            Entry("who-gets-it", "Who gets HFS?", "is it more common in women", "what age does it start", "are women more likely to get it"),
            Entry("botox-duration", "How long does Botox last?", "how long do the jabs last", "when does botox wear off", "how often are injections"),
        ],
        SynonymMap.Empty,
        FaqFolderLoader.BuiltInSafety());

    [Fact]
    public void Train_WordOnlyOneEntryUses_PointsToThatEntry()
    {
        var index = new FaqIndex(SmallCatalog());
        var classifier = EntryClassifier.Train(index);

        var features = FeaturesOf(index, "women");
        var logits = Enumerable.Range(0, index.Entries.Length).Select(e => classifier.Logit(e, features)).ToArray();

        Assert.Equal("who-gets-it", index.Entries[Array.IndexOf(logits, logits.Max())].Id);
    }

    [Fact]
    public void Train_SameFaqTwice_GivesTheSameWeights()
    {
        var index = new FaqIndex(SmallCatalog());
        var features = FeaturesOf(index, "how long does the tumour last");

        var first = EntryClassifier.Train(index);
        var second = EntryClassifier.Train(index);

        for (var e = 0; e < index.Entries.Length; e++)
        {
            Assert.Equal(first.Logit(e, features), second.Logit(e, features));
        }
    }

    /// <summary>
    /// A moderator who moves a phrasing within a file must not change what the classifier learns (and so which
    /// entry a member's question gets): it visits the phrasings in an order drawn from their content. Word ids
    /// follow the phrasings' order, so only the sums of the same weights in another order may differ.
    /// </summary>
    [Fact]
    public void Train_PhrasingsListedInAnotherOrder_GivesTheSameWeights()
    {
        var catalog = SmallCatalog();
        var reordered = new FaqCatalog([.. catalog.Entries.Select(e => e with { Questions = [.. e.Questions.Reverse()] })], catalog.Synonyms, catalog.Safety);
        var index = new FaqIndex(catalog);
        var reorderedIndex = new FaqIndex(reordered);
        var question = "how long does the tumour last in women";

        var first = EntryClassifier.Train(index);
        var second = EntryClassifier.Train(reorderedIndex);

        for (var e = 0; e < index.Entries.Length; e++)
        {
            Assert.Equal(first.Logit(e, FeaturesOf(index, question)), second.Logit(e, FeaturesOf(reorderedIndex, question)), 5);
        }
    }

    [Fact]
    public void Features_AreWordsAndNeighbouringPairs_AndAnUnknownWordBreaksAPair()
    {
        var features = EntryClassifier.Features([3, 5, -1, 7]);

        Assert.Equal(4, features.Length); // 3, 5, the pair (3,5), 7; no pair across the unknown word
        Assert.Contains(3L, features);
        Assert.Contains(5L, features);
        Assert.Contains(7L, features);
        Assert.Single(features, f => f > uint.MaxValue);
    }

    /// <summary>
    /// Past 64 entries each phrasing is trained only against the entries sharing its rarest words, which keeps
    /// training linear in the FAQ's size; it must still recognise the phrasings it was trained on (about 85% of these
    /// template-made, deliberately confusable entries rank first against every entry sharing a word).
    /// </summary>
    [Fact]
    public void Train_LargeFaq_StillRanksEachPhrasingsOwnEntryFirstAmongItsCompetitors()
    {
        var catalog = new FaqCatalog(SyntheticFaq.Generate(400, Reviewed), SynonymMap.Empty, FaqFolderLoader.BuiltInSafety());
        var index = new FaqIndex(catalog);
        var classifier = EntryClassifier.Train(index);

        var right = 0;
        foreach (var variant in index.Variants)
        {
            var features = EntryClassifier.Features(variant.Terms);
            var rivals = variant.Terms.SelectMany(t => index.EntryPostings[t]).Select(p => p.Entry).Distinct();
            var own = classifier.Logit(variant.Entry, features);
            if (rivals.All(e => e == variant.Entry || classifier.Logit(e, features) < own))
            {
                right++;
            }
        }

        Assert.True(right >= 0.8 * index.Variants.Length, $"{right} of {index.Variants.Length} phrasings ranked their own entry first");
    }

    [Fact]
    public void Match_WithTheClassifierOff_ReportsNoLearnedProbability()
    {
        var off = new FaqMatcher(SmallCatalog(), new MatchingOptions { ClassifierWeight = 0 }).Match("how long does botox last");
        var on = new FaqMatcher(SmallCatalog(), new MatchingOptions()).Match("how long does botox last");

        Assert.All(off.Candidates, c => Assert.Equal(0, c.Learned));
        Assert.Equal("botox-duration", on.Best!.Entry.Id);
        Assert.True(on.Best.Learned > 0.5, $"learned {on.Best.Learned}");
        Assert.InRange(on.Candidates.Sum(c => c.Learned), 0.98, 1.02);
    }

    private static long[] FeaturesOf(FaqIndex index, string text) =>
        EntryClassifier.Features([.. index.Analyzer.ContentWords(text).Select(w => index.TermIds.TryGetValue(w, out var id) ? id : -1)]);

    private static FaqEntry Entry(string id, string title, params string[] questions) => new()
    {
        Id = id,
        Title = title,
        Questions = [.. questions],
        Sources = [new FaqSource("Test source", null, new Uri("https://example.org/test"))],
        Reviewed = Reviewed,
        ReviewedBy = "test",
        ReviewDue = Reviewed.AddMonths(12),
        Body = "Test answer.",
        FilePath = $"{id}.md",
    };
}
