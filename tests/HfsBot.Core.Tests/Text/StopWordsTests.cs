using HfsBot.Core.Text;

namespace HfsBot.Core.Tests.Text;

public sealed class StopWordsTests
{
    [Theory]
    [InlineData("the")]
    [InlineData("whit")] // Scots
    [InlineData("cuales")] // Spanish
    [InlineData("kann")] // German
    [InlineData("yung")] // Tagalog
    [InlineData("wetin")] // Nigerian Pidgin
    [InlineData("jullie")] // Dutch
    [InlineData("dlaczego")] // Polish
    public void Contains_WordsOfEveryLanguageFile(string word) => Assert.True(StopWords.Contains(word));

    [Theory]
    // English words that are function words elsewhere: each list says why it leaves them out
    [InlineData("die")]
    [InlineData("car")]
    [InlineData("son")]
    [InlineData("man")]
    [InlineData("main")]
    [InlineData("ate")]
    [InlineData("op")] // Dutch "on", and the members' word for the operation
    [InlineData("come")] // Italian "how", and "will it come back"
    [InlineData("met")] // Dutch "with", and "never met anyone with it"
    [InlineData("er")] // Dutch "there", and the emergency room
    [InlineData("od")] // Polish "from", and an overdose
    // topic words that tell entries apart
    [InlineData("long")]
    [InlineData("after")]
    [InlineData("side")]
    public void LeavesOut_EnglishAndTopicWords(string word) => Assert.False(StopWords.Contains(word));

    [Fact]
    public void EveryWord_IsWrittenAsMatchingNormalisesIt()
    {
        // A word with an accent, a capital or an apostrophe would never be found: questions are normalised first.
        var lines = WordLists.ContentLinesOfFolder("stop-words").ToList();
        var words = lines.SelectMany(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();

        Assert.True(StopWords.Count > 900);
        Assert.All(words, word => Assert.Equal(TextNormalizer.Normalize(word), word));
    }
}
