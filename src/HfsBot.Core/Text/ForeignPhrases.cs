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

    /// <summary>"il y a 2 ans" is listed as "ago" and "years": the rules' past-event exceptions read "2 years ago".</summary>
    private static readonly Regex AgoAfterTime = new(@"\bago (\d+|a|one|two|three|few) (years?|months?|weeks?|days?|hours?)\b", RegexOptions.CultureInvariant);

    /// <summary>How many phrases the list holds.</summary>
    public static int Count => Lists.AsWritten.Count + Lists.Eliding.Count + Lists.Umlauts.Count;

    /// <param name="normalized">Text after <see cref="TextNormalizer.Normalize"/>: lower case, one space between words.</param>
    /// <returns>The text with every listed phrase in English; the same instance when none was found.</returns>
    public static string Translate(string normalized)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        var words = TextNormalizer.Tokenize(normalized);

        // A language's own spellings of each word, made once per message: null where a word has none.
        var elided = OtherSpellings(words, WithoutElision);
        var plain = OtherSpellings(words, WithoutVowelPairs);
        List<string>? output = null;
        for (var i = 0; i < words.Length;)
        {
            if (LongestPhraseAt(words, elided, plain, i) is not { } phrase)
            {
                output?.Add(words[i]);
                i++;
                continue;
            }

            // Most messages have no listed phrase: the output is built only from the first one found.
            output ??= [.. words.Take(i)];
            output.Add(phrase.Value);
            i += phrase.Words.Length;
        }

        return output is null ? normalized : AgoAfterTime.Replace(string.Join(' ', output), "$1 $2 ago");
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
        return new Tables(
            AsWritten: Table(phrases.Where(phrase => !Elides(phrase) && !HasUmlauts(phrase))),
            Eliding: Table(phrases.Where(Elides)),
            Umlauts: Table(phrases.Where(HasUmlauts)));

        static PhraseTable<string> Table(IEnumerable<ListedPhrase> phrases) =>
            new(phrases.Select(phrase => new TablePhrase<string>([.. TextNormalizer.Tokenize(phrase.Phrase)], phrase.English)));
    }

    /// <summary>The phrases by the spellings tried for them: as written, also without an elision, also with plain vowels.</summary>
    private sealed record Tables(PhraseTable<string> AsWritten, PhraseTable<string> Eliding, PhraseTable<string> Umlauts);
}

/// <summary>One spelling of a phrase in other-languages/*.txt: its language (file name), the phrase and its English, normalised.</summary>
internal sealed record ListedPhrase(string Language, string Phrase, string English);
