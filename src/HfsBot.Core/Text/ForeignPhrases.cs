using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace HfsBot.Core.Text;

/// <summary>
/// Reads the words of other languages as English, phrase by phrase, so that triage's rules (written in English,
/// hundreds of them) also read "la nuque raide et de la fievre depuis ce matin" as a stiff neck with a fever since
/// this morning, and "ich will nicht mehr aufwachen" as not wanting to wake up; and so that matching, whose FAQ
/// entries are written in English, reads "cuanto dura el botox" as how long Botox lasts. Members write in their
/// first language when it matters most, and rules or phrasings copied into every language would never keep up.
/// </summary>
/// <remarks>
/// The phrases live in other-languages/*.txt, one file per language, one <c>phrase = english</c> per line. It is a
/// word list, not a translator: only the listed phrases are replaced, longest first, and everything else is left as
/// written, so an English message reads exactly as before. A language's own spellings are tried for its own
/// phrases only: French and Italian phrases also match a word without its elision ("loreille" as "oreille",
/// "jentends" as "entends", "lintervento" as "intervento"), German ones a word with "ae", "oe", "ue" typed for the
/// umlaut ("muede" as "mude"), since normalising removes the dots. Tried for every language, they read English
/// words as foreign ones: "letter" was the Dutch "etter" (pus), "does" the Spanish "dos".
/// </remarks>
public static class ForeignPhrases
{
    /// <summary>The languages (list files) that drop a vowel after "l'", "d'", "j'"...: "l'oreille", "l'intervento".</summary>
    private static readonly string[] ElidingLanguages = ["french", "italian"];

    /// <summary>The language whose members type "ae", "oe", "ue" for an umlaut.</summary>
    private const string UmlautLanguage = "german";

    private static readonly Tables Lists = Load();

    /// <summary>
    /// How many words of one listed language (its phrases' words and its stop words) a message must use before its
    /// other words are tried as typos of that language's words: two, so that an English message with one borrowed word
    /// ("the kopfschmerzn are bad") stays as written.
    /// </summary>
    private const int MinWordsOfOneLanguage = 2;

    /// <summary>The shortest word tried as a typo of a listed word.</summary>
    private const int MinTypoLength = 5;

    /// <summary>"il y a 2 ans" is listed as "ago" and "years": the rules' past-event exceptions read "2 years ago".</summary>
    private static readonly Regex AgoAfterTime = new(@"\bago (\d+|a|one|two|three|few) (years?|months?|weeks?|days?|hours?)\b", RegexOptions.CultureInvariant);

    /// <summary>How many phrases the list holds.</summary>
    public static int Count => Lists.AsWritten.Count + Lists.Eliding.Count + Lists.Umlauts.Count;

    /// <param name="normalized">Text after <see cref="TextNormalizer.Normalize"/>: lower case, one space between words.</param>
    /// <returns>The text with every listed phrase in English; the same instance when none was found.</returns>
    public static string Translate(string normalized) => ReadMessage(normalized, readTypos: false);

    /// <summary>
    /// As <see cref="Translate(string)"/>, and a message that plainly reads in another language is read again with its
    /// misspelt words ("kopfschmerzn") taken as the listed word a thumb slipped from: members type on phones, and a
    /// word list knows only the spellings written into it. For matching only: triage reads what is listed and nothing
    /// guessed, so a guess never decides whether an emergency is seen (on a blind set, one guess lost one).
    /// </summary>
    public static string TranslateWithTypos(string normalized) => ReadMessage(normalized, readTypos: true);

    private static string ReadMessage(string normalized, bool readTypos)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        var words = TextNormalizer.Tokenize(normalized);
        var read = Read(words, words, out var covered);
        if (readTypos && read is not null && Misspellings(words, covered) is { } corrected)
        {
            read = Read(corrected, words, out _);
        }

