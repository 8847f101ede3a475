using HfsBot.Core.Text;

namespace HfsBot.Core.Tests.Text;

public sealed class WordListsTests
{
    [Theory]
    [InlineData("hola")]
    [InlineData("bonjour")]
    [InlineData("sawubona")]
    [InlineData("namaste")]
    public void Everyday_GreetingsInOtherLanguages_AreChatNotATopic(string word) =>
        Assert.True(WordLists.Everyday.Contains(Stemmer.Stem(word)), word);

    [Theory]
    [InlineData("hernia")]
    // A place is not chat: "best neurologist in lagos", "the wait at the clinic in dublin" are about local
    // services the FAQ does not cover.
    [InlineData("lagos")]
    [InlineData("knee")]
    [InlineData("medicare")]
    public void Everyday_BodyPartsCostsAndPlaces_AreNotChat(string word) =>
        Assert.False(WordLists.Everyday.Contains(Stemmer.Stem(word)), word);

    [Theory]
    // The lists are read as stems, so a word there also takes every word that stems like it: "spine" took "head
    // spinning", and "chickens" took "chickened out of the op".
    [InlineData("spinning")]
    [InlineData("chickened")]
    public void TopicLists_DoNotTakeEverydayWordsThatStemLikeOneOfTheirs(string word)
    {
        Assert.False(WordLists.OtherTopics.Contains(Stemmer.Stem(word)), word);
        Assert.False(WordLists.OutOfScope.Contains(Stemmer.Stem(word)), word);
    }

    [Fact]
    public void Answer_AGreetingInAnotherLanguage_DoesNotPushAQuestionOutOfTheFaq()
    {
        var reply = RealFaq.Answerer.Answer("Sawubona everyone, how long does one treatment of the injections usually hold?");

        Assert.Contains("botox-duration-frequency", reply.Suggestions.Select(s => s.Id).Prepend(reply.Entry?.Id));
        Assert.NotEqual(HfsBot.Core.Answering.ReplyOutcome.None, reply.Outcome);
    }
}
