using FuzzySharp;
using FuzzySharp.PreProcess;
using HfsBot.Core.Matching;
using HfsBot.Core.Text;
using HfsBot.Testing;

namespace HfsBot.Core.Tests.Matching;

/// <summary>The re-ranker's ratio must be FuzzySharp's, to the point, on any pair of texts.</summary>
public sealed class BitParallelRatioTests
{
    [Theory]
    [InlineData("", "")]
    [InlineData("", "botox")]
    [InlineData("botox", "")]
    [InlineData("botox", "botox")]
    [InlineData("botox last long", "botox effect last long wear")]
    [InlineData("ab", "ba")] // ratio 50: FuzzySharp's rounding at exactly .5
    [InlineData("abc", "a")] // 50 again, the other way round
    [InlineData("crème brûlée", "creme brulee")]
    [InlineData("лицо спазм", "спазм лица")]
    [InlineData("面肌痉挛 botox", "botox 面肌")]
    [InlineData("twitch 😣 eye", "eye twitch")]
    public void Ratio_IsFuzzySharpsRatio(string first, string second)
    {
        Assert.Equal(Fuzz.Ratio(first, second, PreprocessMode.None), BitParallelRatio.Ratio(first, second));
    }

    /// <summary>
    /// Random texts over a small alphabet (so that most characters match somewhere) cross the 64-character block
    /// boundaries and the stack limit (256 characters) on either side, and include characters beyond ASCII.
    /// </summary>
    [Fact]
    public void Ratio_IsFuzzySharpsRatio_OnRandomTextsOfEveryLength()
    {
        var random = new Random(20261122);
        const string Alphabet = "abcde fghé ж";
        string Text(int length) => new([.. Enumerable.Range(0, length).Select(_ => Alphabet[random.Next(Alphabet.Length)])]);
        var lengths = new[] { 0, 1, 2, 7, 63, 64, 65, 127, 128, 129, 200, 255, 256, 257, 300, 640 };
        foreach (var firstLength in lengths)
        {
            foreach (var secondLength in lengths)
            {
                for (var i = 0; i < 3; i++)
                {
                    var (first, second) = (Text(firstLength), Text(secondLength));
                    Assert.True(Fuzz.Ratio(first, second, PreprocessMode.None) == BitParallelRatio.Ratio(first, second), $"'{first}' / '{second}'");
                }
            }
        }
    }

    /// <summary>
    /// The pairs the re-ranker really compares: the members' questions of a labelled set against the FAQ's titles
    /// and phrasings, both as matching sees them (content words, sorted).
    /// </summary>
    [Fact]
    public void Ratio_IsFuzzySharpsRatio_OnMembersQuestionsAgainstTheFaqsPhrasings()
    {
        var index = new FaqIndex(RealFaq.Catalog);
        var questions = LabelledTsv.Rows(File.ReadAllText(RepoPaths.TestData("questions-holdout5.tsv")), "question\texpected")
            .Select(row => FaqIndex.SortedText(index.Analyzer.ContentWords(row.Fields[0])))
            .ToList();
        var phrasings = index.Variants.Where((_, i) => i % 5 == 0).Select(v => v.SortedText).ToList();

        var differing = questions
            .SelectMany(question => phrasings.Select(phrasing => (question, phrasing)))
            .Where(pair => Fuzz.Ratio(pair.question, pair.phrasing, PreprocessMode.None) != BitParallelRatio.Ratio(pair.question, pair.phrasing))
            .Take(5)
            .ToList();

        Assert.True(questions.Count >= 200 && phrasings.Count >= 600, $"{questions.Count} questions, {phrasings.Count} phrasings");
        Assert.Empty(differing);
    }
}
