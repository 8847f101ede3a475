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
    [InlineData("what's the usual treatment for bell's palsy, my husband woke up with it")]
    [InlineData("is bells palsy contagious, my kid's teacher has it")]
    [InlineData("recovery time after surgery for a brain tumour")]
    [InlineData("radiotherapy for a vestibular schwannoma, any tips")]
    [InlineData("tinnitus all the time since the concert")]
    [InlineData("which tablets are best for epilepsy, my nephew just got diagnosed")]
    [InlineData("how do they treat bells palsy in the first few days")]
    [InlineData("how is blepharospasm treated")]
    [InlineData("my friend had bells palsy in june, how long until her face moves normally again")]
    [InlineData("can type 1 diabetes ever be reversible")]
    [InlineData("best way to bring my blood pressure down without pills")]
    [InlineData("my aunt has multiple sclerosis, can it be cured these days")]
    [InlineData("anything good for back pain after a long drive")]
    public void AsksAbout_AnotherConditionsOwnCourse_IsTrue(string message) =>
        Assert.True(OtherConditionCourse.AsksAbout(TextNormalizer.Normalize(message, 500), namesHfs: false), message);

    [Theory]
    // What HFS does described, its treatment or someone's own operation: the FAQ answers these.
    [InlineData("since my bells palsy healed my eye shuts when i smile, will that get better")]
    [InlineData("had bells palsy years ago, recovered, now my cheek flickers when i chew")]
    [InlineData("a bells palsy kind of weakness after the decompression, how long to recover")]
    [InlineData("what are the signs of a stroke")]
    [InlineData("could my face be a brain tumour")]
    [InlineData("had my op last month, a bells palsy type weakness since, will it recover")]
    [InlineData("why do they scan for a tumour when you have this")]
    [InlineData("ringing in my ears since the mvd, will it stop")]
    [InlineData("since my bells palsy my mouth moves when i blink, how long does that last")]
    [InlineData("my dad had a mini stroke last year, is tegretol ok for him, how long before it helps")]
    [InlineData("i have diabetes and high blood pressure, is the decompression op good for me")]
    [InlineData("will botox lower my blood pressure")]
    public void AsksAbout_QuestionsAboutHfs_IsFalse(string message) =>
        Assert.False(OtherConditionCourse.AsksAbout(TextNormalizer.Normalize(message, 500), namesHfs: false), message);

    [Fact]
    public void AsksAbout_AQuestionThatNamesHfs_IsFalse() =>
        Assert.False(OtherConditionCourse.AsksAbout(TextNormalizer.Normalize("bells palsy recovery time, and can it turn into hfs", 500), namesHfs: true));

    [Theory]
    // Named through the matcher's synonyms ("twitching", "espasmo"), not by this class's own patterns.
    [InlineData("can bells palsy turn into hemifacial spasm later on, how long does that take")]
    [InlineData("is a tumour ever the cause of the twitching, and how long is recovery from gamma knife")]
    public void Answer_AQuestionNamingHfs_IsNotAnotherConditionsCourse(string message) =>
        Assert.False(RealFaq.Answerer.Answer(message).Match!.AsksAboutOtherCondition);

    [Fact]
    public void Answer_AnotherConditionsCourse_GetsNoAnswerNotSuggestions()
    {
        var reply = RealFaq.Answerer.Answer("my sister got bells palsy on monday, how long until her smile comes back");

        Assert.Equal(ReplyOutcome.None, reply.Outcome);
        Assert.Empty(reply.Suggestions);
        Assert.True(reply.Match!.AsksAboutOtherCondition);
    }
}
