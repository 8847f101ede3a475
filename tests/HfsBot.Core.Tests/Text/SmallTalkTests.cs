using HfsBot.Core.Text;

namespace HfsBot.Core.Tests.Text;

public sealed class SmallTalkTests
{
    [Theory]
    [InlineData("good morning all ☀️ hope everyone has a twitch-free day")]
    [InlineData("Hi everyone!")]
    [InlineData("evening all x")]
    [InlineData("hope you're all having a good week")]
    [InlineData("Merry Christmas from Wales")]
    [InlineData("Namaste everyone")]
    [InlineData("Olá a todos!")]
    public void Greetings_AreGreetings(string message) => Assert.Equal(SmallTalkKind.Greeting, SmallTalk.Classify(message));

    [Theory]
    [InlineData("cheers bot, that actually helped a lot")]
    [InlineData("Thank you!!")]
    [InlineData("thx, very helpful")]
    [InlineData("hi, thanks for this")]
    public void Thanks_AreThanks(string message) => Assert.Equal(SmallTalkKind.Thanks, SmallTalk.Classify(message));

    [Theory]
    [InlineData("cheers bot, that actually helped a lot", SmallTalkKind.Thanks)]
    [InlineData("hi, thanks for this", SmallTalkKind.Thanks)]
    [InlineData("good morning all, hope everyone has a twitch-free day", SmallTalkKind.None)]
    [InlineData("thanks! also is mvd risky", SmallTalkKind.None)]
    public void ClassifyThanks_FindsThanksAndNothingElse(string message, SmallTalkKind expected) =>
        Assert.Equal(expected, SmallTalk.ClassifyThanks(message));

    [Theory]
    [InlineData("hi, how long does botox last?")]
    [InlineData("thanks! also is mvd risky")]
    [InlineData("hello, does anyone know if tegretol causes rashes")]
    [InlineData("morning all, botox wore off after 6 weeks again and i am fed up with going back to the clinic so often because it takes ages")]
    [InlineData("botox wore off early")]
    [InlineData("")]
    public void QuestionsAndLongOrPlainMessages_AreNotSmallTalk(string message) =>
        Assert.Equal(SmallTalkKind.None, SmallTalk.Classify(message));

    [Theory]
    [InlineData("good evening everyone 👋", true)]
    [InlineData("Morning all!", true)]
    [InlineData("hi there", true)]
    [InlineData("good evening to you all", true)]
    [InlineData("evening spasms are the worst", false)]
    [InlineData("morning botox or afternoon?", false)]
    [InlineData("hi my eye twitches every evening", false)]
    [InlineData("knock knock bot, tell me a joke to cheer me up", true)]
    [InlineData("are you a real person or a bot?", true)]
    [InlineData("my husband jokes about my twitch, how do i explain hfs to him", false)]
    [InlineData("", false)]
    public void ClassifyThanks_AlsoFindsMessagesThatOnlySayHelloOrChatWithTheBot(string message, bool greeting) =>
        Assert.Equal(greeting ? SmallTalkKind.Greeting : SmallTalkKind.None, SmallTalk.ClassifyThanks(message));

