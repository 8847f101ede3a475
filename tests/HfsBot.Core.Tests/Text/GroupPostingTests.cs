using HfsBot.Core.Text;

namespace HfsBot.Core.Tests.Text;

public sealed class GroupPostingTests
{
    [Theory]
    [InlineData("can i post a video of my spasm in this channel")]
    [InlineData("is it ok to post a clip of my eye going in here?")]
    [InlineData("can I share my youtube video about my surgery in here")]
    [InlineData("are we allowed to post photos from after the op on this server")]
    [InlineData("could I post a questionnaire for my dissertation on facial spasm")]
    [InlineData("am i allowed to post pics of my face after botox")]
    [InlineData("can i post a picture of my eye so everyone can see how bad it gets")]
    public void AsksToPost_PermissionToPostInTheGroup_IsTrue(string message) =>
        Assert.True(GroupPosting.AsksToPost(TextNormalizer.Normalize(message, 500)), message);

    [Theory]
    // A video for the doctor, or one watched, is about HFS: the FAQ answers it.
    [InlineData("should i video my twitching on my phone to show the doctor")]
    [InlineData("can i share a video of the spasm with my neurologist")]
    [InlineData("watched a youtube video about mvd, is it really keyhole")]
    [InlineData("can i post my botox appointment letter to the clinic")]
    [InlineData("can i send a photo of my face to the neurologist so he can see it")]
    public void AsksToPost_AnythingElse_IsFalse(string message) =>
        Assert.False(GroupPosting.AsksToPost(TextNormalizer.Normalize(message, 500)), message);

    [Fact]
    public void Answer_QuestionAboutPostingInTheGroup_GetsNoAnswerNotSuggestions()
    {
        var reply = RealFaq.Answerer.Answer("is it ok to post a video of my spasm in here");

        Assert.Equal(HfsBot.Core.Answering.ReplyOutcome.None, reply.Outcome);
        Assert.Empty(reply.Suggestions);
        Assert.True(reply.Match!.AsksToPost);
    }
}
