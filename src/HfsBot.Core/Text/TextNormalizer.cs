using System.Globalization;
using System.Text;

namespace HfsBot.Core.Text;

/// <summary>
/// Turns member text into the canonical form that triage rules, duplicate checks and matching all see:
/// lower case, accents removed, apostrophes dropped ("can't" → "cant"), every other non-alphanumeric
/// character turned into a single space, trimmed.
/// </summary>
public static class TextNormalizer
{
    /// <summary>Normalises <paramref name="text"/>; at most <paramref name="maxLength"/> input characters are read.</summary>
    public static string Normalize(string text, int maxLength = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(text);
        var span = text.AsSpan(0, Math.Min(text.Length, maxLength));
        var builder = new StringBuilder(span.Length);
        var pendingSpace = false;
        foreach (var c in span)
        {
            if (c is '\'' or '\u2019' or '\u2018' or '`' or '\u00B4')
            {
                continue; // "don't" and "don’t" both become "dont"
            }

            if (IsAsciiLetterOrDigit(c))
            {
                AppendLetter(builder, char.ToLowerInvariant(c), ref pendingSpace);
            }
            else if (c < 128)
            {
                pendingSpace = builder.Length > 0;
            }
            else
            {
                AppendNonAscii(builder, c, ref pendingSpace);
            }
        }

        return builder.ToString();
    }

    /// <summary>Splits normalised text into its words.</summary>
    public static string[] Tokenize(string normalized) =>
        normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>
    /// How many words normalised text has, without splitting it: <see cref="Normalize"/> puts exactly one space
    /// between words and none at either end.
    /// </summary>
    public static int WordCount(string normalized) =>
        normalized.Length == 0 ? 0 : normalized.AsSpan().Count(' ') + 1;

    private static bool IsAsciiLetterOrDigit(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9');

    private static void AppendLetter(StringBuilder builder, char c, ref bool pendingSpace)
    {
        if (pendingSpace)
        {
            builder.Append(' ');
            pendingSpace = false;
        }

        builder.Append(c);
    }

    private static void AppendNonAscii(StringBuilder builder, char c, ref bool pendingSpace)
    {
        if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
        {
            return; // a combining accent on the previous letter: drop it, keep the word whole
        }

        if (AccentFolding.Fold(c) is { } plain)
        {
            foreach (var letter in plain)
            {
                AppendLetter(builder, letter, ref pendingSpace);
            }
        }
        else if (char.IsLetterOrDigit(c))
        {
            AppendLetter(builder, char.ToLowerInvariant(c), ref pendingSpace); // other scripts stay as they are
        }
        else
        {
            pendingSpace = builder.Length > 0; // punctuation, symbols, emoji halves: word breaks
        }
    }
}