        return read is null ? normalized : AgoAfterTime.Replace(string.Join(' ', read), "$1 $2 ago");
    }

    /// <summary>
    /// <paramref name="words"/> with every listed phrase in English and every other word as it was typed
    /// (<paramref name="asTyped"/>: the same words, or the words before typos were corrected); null when no phrase was
    /// found. <paramref name="covered"/> marks the words a phrase read.
    /// </summary>
    private static List<string>? Read(string[] words, string[] asTyped, out bool[] covered)
    {
        // A language's own spellings of each word, made once per message: null where a word has none.
        var elided = OtherSpellings(words, WithoutElision);
        var plain = OtherSpellings(words, WithoutVowelPairs);
        covered = new bool[words.Length];
        List<string>? output = null;
        for (var i = 0; i < words.Length;)
        {
            if (LongestPhraseAt(words, elided, plain, i) is not { } phrase)
            {
                output?.Add(asTyped[i]);
                i++;
                continue;
            }

            // Most messages have no listed phrase: the output is built only from the first one found.
            output ??= [.. asTyped.Take(i)];
            output.Add(phrase.Value);
            covered.AsSpan(i, phrase.Words.Length).Fill(true);
            i += phrase.Words.Length;
        }

        return output;
    }

    /// <summary>
    /// The words with each one no phrase read and no list knows replaced by the word of the message's language one
    /// typing slip away (<see cref="TypoIndex"/>: a missing, extra or swapped letter, a wrong one in longer words); null
    /// when none was. The message's language is the one whose listed words and stop words it uses most, so that a
    /// Dutch message's "operacon" is not taken for the Spanish "operacion". Short words, stop words, English words
    /// ("knife" is not the German "knie") and the everyday or out-of-scope words the dictionary lacks ("canada" is not
    /// "cansada", see <see cref="WordLists.IsNeverATypo"/>) are left as typed: too many listed words lie one slip from them.
    /// </summary>
    private static string[]? Misspellings(string[] words, bool[] covered)
    {
        var languages = LanguagesOf(words);
        string[]? corrected = null;
        for (var i = 0; i < words.Length && languages.Count > 0; i++)
        {
            var word = words[i];
            if (covered[i] || word.Length < MinTypoLength || Lists.Words.Contains(word) || StopWords.Contains(word) || !word.All(char.IsLetter)
                || WordLists.English.Contains(word) || WordLists.IsNeverATypo(Stemmer.Stem(word)))
            {
                continue;
            }

            foreach (var language in languages)
            {
                if (language.Typos.Find(word, IsLikelySlip) is { } listed)
                {
                    corrected ??= [.. words];
                    corrected[i] = listed.Term;
                    break;
                }
            }
        }

        return corrected;
    }

    /// <summary>
    /// Whether <paramref name="typed"/> is the kind of slip a thumb makes on <paramref name="listed"/>, beyond being one
    /// edit away: the first letter right, a wrong letter only a neighbouring key, a letter too many only a doubled one or
    /// a neighbour of the letter beside it. Without a dictionary of each language, a real word that is not listed looks
    /// like a typo of one that is ("slonce", the sun, is one letter from "slone", salty; "wallen" from "lallen"; "daumen"
    /// from "damen"); such neighbours rarely differ by keys next to each other.
    /// </summary>
    private static bool IsLikelySlip(string typed, string listed)
    {
        if (typed[0] != listed[0])
        {
            return false;
        }

        if (typed.Length < listed.Length)
        {
            return true; // a letter left out
        }

        var i = 0;
        while (i < listed.Length && typed[i] == listed[i])
        {
            i++;
        }

        if (typed.Length > listed.Length)
        {
            // A letter too many: a key pressed twice, or a neighbour caught with it ("daumen" is not "damen").
            return IsNextTo(typed[i], typed, i - 1) || IsNextTo(typed[i], typed, i + 1);
        }

        // Swapped neighbours ("opreacja") differ at two places; a wrong letter at one, which must be a neighbouring key.
        return (i + 1 < typed.Length && typed[i] == listed[i + 1] && typed[i + 1] == listed[i]) || Keyboard.AreNeighbours(typed[i], listed[i]);
    }

    /// <summary>Whether the letter at <paramref name="index"/> of <paramref name="word"/> (if any) is <paramref name="letter"/> or its neighbouring key.</summary>
    private static bool IsNextTo(char letter, string word, int index) =>
        index >= 0 && index < word.Length && (word[index] == letter || Keyboard.AreNeighbours(word[index], letter));

    /// <summary>The languages whose listed words and stop words the message uses most (several when as many); none when no language has <see cref="MinWordsOfOneLanguage"/>.</summary>
    private static List<ListedLanguage> LanguagesOf(string[] words)
    {
        var best = new List<ListedLanguage>();
        var bestCount = MinWordsOfOneLanguage - 1;
        foreach (var language in Lists.Languages)
        {
            var count = words.Count(language.Words.Contains);
            if (count > bestCount)
            {
                (best, bestCount) = ([language], count);
            }
            else if (count == bestCount && best.Count > 0)
            {
                best.Add(language);
            }
        }

        return best;
    }

    /// <summary>The longest listed phrase at <paramref name="start"/>, with each language's own spellings; null when none.</summary>
    private static TablePhrase<string>? LongestPhraseAt(string[] words, string?[]? elided, string?[]? plain, int start) =>
        Longer(Longer(Lists.AsWritten.LongestAt(words, start), Lists.Eliding.LongestAt(words, elided, start)), Lists.Umlauts.LongestAt(words, plain, start));

    /// <summary>The phrase of more words; the first when they are as long.</summary>
    private static TablePhrase<string>? Longer(TablePhrase<string>? first, TablePhrase<string>? second) =>
        second is not null && (first is null || second.Words.Length > first.Words.Length) ? second : first;

    /// <summary>Each word's other spelling by <paramref name="spell"/>; null when no word has one (most English messages).</summary>
    private static string?[]? OtherSpellings(string[] words, Func<string, string?> spell)
    {
        string?[]? spellings = null;
        for (var i = 0; i < words.Length; i++)
        {
            if (spell(words[i]) is { } other)
            {
                spellings ??= new string?[words.Length];
                spellings[i] = other;
            }
        }

        return spellings;
    }

    /// <summary>
    /// "l'oreille", "j'entends", "qu'il", once the apostrophe is gone, without the elided letter: a consonant stuck to a
    /// vowel, and the "j'" of spoken French before any word ("jpense", "jvais"). The rest must be a word of some
    /// length: "set" is not "s'et", "sich" not "s'ich". A silent "h" follows only "l'", "d'", "m'", "n'" ("l'hopital",
    /// "d'hier"): English "th", "sh" and "ch" words are not elisions ("thier", typed for "their", is not "t'hier").
    /// Null when the word is no elision.
    /// </summary>
    private static string? WithoutElision(string word)
    {
        var skip = word.StartsWith("qu", StringComparison.Ordinal) ? 2 : 1;
        if (word.Length - skip < 4)
        {
            return null;
        }

        var first = word[0];
        var next = word[skip];
        var elided = first == 'j'
            || ("cdlmnst".Contains(first, StringComparison.Ordinal) && "aeiouy".Contains(next, StringComparison.Ordinal))
            || ("ldmn".Contains(first, StringComparison.Ordinal) && next == 'h');
        return elided ? word[skip..] : null;
    }

    /// <summary>German "ae", "oe", "ue" typed for an umlaut, read as the plain vowel ("muede" as "mude"); null when none.</summary>
    private static string? WithoutVowelPairs(string word) =>
        word.Length > 3 && (word.Contains("ae", StringComparison.Ordinal) || word.Contains("oe", StringComparison.Ordinal) || word.Contains("ue", StringComparison.Ordinal))
            ? word.Replace("ae", "a", StringComparison.Ordinal).Replace("oe", "o", StringComparison.Ordinal).Replace("ue", "u", StringComparison.Ordinal)
            : null;

    /// <summary>
    /// Every line of other-languages/*.txt, one entry per spelling: its file (language), the phrase and its English,
    /// both normalised. Files in name order, lines in file order.
    /// </summary>
    internal static IEnumerable<ListedPhrase> ReadLists()
    {
        foreach (var (language, lines) in WordLists.FilesOfFolder("other-languages"))
        {
            foreach (var line in lines)
            {
                var split = line.IndexOf(" = ", StringComparison.Ordinal);
                if (split < 0)
                {
                    throw new InvalidOperationException($"other-languages/{language}.txt: '{line}' has no ' = '.");
                }

                var english = TextNormalizer.Normalize(line[(split + 3)..]);
                foreach (var variant in line[..split].Split('|'))
                {
                    yield return new ListedPhrase(language, TextNormalizer.Normalize(variant), english);
                }
            }
        }
    }

    private static Tables Load()
    {
        var phrases = ReadLists().ToList();
        bool Elides(ListedPhrase phrase) => ElidingLanguages.Contains(phrase.Language);
        bool HasUmlauts(ListedPhrase phrase) => phrase.Language == UmlautLanguage;
        var wordsByLanguage = phrases
            .GroupBy(phrase => phrase.Language)
            .Select(group => (Language: group.Key, Words: group.SelectMany(phrase => TextNormalizer.Tokenize(phrase.Phrase)).Distinct(StringComparer.Ordinal).ToList()))
            .ToList();
        return new Tables(
            AsWritten: Table(phrases.Where(phrase => !Elides(phrase) && !HasUmlauts(phrase))),
            Eliding: Table(phrases.Where(Elides)),
            Umlauts: Table(phrases.Where(HasUmlauts)),
            Words: wordsByLanguage.SelectMany(language => language.Words).ToFrozenSet(StringComparer.Ordinal),
            Languages: [.. wordsByLanguage.Select(language => new ListedLanguage(
                language.Words.Concat(StopWords.Of(language.Language)).ToFrozenSet(StringComparer.Ordinal),
                new TypoIndex(language.Words, language.Words)))]);

        static PhraseTable<string> Table(IEnumerable<ListedPhrase> phrases) =>
            new(phrases.Select(phrase => new TablePhrase<string>([.. TextNormalizer.Tokenize(phrase.Phrase)], phrase.English)));
    }

    /// <summary>The phrases by the spellings tried for them: as written, also without an elision, also with plain vowels.</summary>
    /// <remarks><c>Words</c> are every word of every phrase; <c>Languages</c> each list's own, to read typos by.</remarks>
    private sealed record Tables(PhraseTable<string> AsWritten, PhraseTable<string> Eliding, PhraseTable<string> Umlauts, FrozenSet<string> Words, ImmutableArray<ListedLanguage> Languages);

    /// <summary>One list's language: the words of its phrases and its stop words (to tell a message's language by), and the typo index of its phrases' words.</summary>
    private sealed record ListedLanguage(FrozenSet<string> Words, TypoIndex Typos);
}

/// <summary>One spelling of a phrase in other-languages/*.txt: its language (file name), the phrase and its English, normalised.</summary>
internal sealed record ListedPhrase(string Language, string Phrase, string English);
