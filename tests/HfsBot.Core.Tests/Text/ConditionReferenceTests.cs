using HfsBot.Core.Text;

namespace HfsBot.Core.Tests.Text;

public sealed class ConditionReferenceTests
{
    [Theory]
    [InlineData("is this more of a women thing?")]
    [InlineData("wondering what sets this off to begin with")]
    [InlineData("How rare is this condition really?")]
    [InlineData("my boyfriend was told there are a few routes for treating this. what are they")]
    [InlineData("does it go this way too?")]
    [InlineData("does coffee make it worse?")]
    public void RefersToCondition_ThisAsTheThingTheMemberHas_IsTrue(string message) =>
        Assert.True(ConditionReference.RefersToCondition(message));

    [Theory]
    [InlineData("missed my tegretol this morning, can i take two tonight")]
    [InlineData("how do i change my nickname on this server")]
    [InlineData("whats everyone up to this weekend?")]
    [InlineData("lol this bot is smarter than my gp")]
    [InlineData("how long does the botox last")]
    [InlineData("thistle tea for twitching?")]
    public void RefersToCondition_ThisAsATimePlaceOrTheBot_IsFalse(string message) =>
        Assert.False(ConditionReference.RefersToCondition(message));
}