    [Theory]
    // Wishes for a day, goodnights, goodbyes and thanks in other languages.
    [InlineData("happy diwali everyone", SmallTalkKind.Greeting)]
    [InlineData("nite nite all, sleep well", SmallTalkKind.Greeting)]
    [InlineData("bore da everyone", SmallTalkKind.Greeting)]
    [InlineData("exams next week, wish me luck", SmallTalkKind.Greeting)]
    [InlineData("chur bro", SmallTalkKind.Thanks)]
    [InlineData("danke for the warm welcome", SmallTalkKind.Thanks)]
    [InlineData("just wanted to say how grateful i am for this group", SmallTalkKind.Thanks)]
    // Someone to talk to, a test of the bot, a question about the bot or the group.
    [InlineData("anyone around tonight?", SmallTalkKind.Greeting)]
    [InlineData("anyone awake on night shift?", SmallTalkKind.Greeting)]
    [InlineData("test 123", SmallTalkKind.Greeting)]
    [InlineData("is the bot down?", SmallTalkKind.Greeting)]
    [InlineData("gran here, how do i reply", SmallTalkKind.Greeting)]
    [InlineData("is this group private", SmallTalkKind.Greeting)]
    [InlineData("who runs this", SmallTalkKind.Greeting)]
    [InlineData("can i post a link here", SmallTalkKind.Greeting)]
    // Check-ins and a good mood said to the group, missing the group, asking for prayers.
    [InlineData("how's everybody doing today", SmallTalkKind.Greeting)]
    [InlineData("feeling good this morning folks", SmallTalkKind.Greeting)]
    [InlineData("missed you all", SmallTalkKind.Greeting)]
    [InlineData("long shift ahead, pray for me", SmallTalkKind.Greeting)]
    [InlineData("anyone watching the football", SmallTalkKind.Greeting)]
    [InlineData("bot are you awake", SmallTalkKind.Greeting)]
    // Errands and complaints for the bot itself.
    [InlineData("can you book my next botox appointment", SmallTalkKind.Greeting)]
    [InlineData("can you help me write a letter to my boss", SmallTalkKind.Greeting)]
    [InlineData("why do you keep saying ask your doctor", SmallTalkKind.Greeting)]
    [InlineData("do you save what i write here", SmallTalkKind.Greeting)]
    [InlineData("bot write me a poem about spring", SmallTalkKind.Greeting)]
    [InlineData("bot do you keep a record of my questions", SmallTalkKind.Greeting)]
    [InlineData("bot can you make me a meme about my twitchy eye", SmallTalkKind.Greeting)]
    [InlineData("remind me to ring the clinic on friday", SmallTalkKind.Greeting)]
    // A story said to be shared is chat to the group at any length.
    [InlineData("had a long recovery after my operation with a leak and two weeks in hospital, but all fine in the end, just sharing my experience for the new folk", SmallTalkKind.Greeting)]
    // A low mood, or a check-in with more to say, is left to matching.
    [InlineData("bit low today", SmallTalkKind.None)]
    [InlineData("feeling good after the botox but my eye is still droopy", SmallTalkKind.None)]
    // other languages are read in English first (ForeignPhrases): Dutch "bedankt" and "goedemorgen" are not listed here
    [InlineData("vandaag precies een jaar na mijn operatie, bedankt allemaal", SmallTalkKind.Thanks)]
    [InlineData("goedemorgen allemaal", SmallTalkKind.Greeting)]
    [InlineData("dzien dobry wszystkim", SmallTalkKind.Greeting)]
    // Questions with the same openings are not small talk.
    [InlineData("anyone here tried xeomin instead of botox?", SmallTalkKind.None)]
    [InlineData("anyone on tegretol?", SmallTalkKind.None)]
    [InlineData("what test confirms hfs", SmallTalkKind.None)]
    [InlineData("happy with my botox but how long does it last?", SmallTalkKind.None)]
    [InlineData("what can you do about hfs", SmallTalkKind.None)]
    [InlineData("is this working, botox 3 weeks ago", SmallTalkKind.None)]
    public void Classify_ChatAroundTheGroup(string message, SmallTalkKind expected) =>
        Assert.Equal(expected, SmallTalk.Classify(message));

    [Theory]
    [InlineData("how long does botox last", true)]
    [InlineData("anyone know a good way to cope", true)]
    [InlineData("botox wore off early?", true)]
    [InlineData("wondering if the jabs get easier", true)]
    [InlineData("my jabs were yesterday", false)]
    // had/have/has followed by a thing tells what someone had; followed by a person it asks
    [InlineData("had my second lot of botox today", false)]
    [InlineData("have a scan on monday, nervous", false)]
    [InlineData("had anyone tried acupuncture for this", true)]
    [InlineData("have you had the op", true)]
    [InlineData("have a question about the jabs", true)]
    [InlineData("good morning all", false)]
    // read in English first (ForeignPhrases): no question mark is needed in another language either
    [InlineData("wie lange hält botox", true)]
    [InlineData("cuanto dura el botox", true)]
    [InlineData("hoe lang werkt botox", true)]
    [InlineData("heute war ein guter tag", false)]
    public void QuestionDetector_TellsQuestionsFromRemarks(string message, bool expected) =>
        Assert.Equal(expected, QuestionDetector.LooksLikeQuestion(message));
}
