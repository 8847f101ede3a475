namespace HfsBot.Core.Text;

/// <summary>
/// Whole-word phrase lookups in a short message: phrases are padded with spaces once, and a message is padded
/// once (<see cref="Pad"/>), so "ta" matches the word "ta" and not the inside of "data".
/// </summary>
internal sealed class PhraseList(params string[] phrases)
{
    private readonly string[] _padded = [.. phrases.Select(phrase => " " + phrase + " ")];

    /// <summary>
    /// Text from <see cref="TextNormalizer.Normalize"/> (already words joined by single spaces) with a space at
    /// each end.
    /// </summary>
    public static string Pad(string normalized) => " " + normalized + " ";

    /// <summary>Whether any phrase appears in <paramref name="padded"/> (from <see cref="Pad"/>).</summary>
    public bool AnyIn(string padded) => Array.Exists(_padded, phrase => padded.Contains(phrase, StringComparison.Ordinal));

    /// <summary>Whether <paramref name="padded"/> (from <see cref="Pad"/>) starts with any phrase.</summary>
    public bool AnyStarts(string padded) => Array.Exists(_padded, phrase => padded.StartsWith(phrase, StringComparison.Ordinal));
}
