using HfsBot.Core.Answering;
using HfsBot.Core.Faq;
using HfsBot.Core.Matching;
using HfsBot.Testing;

namespace HfsBot.Core.Tests.Matching;

public sealed class SplitWordsTests
{
    private static readonly FaqIndex Index = new(RealFaq.Catalog);

    private static List<ResolvedWord> Joined(string text) => SplitWords.Join(Index.Analyzer.ContentWords(text), Index);

    [Theory]
    [InlineData("how does boat ox stop the twitching")]
    [InlineData("how long does bow tox last")]
    [InlineData("how long do the boot ox shots last")]
    public void Join_DictatedSplitOfAKnownWord_IsReadAsOneWord(string question)
    {
        var words = Joined(question);

        // Read as botox, but still as a misspelling: the join keeps its typo's similarity, below an exact word's.
        var botox = Index.TermIds[Index.Analyzer.ContentWords("botox")[0]];
        Assert.Contains(words, w => w.TermId == botox && w.Similarity is > 0.5f and < 1);
        Assert.DoesNotContain(words, w => w.Word is "ox" or "tox");
    }

    [Theory]
    [InlineData("dizziness in bed after the op")] // a known word and the next one: "dizzinessbed" is no word
    [InlineData("still a box of carbamazepine left")]
    [InlineData("the weakness p much gone")]
    [InlineData("our dog died on friday")]
    [InlineData("eye surgery next week")]
    public void Join_OrdinaryNeighbours_AreLeftApart(string question)
    {
        var words = Index.Analyzer.ContentWords(question);

        Assert.Equal(words, SplitWords.Join(words, Index).Select(w => w.Word));
    }

    [Theory]
    [InlineData("why does my cheek flut ter", "flutter")] // the join is an FAQ word as it stands
    [InlineData("my cheek keeps flut tering", "flutter")] // the join is one once stemmed
    public void Join_TwoHalvesOfAnFaqWord_AreThatWord(string question, string expected)
    {
        // A word no synonym rewrites, so that only the join can find it.
        using var folder = new TempFaqFolder();
        folder.WriteEntry("cheek-flutter", TempFaqFolder.ValidEntry(
            title: "Why does my cheek flutter?",
            questions: ["my cheek flutters all day", "what makes a cheek flutter", "cheek flutter at night"]));
        var index = new FaqIndex(new FaqFolderLoader(new FakeTimeProvider()).Load(folder.Path).Catalog);
        var words = index.Analyzer.ContentWords(question);

        var joined = SplitWords.Join(words, index);

        Assert.DoesNotContain(expected, words);
        Assert.Contains(joined, w => w.Word == expected && w.IsExact);
        Assert.Equal(words.Count - 1, joined.Count);
    }

    [Fact]
    public void ContentWords_StopWordSplitOffTheFront_IsJoinedBack()
    {
        // "in" is a stop word, so the split must be seen before stop words are dropped; "injection" reads as Botox.
        var words = Index.Analyzer.ContentWords("how soon does the in jection work", out _, Index.Knows);

        Assert.Equal(Index.Analyzer.ContentWords("how soon does the injection work"), words);
    }

    [Theory]
    [InlineData("still in pain after the jabs")] // "pain" is a word of its own: "inpain" is no join
    [InlineData("been on botox for years")]
    [InlineData("is it ok to fly on holiday")]
    public void ContentWords_StopWordBeforeAWord_IsLeftApart(string question) =>
        Assert.Equal(Index.Analyzer.ContentWords(question), Index.Analyzer.ContentWords(question, out _, Index.Knows));

    [Fact]
    public void Answer_DictatedBotox_FindsTheBotoxEntry()
    {
        var reply = RealFaq.Answerer.Answer("how long does bow tox last for hemi facial");

        Assert.Equal(ReplyOutcome.Answer, reply.Outcome);
        Assert.Equal("botox-duration-frequency", reply.Entry!.Id);
    }
}
