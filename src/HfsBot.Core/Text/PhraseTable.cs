using System.Collections.Frozen;
using System.Collections.Immutable;

namespace HfsBot.Core.Text;

/// <summary>A phrase of one or more normalised words and what it stands for.</summary>
internal sealed record TablePhrase<TValue>(ImmutableArray<string> Words, TValue Value);

/// <summary>
/// Phrases looked up in a message's words, longest first: "botox injection" before "botox", "nicht mehr aufwachen"
/// before "nicht mehr". Shared by <see cref="SynonymMap"/> (members' words to canonical terms) and
/// <see cref="ForeignPhrases"/> (other languages' emergency words to English). Phrases are grouped by their first
/// word, so a word no phrase starts with costs one dictionary lookup.
/// </summary>
internal sealed class PhraseTable<TValue>
{
    private readonly FrozenDictionary<string, ImmutableArray<TablePhrase<TValue>>> _byFirstWord;

    public PhraseTable(IEnumerable<TablePhrase<TValue>> phrases)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        var list = phrases.Where(p => !p.Words.IsEmpty).ToList();
        Count = list.Count;
        _byFirstWord = list
            .GroupBy(p => p.Words[0], StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(p => p.Words.Length).ToImmutableArray(), StringComparer.Ordinal);
    }

    /// <summary>How many phrases the table holds.</summary>
    public int Count { get; }

    /// <summary>Every phrase, in no particular order.</summary>
    public IEnumerable<TablePhrase<TValue>> Phrases => _byFirstWord.Values.SelectMany(p => p);

    /// <summary>The longest phrase written exactly as <paramref name="words"/> are from <paramref name="start"/>; null when none.</summary>
    public TablePhrase<TValue>? LongestAt(IReadOnlyList<string> words, int start) =>
        LongestAt(words, start, words[start], static (word, listed) => string.Equals(word, listed, StringComparison.Ordinal));

    /// <summary>
    /// The longest phrase that starts with <paramref name="firstWord"/> (the word at <paramref name="start"/>, or
    /// another spelling of it) and whose other words each match the words that follow by <paramref name="sameWord"/>
    /// (the word as written, the phrase's word); null when none.
    /// </summary>
    public TablePhrase<TValue>? LongestAt(IReadOnlyList<string> words, int start, string firstWord, Func<string, string, bool> sameWord)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(sameWord);
        if (!_byFirstWord.TryGetValue(firstWord, out var candidates))
        {
            return null;
        }

        foreach (var phrase in candidates)
        {
            if (start + phrase.Words.Length <= words.Count && RestMatches(phrase.Words, words, start, sameWord))
            {
                return phrase;
            }
        }

        return null;
    }

    private static bool RestMatches(ImmutableArray<string> listed, IReadOnlyList<string> words, int start, Func<string, string, bool> sameWord)
    {
        for (var k = 1; k < listed.Length; k++)
        {
            if (!sameWord(words[start + k], listed[k]))
            {
                return false;
            }
        }

        return true;
    }
}
