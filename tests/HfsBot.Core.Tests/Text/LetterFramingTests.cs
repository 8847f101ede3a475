using HfsBot.Core.Text;

namespace HfsBot.Core.Tests.Text;

public sealed class LetterFramingTests
{
    [Theory]
    [InlineData("Good evening. Could someone describe what the surgeon does? Warm regards, Patricia (Galway)", "Could someone describe what the surgeon does?")]
    [InlineData("Dear members, what does the diagnostic process involve? With thanks, Brian (Ontario)", "what does the diagnostic process involve?")]
    [InlineData("Dear all, why would a vessel make my cheek jump? Kind regards, Desmond (Cork)", "why would a vessel make my cheek jump?")]
    [InlineData("Good afternoon everyone. What is this condition? Many thanks, Margaret", "What is this condition?")]
    [InlineData("Hello from Krakow. Is treatment different after Bell's palsy?", "Is treatment different after Bell's palsy?")]
    [InlineData("Sawubona from Durban, how long does one treatment of the injections usually hold?", "how long does one treatment of the injections usually hold?")]
    [InlineData("Bom dia from Porto! can botox stop working?", "can botox stop working?")]
    [InlineData("G'day from Perth, does it spread to the other side?", "does it spread to the other side?")]
    [InlineData("Buenos días, ¿is gamma knife an option?", "¿is gamma knife an option?")]
    [InlineData("Ola, from Sao Paulo. Hemifacial spasm disappear alone?", "Hemifacial spasm disappear alone?")]
    [InlineData("how long does botox last? thanks everyone!", "how long does botox last?")]
    [InlineData("is mvd worth it? Cheers, Tom", "is mvd worth it?")]
    public void Strip_RemovesTheGreetingAndTheSignOff(string message, string question) =>
        Assert.Equal(question, LetterFraming.Strip(message).Trim());

    [Theory]
    [InlineData("thanks, does botox hurt?")] // the question comes after the thanks
    [InlineData("evening primrose oil for the twitch?")] // not a greeting
    [InlineData("Hi there does the op hurt")] // a greeting without a break: its words are filler anyway
    [InlineData("question with regards to recovery time")]
    [InlineData("is it true that botox wears off, thanks to antibodies?")]
    [InlineData("my neuro, Dr Best, says mvd")]
    public void Strip_LeavesTheQuestionAlone(string message) =>
        Assert.Equal(message, LetterFraming.Strip(message));

    [Fact]
    public void Strip_AMessageThatIsOnlyAGreetingAndThanks_LeavesNothingToMatch() =>
        Assert.Equal("", LetterFraming.Strip("Hello all, thank you!").Trim());
}
