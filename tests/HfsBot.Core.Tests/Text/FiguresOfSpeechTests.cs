using HfsBot.Core.Text;

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
    [InlineData("")]
    public void Find_PlainWords_AreNotFigures(string message) =>
        Assert.Null(FiguresOfSpeech.Find(TextNormalizer.Normalize(message)));
}
