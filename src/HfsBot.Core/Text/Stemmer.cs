using System.Buffers;

namespace HfsBot.Core.Text;

/// <summary>
/// A deliberately light English stemmer: it folds plurals and common verb endings ("spasms" → "spasm",
/// "wearing" → "wear", "caused" → "caus") so that the same word in a different form still matches. Both
/// sides of a match use it, so it only has to be consistent, not linguistically perfect.
/// </summary>
public static class Stemmer
{
    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return DropFinalE(StripSuffix(word));
    }

    /// <summary>"cause", "caused" and "causing" all become "caus".</summary>
    private static string DropFinalE(string stem) =>
        stem.Length >= 4 && stem[^1] == 'e' && stem[^2] != 'e' ? stem[..^1] : stem;

    private static string StripSuffix(string word)
    {
        if (word.Length <= 3)
        {
            return word;
        }

        if ((word.EndsWith("ies", StringComparison.Ordinal) || word.EndsWith("ied", StringComparison.Ordinal)) && word.Length > 4)
        {
            return word[..^3] + "y"; // "worries", "worried" → "worry"
        }

        if (word.EndsWith("ing", StringComparison.Ordinal) && word.Length > 5 && HasVowel(word.AsSpan(0, word.Length - 3)))
        {
            return UndoubleEnding(word[..^3]);
        }

        if (word.EndsWith("ed", StringComparison.Ordinal) && word.Length > 4 && !word.EndsWith("eed", StringComparison.Ordinal) && HasVowel(word.AsSpan(0, word.Length - 2)))
        {
            return UndoubleEnding(word[..^2]);
        }

        if (word.EndsWith("es", StringComparison.Ordinal) && word.Length > 4 && IsSibilantEnding(word[..^2]))
        {
            return word[..^2];
        }

        if (word[^1] == 's' && word[^2] is not ('s' or 'u' or 'i'))
        {
            return word[..^1];
        }

        return word;
    }

    /// <summary>
    /// What is left must still be a syllable: "spred" (a typo of "spread") and "string" are not "spr" and "str",
    /// which no other word would ever share.
    /// </summary>
    private static bool HasVowel(ReadOnlySpan<char> stem) => stem.IndexOfAny(Vowels) >= 0;

    private static readonly SearchValues<char> Vowels = SearchValues.Create("aeiouy");

    private static bool IsSibilantEnding(string stem) =>
        stem.EndsWith("ss", StringComparison.Ordinal) || stem.EndsWith("sh", StringComparison.Ordinal) ||
        stem.EndsWith("ch", StringComparison.Ordinal) || stem.EndsWith('x') || stem.EndsWith('z');

    /// <summary>"stopp" → "stop", "twitchh" never happens, but "spasmm" is harmless; keep "ll" and "ss".</summary>
    private static string UndoubleEnding(string stem) =>
        stem.Length > 3 && stem[^1] == stem[^2] && stem[^1] is not ('l' or 's' or 'z' or 'e' or 'o')
            ? stem[..^1]
            : stem;
}
