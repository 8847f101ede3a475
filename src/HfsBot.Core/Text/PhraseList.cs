using System.Buffers;

namespace HfsBot.Core.Text;

/// <summary>
/// Whole-word phrase lookups in a short message: phrases are padded with spaces once, and a message is padded
/// once (<see cref="Pad"/>), so "ta" matches the word "ta" and not the inside of "data".
/// </summary>
internal sealed class PhraseList(params string[] phrases)
{
    private readonly string[] _padded = [.. phrases.Select(Pad)];

    /// <summary>All the padded phrases searched at once: every chat message is checked against several lists.</summary>
    private readonly SearchValues<string> _search = SearchValues.Create([.. phrases.Select(Pad)], StringComparison.Ordinal);

    private readonly int[] _wordCounts = [.. phrases.Select(TextNormalizer.WordCount)];

    /// <summary>
    /// Text from <see cref="TextNormalizer.Normalize"/> (already words joined by single spaces) with a space at
    /// each end.
    /// </summary>
    public static string Pad(string normalized) => " " + normalized + " ";

    /// <summary>Whether any phrase appears in <paramref name="padded"/> (from <see cref="Pad"/>).</summary>
    public bool AnyIn(string padded) => padded.AsSpan().ContainsAny(_search);

    /// <summary>Whether <paramref name="padded"/> (from <see cref="Pad"/>) starts with any phrase.</summary>
    public bool AnyStarts(string padded) => Array.Exists(_padded, phrase => padded.StartsWith(phrase, StringComparison.Ordinal));

    /// <summary>
    /// How many words the longest phrase <paramref name="padded"/> (from <see cref="Pad"/>) starts with has; 0 when it
    /// starts with none ("good evening all" starts with "good evening", two words, not only "good").
    /// </summary>
    public int LongestStartInWords(string padded)
    {
        var longest = 0;
        for (var i = 0; i < _padded.Length; i++)
        {
            if (padded.StartsWith(_padded[i], StringComparison.Ordinal))
            {
                longest = Math.Max(longest, _wordCounts[i]);
            }
        }

        return longest;
    }
}
