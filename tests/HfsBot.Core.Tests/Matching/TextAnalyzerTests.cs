using HfsBot.Core.Matching;
using HfsBot.Core.Text;

namespace HfsBot.Core.Tests.Matching;

public sealed class TextAnalyzerTests
{
    private readonly TextAnalyzer _analyzer = new(SynonymMap.Empty);

    [Fact]
    public void ContentWords_DropsCountsOrdinalsAndTextingLetters()
    {
        // "9th", "12" and "w"/"n" (with, and) name no topic: left in, they counted as words the FAQ never saw.
        var words = _analyzer.ContentWords("on my 9th round of botox in 12 yrs w my mum n dad, 2nd opinion");

        Assert.DoesNotContain("9th", words);
        Assert.DoesNotContain("12", words);
        Assert.DoesNotContain("2nd", words);
        Assert.DoesNotContain("w", words);
        Assert.DoesNotContain("n", words);
        Assert.Contains("botox", words);
        Assert.Equal(["spread", "sid"], _analyzer.ContentWords("rly, can tht spread to the othr side"));
    }

    [Fact]
    public void ContentWords_OnMyFeetIsStandingNotTheFeet()
    {
        Assert.DoesNotContain("feet", _analyzer.ContentWords("im like a zombie and wobbly on my feet"));
        Assert.DoesNotContain("feet", _analyzer.ContentWords("when were you back on your feet after the op"));
        Assert.Contains("feet", _analyzer.ContentWords("nerve pain in the feet from diabetes"));
        Assert.Contains("feet", _analyzer.ContentWords("botox for crows feet"));
    }

    [Fact]
    public void ContentWords_KeepsWordsThatOnlyStartWithDigits()
    {
        Assert.Contains("b12", _analyzer.ContentWords("does vitamin b12 help"));
        Assert.Contains("3d", _analyzer.ContentWords("is a 3d mri better"));
    }

    [Fact]
    public void ContentWords_DropsApologiesForAskingAtAll()
    {
        // "sorry, probably a dumb question" is how anxious members start; the words said nothing about the topic
        // but pulled questions toward the one FAQ phrasing that began the same way.
        var words = _analyzer.ContentWords("ok probably a dumb question, or a silly or stupid one, but what is hfs exactly");

        Assert.Equal(["hfs"], words);
    }

    [Fact]
    public void ContentWords_LeaveOutALettersGreetingAndSignOff()
    {
        // The names and places of a sign-off are words the FAQ never saw: they would count against every entry.
        var words = _analyzer.ContentWords("Good evening. How does botox work? Warm regards, Patricia (Galway)");

        Assert.Equal(["botox", "work"], words);
    }
}
