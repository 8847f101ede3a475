using HfsBot.Core.Text;

namespace HfsBot.Core.Tests.Text;

public sealed class ForeignPhrasesTests
{
    [Theory]
    [InlineData("fievre et la nuque raide depuis ce matin", "fever and stiff neck this morning")]
    [InlineData("ma femme a la bouche de travers", "ma femme a la mouth drooping")]
    // French elision without the apostrophe: "l'oreille", "j'entends", and "j'" in spoken French before any word
    [InlineData("derriere loreille", "behind the ear")]
    [InlineData("jentends plus rien", "cant hear anything")]
    [InlineData("jpense juste a mourir", "i keep thinking about die")]
    // German umlauts typed as "ue", or dropped by normalising
    [InlineData("muede vom leben", "tired of life")]
    [InlineData("mude vom leben", "tired of life")]
    [InlineData("ich will nicht mehr aufwachen", "i will never wake up again")]
    [InlineData("mijn moeder praat ineens raar", "my mum slurred speech")]
    // a word with two meanings: alone its commonest, the other only inside a phrase that settles it
    [InlineData("de uitslag van de mri", "the results de mri")]
    [InlineData("uitslag op mijn huid", "a rash")]
    [InlineData("wie haufig muss man", "how often do you need")]
    [InlineData("wie haufig ist das", "how common is it")]
    // the time after "ago", as the rules' past-event exceptions read it
    [InlineData("meningite il y a 2 ans", "meningite 2 years ago")]
    [InlineData("pas de fievre pas de fuite", "no fever no fuite")]
    public void Translate_ReadsListedPhrasesInEnglish(string normalized, string expected) =>
        Assert.Equal(expected, ForeignPhrases.Translate(normalized));

    [Theory]
    // English stays exactly as written, including words that begin like an elision ("set", "met", "sand")
    [InlineData("had a csf leak 3 yrs ago set up a drain and met the surgeon")]
    [InlineData("my op was on monday and the wound is fine")]
    [InlineData("does tegretol cause a rash with blisters")]
    [InlineData("vomit and liquor on the sofa")]
    // English phrases once listed by mistake: each cost an English emergency or risked a false alarm
    [InlineData("day 3 post op and clear fluid from my nose")]
    [InlineData("scared i will die op day is friday")]
    public void Translate_LeavesEnglishAlone(string normalized) =>
        Assert.Same(normalized, ForeignPhrases.Translate(normalized));

    [Fact]
    public void List_IsLoadedFromTheEmbeddedFiles() => Assert.True(ForeignPhrases.Count > 300);

    [Fact]
    public void NoPhrase_IsListedTwiceWithDifferentReadings()
    {
        // The lists are one table: the same words read two ways (in two languages, say) would be read either way.
        var readings = new Dictionary<string, string>(StringComparer.Ordinal);
        var conflicts = new List<string>();
        foreach (var line in WordLists.ContentLinesOfFolder("other-languages"))
        {
            var split = line.IndexOf(" = ", StringComparison.Ordinal);
            var english = TextNormalizer.Normalize(line[(split + 3)..]);
            foreach (var variant in line[..split].Split('|').Select(v => TextNormalizer.Normalize(v)))
            {
                if (readings.TryGetValue(variant, out var earlier) && earlier != english)
                {
                    conflicts.Add($"'{variant}': '{earlier}' and '{english}'");
                }

                readings[variant] = english;
            }
        }

        Assert.Empty(conflicts);
    }
}
