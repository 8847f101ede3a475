using HfsBot.Core.Text;

namespace HfsBot.Core.Tests.Text;

public sealed class TextSpeakTests
{
    [Theory]
    [InlineData("i wnt 2 die srsly im nt ok", "i want to die seriously im not ok")]
    [InlineData("cnt do this anymr 2nite is the nite sry every1", "cant do this anymore tonight is the night sorry everyone")]
    [InlineData("wont b around 4 the meetup nxt wk", "wont be around for the meetup next week")]
    [InlineData("my sodium went low last yr", "my sodium went low last year")]
    [InlineData("which 1 wud u pick", "which one would you pick")]
    public void Expand_SpellsOutTextSpeak(string normalized, string expected) =>
        Assert.Equal(expected, TextSpeak.Expand(normalized));

    [Theory]
    // numbers stay numbers: "2 days after mvd", "took 4 tablets", "need 2 injections"
    [InlineData("2 days after mvd")]
    [InlineData("took 4 tablets last night")]
    [InlineData("do i need 2 injections")]
    [InlineData("went 2 days without")]
    // Portuguese and Spanish words that look like text-speak: "me jogar da janela"
    [InlineData("me jogar da janela")]
    public void Expand_LeavesNumbersAndOtherLanguagesAlone(string normalized) =>
        Assert.Same(normalized, TextSpeak.Expand(normalized));
}
