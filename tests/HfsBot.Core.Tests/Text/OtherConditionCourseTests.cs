using HfsBot.Core.Answering;
using HfsBot.Core.Text;

namespace HfsBot.Core.Tests.Text;

public sealed class OtherConditionCourseTests
{
    [Theory]
    // written for this test, not taken from the labelled sets
    [InlineData("my sister got bells palsy on monday, how long until her smile comes back")]
    [InlineData("how long is recovery from a mini stroke? asking for my dad")]
    [InlineData("anything help bell's palsy heal faster, my colleague has it")]
    [InlineData("grandma's stroke rehab, what helps at home")]
    [InlineData("is bells palsy contagious, my kid's teacher has it")]
    [InlineData("recovery time after surgery for a brain tumour")]
    [InlineData("radiotherapy for a vestibular schwannoma, any tips")]
    [InlineData("tinnitus all the time since the concert")]
    public void AsksAbout_AnotherConditionsOwnCourse_IsTrue(string message) =>
        Assert.True(OtherConditionCourse.AsksAbout(TextNormalizer.Normalize(message, 500)), message);

    [Theory]
    // HFS named or described, or the operation: the FAQ answers these.
    [InlineData("can bells palsy turn into hemifacial spasm later on")]
    [InlineData("since my bells palsy healed my eye shuts when i smile, will that get better")]
    [InlineData("had bells palsy years ago, recovered, now my cheek flickers when i chew")]
    [InlineData("a bells palsy kind of weakness after the decompression, how long to recover")]
    [InlineData("how do i tell a stroke from my hfs")]
    [InlineData("what are the signs of a stroke")]
    [InlineData("could my twitching be a brain tumour")]
    [InlineData("is a tumour ever the cause of hfs, and would gamma knife treat it")]
    [InlineData("had my op last month, a bells palsy type weakness since, will it recover")]
    [InlineData("why do they scan for a tumour when you have this")]
    [InlineData("ringing in my ears since the mvd, will it stop")]
    public void AsksAbout_QuestionsAboutHfs_IsFalse(string message) =>
        Assert.False(OtherConditionCourse.AsksAbout(TextNormalizer.Normalize(message, 500)), message);

    [Fact]
    public void Answer_AnotherConditionsCourse_GetsNoAnswerNotSuggestions()
    {
        var reply = RealFaq.Answerer.Answer("my sister got bells palsy on monday, how long until her smile comes back");

        Assert.Equal(ReplyOutcome.None, reply.Outcome);
        Assert.Empty(reply.Suggestions);
        Assert.True(reply.Match!.AsksAboutOtherCondition);
    }
}
