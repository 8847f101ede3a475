using HfsBot.Core.Answering;
using HfsBot.Core.Text;

namespace HfsBot.Core.Tests.Text;

public sealed class GroupNewsTests
{
    [Theory]
    // written for this test, not taken from the labelled sets
    [InlineData("face been twitchy all day, just venting")]
    [InlineData("waited 11 months for a neuro appointment and they cancelled AGAIN. rant over")]
    [InlineData("injections all done for another round")]
    [InlineData("surgery went smoothly, back home")]
    [InlineData("three months after my mvd and still spasm free")]
    [InlineData("day 5 post op feeling good")]
    [InlineData("mvd on friday, excited")]
    [InlineData("finally got my surgery date!")]
    [InlineData("congratulations on the surgery")]
    [InlineData("good luck with the injections tomorrow")]
    [InlineData("no twitching for three whole days!")]
    [InlineData("face behaving itself this morning")]
    [InlineData("my cheek winked at the bus driver haha")]
    [InlineData("you're not alone in this")]
    [InlineData("eye was quiet the whole evening")]
    [InlineData("two years since my mvd and not one twitch")]
    [InlineData("consultation with the surgeon done, now we wait for a date")]
    [InlineData("had my fifth round of jabs this morning, all quick")]
    [InlineData("eight weeks twitch free after my op")]
    [InlineData("back from the hospital, got a date for my mvd")]
    [InlineData("op date came through for april")]
    [InlineData("had my mvd consultation this morning, booked for the autumn")]
    // a story of any length that says it is shared, not asked
    [InlineData("had a rough first year after my operation with a leak and a long stay in hospital but it all settled, just sharing my experience for anyone waiting")]
    // an anniversary, a treatment nobody noticed, a step finally agreed
    [InlineData("3 year surgiversary today, still spasm free!")]
    [InlineData("back at the office after my botox, no one noticed")]
    [InlineData("first week back at work since the mvd, all good")]
    [InlineData("2 months post op today, good week")]
    [InlineData("mum has finally agreed to see a neurologist in may. so relieved")]
    public void IsNews_OwnGroupNewsOrWishes_IsTrue(string message) => Assert.True(GroupNews.IsNews(message), message);

    [Theory]
    // a question, or something wrong, is never news
    [InlineData("mvd ok for over 75s?")]
    [InlineData("botox done but my eye is drooping")]
    [InlineData("jabs done last week, still twitching")]
    [InlineData("op next week, should i stop my tablets")]
    [InlineData("3 weeks post op headache")]
    [InlineData("how long after the op feeling ok again")]
    [InlineData("botox wear off early")]
    [InlineData("mvd recovery time")]
    [InlineData("no spasm since the op but my ear is ringing")]
    [InlineData("face calm today, is that the botox?")]
    [InlineData("my eye winked at my boss, how do i explain it")]
    [InlineData("a year since my mvd and no spasms but my hearing is worse")]
    [InlineData("scan done, they found a vessel on the nerve, what now")]
    [InlineData("had my jabs this morning but my eyelid is drooping")]
    [InlineData("just sharing my story, has anyone else had a leak after mvd?")]
    [InlineData("a year since my mvd anniversary and the twitch is back")]
    [InlineData("finally agreed to the op but my hearing worries me")]
    public void IsNews_QuestionOrComplaint_IsFalse(string message) => Assert.False(GroupNews.IsNews(message), message);

    [Fact]
    public void Answer_GroupNews_GetsTheGreetingNotAnArticle()
    {
        var reply = RealFaq.Answerer.Answer("botox all done, home with a cuppa");

        Assert.Equal(ReplyOutcome.None, reply.Outcome);
        Assert.Equal(SmallTalkKind.Greeting, reply.SmallTalk);
        Assert.False(reply.IsUnanswered);
    }
}
