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
    [InlineData("jpense juste a mourir", "i want to die")]
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
    // a language's own spellings only for its own phrases: Spanish "mucho" is not the Polish "ucho" (ear) without an
    // elision, Dutch "niemand" (nobody) not "iemand" (somebody), but Italian "lintervento" is "l'intervento"
    [InlineData("me duele mucho la cara", "it hurts mucho face")]
    [InlineData("niemand weet het", "niemand weet it")]
    [InlineData("dopo lintervento", "after the operation")]
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
    // English words that are a listed word without their first letter or with "oe" read as "o"
    [InlineData("what does my clinic letter mean")]
    [InlineData("my diets changed and i continue to twitch")]
    // English words a list or an elision once read as foreign ones ("metre" as "m'etre", "lesser" as "l'esser")
    [InlineData("is a 10 metre dive ok after mvd")]
    [InlineData("which is the lesser evil")]
    [InlineData("a part of my face twitches")]
    [InlineData("when does the effect commence")]
    [InlineData("thier botox wore off")]
    [InlineData("she copes well")]
    [InlineData("we unite as a group")]
    public void Translate_LeavesEnglishAlone(string normalized)
    {
        Assert.Same(normalized, ForeignPhrases.Translate(normalized));
        Assert.Same(normalized, ForeignPhrases.TranslateWithTypos(normalized));
    }

    [Fact]
    public void List_IsLoadedFromTheEmbeddedFiles() => Assert.True(ForeignPhrases.Count > 300);

    [Fact]
    public void NoPhrase_IsListedTwiceWithDifferentReadings()
    {
        // The same words read two ways (in two languages, say) would be read either way, whichever table is asked first.
        var conflicts = ForeignPhrases.ReadLists()
            .GroupBy(listed => listed.Phrase, StringComparer.Ordinal)
            .Where(spellings => spellings.Select(listed => listed.English).Distinct(StringComparer.Ordinal).Count() > 1)
            .Select(spellings => $"'{spellings.Key}': {string.Join(", ", spellings.Select(listed => $"'{listed.English}' ({listed.Language})"))}")
            .ToList();

        Assert.Empty(conflicts);
    }

    /// <summary>
    /// The FAQ's answers are our own English: none of their words may read as another language's, alone or through an
    /// elision or an umlaut spelling ("copes" once read as the French "opes", "metre" as "m'etre"). A brand name may
    /// read as its medicine ("rivotril" as clonazepam, so the safety rules see it), since synonyms.yml says the same.
    /// </summary>
    [Fact]
    public void Translate_LeavesEveryWordOfTheFaqAnswersAlone()
    {
        var words = RealFaq.Catalog.Entries
            .SelectMany(entry => TextNormalizer.Tokenize(TextNormalizer.Normalize(entry.Title + " " + entry.Body, int.MaxValue)))
            .Distinct(StringComparer.Ordinal)
            .ToList();

        Assert.True(words.Count > 1000, $"{words.Count} words");
        var synonyms = RealFaq.Catalog.Synonyms;
        var misread = words
            .Select(word => (Word: word, Reading: ForeignPhrases.Translate(word)))
            .Where(read => !ReferenceEquals(read.Word, read.Reading) && !IsSynonym(read.Word, read.Reading))
            .Select(read => $"{read.Word} -> {read.Reading}");
        Assert.Empty(misread);

        bool IsSynonym(string word, string reading) =>
            synonyms.Rewrite([word]) is [var canonical] && synonyms.Rewrite([reading]) is [var readingCanonical]
            && canonical == readingCanonical;
    }

    [Theory]
    // A message that reads in another language has its misspelt words read as the listed word a thumb slipped from:
    // a missing letter, a doubled one, swapped neighbours, a neighbouring key.
    [InlineData("hab seit der spritze kopfschmerzn", "have since the injection headache")]
    [InlineData("hab seit der spritze kopfschmerrzen", "have since the injection headache")]
    [InlineData("hab seit der spritze kopfschmerzne", "have since the injection headache")]
    [InlineData("hab seit der spritze kopfschmetzen", "have since the injection headache")]
    [InlineData("tengo dolor desde la operacon", "i have pain since the operation")]
    public void TranslateWithTypos_MessageInAnotherLanguage_ReadsATypoAsTheListedWord(string normalized, string expected)
    {
        Assert.Equal(expected, ForeignPhrases.TranslateWithTypos(normalized));
        Assert.NotEqual(expected, ForeignPhrases.Translate(normalized)); // triage reads only what is listed
    }

    [Theory]
    // Every kind of slip at every place, the word cut short and run on: read or left, never an error.
    [InlineData("kopfschmerzen")]
    [InlineData("operacja")]
    [InlineData("nebenwirkungen")]
    public void TranslateWithTypos_EverySlipOfAListedWord_IsReadWithoutError(string word)
    {
        var slips = Enumerable.Range(0, word.Length).SelectMany(i => new[]
        {
            word.Remove(i, 1),
            word.Insert(i, word[i].ToString()),
            word[..i],
            word + word[i],
            i + 1 < word.Length ? string.Concat(word[..i], word[i + 1].ToString(), word[i].ToString(), word[(i + 2)..]) : word,
        });

        foreach (var slip in slips)
        {
            var reading = ForeignPhrases.TranslateWithTypos($"hab seit der spritze {slip}");
            Assert.StartsWith("have since the injection", reading, StringComparison.Ordinal);
        }
    }

    [Theory]
    // Not a slip: a wrong first letter, a wrong letter far from the right key, a letter too many far from its
    // neighbours, a word of another language than the message's (a Dutch message's "operacon" is not the Spanish
    // "operacion"), an English word (a knife is not a German knee) or everyday one the dictionary lacks ("canada" is
    // not "cansada", tired), or an English message with one foreign word in it.
    [InlineData("hab seit der spritze jopfschmerzen", "jopfschmerzen")]
    [InlineData("hab seit der spritze kopfschmerzqn", "kopfschmerzqn")]
    [InlineData("gibt es gamma knife fur hemifazialen spasmus", "knife")]
    [InlineData("hab seit der spritze kopfschmexrzen", "kopfschmexrzen")]
    [InlineData("ik heb pijn sinds de operacon", "operacon")]
    [InlineData("estoy en canada y tengo espasmos", "canada")]
    [InlineData("the kopfschmerzn are bad", "kopfschmerzn")]
    public void TranslateWithTypos_WordThatIsNoSlip_StaysAsTyped(string normalized, string word) =>
        Assert.Contains(word, ForeignPhrases.TranslateWithTypos(normalized).Split(' '));

    /// <summary>
    /// A one-word phrase that is also an English word reads that word as foreign in every English message ("familiar"
    /// once read as the German "familiär", runs in families; "lasik", another topic, as laser eye surgery). Those listed
    /// are either read the same in English, or English words too rare in members' messages to matter, each checked.
    /// </summary>
    [Fact]
    public void NoOneWordPhrase_IsAnEnglishWordReadAsAnotherMeaning()
    {
        // Polish "brać" (take) is listed as "brac", an other-topic stem ("brace") no English member types so.
        string[] checkedAndRare =
        [
            "reeks", "cicatrice", "visage", "convulsions", "convulse", "cachets", "adieu", "hospitalisation", "hospitalise",
            "immunise", "stabilise", "stabilises", "flippant", "unites", "starker", "credo", "basso", "continua", "quanta",
            "adios", "temblor", "antes", "maestro", "brac",
        ];
        var misread = ForeignPhrases.ReadLists()
            .Where(listed => !listed.Phrase.Contains(' ', StringComparison.Ordinal) && listed.Phrase != listed.English)
            .Where(listed => (WordLists.English.Contains(listed.Phrase) || WordLists.OtherTopics.Contains(listed.Phrase)) && !checkedAndRare.Contains(listed.Phrase))
            .Select(listed => $"{listed.Phrase} = {listed.English} ({listed.Language})");

        Assert.Empty(misread);
    }

    [Fact]
    public void ReadLists_NamesEachPhrasesLanguage()
    {
        var listed = ForeignPhrases.ReadLists().ToList();

        Assert.Contains(listed, phrase => phrase is { Language: "french", Phrase: "la nuque raide" });
        Assert.Equal(["dutch", "french", "german", "italian", "polish", "portuguese", "spanish"], listed.Select(phrase => phrase.Language).Distinct());
    }
}
