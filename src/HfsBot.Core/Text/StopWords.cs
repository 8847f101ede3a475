using System.Collections.Frozen;

namespace HfsBot.Core.Text;

/// <summary>
/// Words that say nothing about which FAQ entry a member means: function words, question words, greetings and
/// chat fillers. They are left out of matching, so "hey everyone, does anyone know how long botox lasts" is
/// matched on "botox long last". Topic words such as "long", "after", "before" and "side" stay in.
/// </summary>
/// <remarks>
/// One embedded file per language in stop-words/ (English, Scots, Spanish, German, ...), each saying which words
/// were left out on purpose because they are English words too ("die", "car", "son"). The words are compared as
/// normalised, not stemmed.
/// </remarks>
public static class StopWords
{
    /// <summary>Each language's stop words, by file name ("german").</summary>
    private static readonly FrozenDictionary<string, FrozenSet<string>> ByLanguage = WordLists.FilesOfFolder("stop-words")
        .ToFrozenDictionary(
            file => file.Name,
            file => file.Lines.SelectMany(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToFrozenSet(StringComparer.Ordinal),
            StringComparer.Ordinal);

    private static readonly FrozenSet<string> Words = ByLanguage.Values.SelectMany(words => words).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>How many stop words the lists hold, all languages together.</summary>
    public static int Count => Words.Count;

    public static bool Contains(string word) => Words.Contains(word);

    /// <summary>One language's stop words (by its list's file name, "german"); none for a language without a list.</summary>
    public static FrozenSet<string> Of(string language) => ByLanguage.GetValueOrDefault(language) ?? FrozenSet<string>.Empty;
}
