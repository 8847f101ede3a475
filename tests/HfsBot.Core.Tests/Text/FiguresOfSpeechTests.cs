using System.Text.RegularExpressions;
using HfsBot.Core.Text;
using HfsBot.Testing;

namespace HfsBot.Core.Tests.Text;

public sealed class FiguresOfSpeechTests
{
    [Theory]
    [InlineData("my boss is driving me mad", "driving me mad")]
    [InlineData("the nerve of that cashier!", "nerve of that")]
    [InlineData("nerves before my job interview", "nerves before my job interview")]
    [InlineData("couldn't keep a straight face lol", "keep a straight face")]
    [InlineData("keep an eye on the kids for me", "keep an eye on the kids")]
    [InlineData("this heat is killing me", "heat is killing me")]
    [InlineData("my boss gives me a headache", "boss gives me a headache")]
    [InlineData("car went in for surgery haha", "car went in for surgery")]
    [InlineData("need a shot of espresso", "need a shot of espresso")]
    [InlineData("twitchy about my exam results", "twitchy about my exam")]
    [InlineData("my son is on my last nerve today", "last nerve")]
    [InlineData("that maths test was brain surgery lol", "test was brain surgery")]
    [InlineData("i'm all ears", "all ears")]
    [InlineData("i could kill for a cuppa", "kill for a ")]
    [InlineData("surgery hours at the gp are a joke", "surgery hours at the gp")]
    [InlineData("my nerves are shot from work", "nerves are shot")]
    public void Find_EverydayFigures_AreFound(string message, string expected)
    {
        var normalized = TextNormalizer.Normalize(message);

        Assert.Equal(expected, FiguresOfSpeech.Find(normalized) is { } span ? normalized[span] : null);
    }

    [Theory]
    // The same words said plainly, about the face, the nerve or a treatment, are questions.
    [InlineData("which nerve of the face is affected in hfs")]
    [InlineData("do they keep an eye on your hearing during mvd")]
    [InlineData("how do the injections in my face actually stop it")]
    [InlineData("the twitch on my face when sleeping, is that normal")]
    [InlineData("nervous before my mvd next week, what should i expect")]
    [InlineData("botox gives me a headache for a day, is that common")]
    [InlineData("two months after the op and i still need a nap every afternoon")]
    [InlineData("surgeon called it keyhole, so it's not really brain surgery, right?")]
    [InlineData("")]
    public void Find_PlainWords_AreNotFigures(string message) =>
        Assert.Null(FiguresOfSpeech.Find(TextNormalizer.Normalize(message)));

    [Fact]
    public void Find_TriesTheFiguresOnlyAtTheirFirstWords_AndMissesNone()
    {
        // Find tries the pattern only where a word of its FirstWords list starts. A figure added without its first
        // word in that list would never be found: scanning every labelled message with the whole pattern finds it.
        var everywhere = new Regex(@"\b" + FiguresOfSpeech.Figures + @"\b", RegexOptions.CultureInvariant);
        var messages = Directory.GetFiles(Path.Combine(RepoPaths.Root, "tests", "data"), "*.tsv")
            .SelectMany(File.ReadLines)
            .Select(line => TextNormalizer.Normalize(line.Split('\t')[0]));
        var scanned = 0;
        var found = 0;
        foreach (var normalized in messages)
        {
            var expected = everywhere.Match(normalized);
            var actual = FiguresOfSpeech.Find(normalized);
            Assert.True(expected.Success == actual.HasValue, normalized);
            if (actual is { } span)
            {
                Assert.Equal(expected.Value, normalized[span]);
                found++;
            }

            scanned++;
        }

        Assert.True(scanned > 10_000 && found > 20, $"{scanned} messages, {found} figures"); // the data is there to compare on
    }
}
