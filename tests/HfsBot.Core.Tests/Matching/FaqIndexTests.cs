using HfsBot.Core.Matching;

namespace HfsBot.Core.Tests.Matching;

public sealed class FaqIndexTests
{
    private static readonly FaqIndex Index = new(RealFaq.Catalog);

    [Theory]
    [InlineData("botxo", "botox")]
    [InlineData("surgerey", "surgery")]
    [InlineData("injectoin", "injection")]
    public void Resolve_AMisspelling_IsTheWordItMeantWithItsSimilarity(string typed, string meant)
    {
        var resolved = Index.Resolve(Index.Analyzer.ContentWords(typed)[0]);

        Assert.Equal(Index.Resolve(Index.Analyzer.ContentWords(meant)[0]).TermId, resolved.TermId);
        Assert.True(resolved.IsTerm && !resolved.IsExact, $"similarity {resolved.Similarity}");
    }

    [Theory]
    [InlineData("warranty")] // out of scope: one edit from "warrant"
    public void Resolve_AWordThatIsNeverATypo_StandsForNothing(string text)
    {
        var word = Index.Analyzer.ContentWords(text)[0];

        Assert.NotNull(Index.Typos.Find(word)); // it is one edit from an FAQ word...
        Assert.False(Index.Resolve(word).IsTerm); // ...and still not read as it
    }
}
