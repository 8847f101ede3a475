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
/// written, so an English message reads exactly as before. Two spellings are tried for a word the list does not
/// know: without a French elision ("loreille" as "oreille", "jentends" as "entends") and with German "ae", "oe",
/// "ue" read as the umlaut-free vowel members also type ("muede" as "mude"), since normalising removes the dots.
/// </remarks>
public static class ForeignPhrases
{
    private static readonly PhraseTable<string> Phrases = Load();

    /// <summary>"il y a 2 ans" is listed as "ago" and "years": the rules' past-event exceptions read "2 years ago".</summary>
    private static readonly Regex AgoAfterTime = new(@"\bago (\d+|a|one|two|three|few) (years?|months?|weeks?|days?|hours?)\b", RegexOptions.CultureInvariant);

    /// <summary>How many phrases the list holds.</summary>
    public static int Count => Phrases.Count;

    /// <param name="normalized">Text after <see cref="TextNormalizer.Normalize"/>: lower case, one space between words.</param>
    /// <returns>The text with every listed phrase in English; the same instance when none was found.</returns>
    public static string Translate(string normalized)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        var words = TextNormalizer.Tokenize(normalized);
        List<string>? output = null;
        for (var i = 0; i < words.Length;)
        {
            if (LongestPhraseAt(words, i) is not { } phrase)
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

    private static TablePhrase<string>? LongestPhraseAt(string[] words, int start)
    {
        // Triage reads every message, so the other spellings are only made for a word that has them.
        var word = words[start];
        return Phrases.LongestAt(words, start, word, SameWord)
            ?? (WithoutElision(word) is { } elided ? Phrases.LongestAt(words, start, elided, SameWord) : null)
            ?? (WithoutVowelPairs(word) is { } plain ? Phrases.LongestAt(words, start, plain, SameWord) : null);
    }

    /// <summary>A word as written matches a listed one as it is, without an elision, or with its vowel pairs read plain.</summary>
    private static bool SameWord(string word, string listed) =>
        word == listed || WithoutElision(word) == listed || WithoutVowelPairs(word) == listed;

    /// <summary>
    /// "l'oreille", "j'entends", "qu'il", once the apostrophe is gone, without the elided letter: a consonant stuck to a
    /// vowel, and the "j'" of spoken French before any word ("jpense", "jvais"). The rest must be a word of some
    /// length: "set" is not "s'et", "sich" not "s'ich". Null when the word is no elision.
    /// </summary>
    private static string? WithoutElision(string word)
    {
        var rest = word.StartsWith("qu", StringComparison.Ordinal) ? word[2..] : word[1..];
        var elided = rest.Length >= 4 && (word[0] == 'j' || ("cdlmnst".Contains(word[0], StringComparison.Ordinal) && "aeiouyh".Contains(rest[0], StringComparison.Ordinal)));
        return elided ? rest : null;
    }

    /// <summary>German "ae", "oe", "ue" typed for an umlaut, read as the plain vowel ("muede" as "mude"); null when none.</summary>
    private static string? WithoutVowelPairs(string word) =>
        word.Length > 3 && (word.Contains("ae", StringComparison.Ordinal) || word.Contains("oe", StringComparison.Ordinal) || word.Contains("ue", StringComparison.Ordinal))
            ? word.Replace("ae", "a", StringComparison.Ordinal).Replace("oe", "o", StringComparison.Ordinal).Replace("ue", "u", StringComparison.Ordinal)
            : null;

    private static PhraseTable<string> Load()
    {
        var phrases = new List<TablePhrase<string>>();
        foreach (var line in WordLists.ContentLinesOfFolder("other-languages"))
        {
            var split = line.IndexOf(" = ", StringComparison.Ordinal);
            if (split < 0)
            {
                throw new InvalidOperationException($"other-languages/*.txt: '{line}' has no ' = '.");
            }

            var english = TextNormalizer.Normalize(line[(split + 3)..]);
            phrases.AddRange(line[..split].Split('|')
                .Select(variant => new TablePhrase<string>([.. TextNormalizer.Tokenize(TextNormalizer.Normalize(variant))], english)));
        }

        return new PhraseTable<string>(phrases);
    }
}
