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
    private static readonly FrozenSet<string> Words = WordLists.ContentLinesOfFolder("stop-words")
        .SelectMany(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>How many stop words the lists hold, all languages together.</summary>
    public static int Count => Words.Count;

    public static bool Contains(string word) => Words.Contains(word);
}
