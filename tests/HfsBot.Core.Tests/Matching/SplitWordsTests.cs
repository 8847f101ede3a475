using HfsBot.Core.Answering;
using HfsBot.Core.Matching;

namespace HfsBot.Core.Tests.Matching;

public sealed class SplitWordsTests
{
    private static readonly FaqIndex Index = new(RealFaq.Catalog);

    private static List<string> Joined(string text) => SplitWords.Join(Index.Analyzer.ContentWords(text), Index);

    [Theory]
    [InlineData("how does boat ox stop the twitching")]
    [InlineData("how long does bow tox last")]
    [InlineData("how long do the boot ox shots last")]
    public void Join_DictatedSplitOfAKnownWord_IsReadAsOneWord(string question)
    {
        var words = Joined(question);

        Assert.Contains(words, w => Index.Typos.Find(w)?.Term == Index.Analyzer.ContentWords("botox")[0]);
        Assert.DoesNotContain("ox", words);
        Assert.DoesNotContain("tox", words);
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

        Assert.Equal(words, SplitWords.Join(words, Index));
    }

    [Fact]
    public void Answer_DictatedBotox_FindsTheBotoxEntry()
    {
        var reply = RealFaq.Answerer.Answer("how long does bow tox last for hemi facial");

        Assert.Equal(ReplyOutcome.Answer, reply.Outcome);
        Assert.Equal("botox-duration-frequency", reply.Entry!.Id);
    }
}
