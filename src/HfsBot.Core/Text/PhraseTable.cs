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
    private readonly FrozenDictionary<string, Group> _byFirstWord;

    public PhraseTable(IEnumerable<TablePhrase<TValue>> phrases)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        var list = phrases.Where(p => !p.Words.IsEmpty).ToList();
        Count = list.Count;
        _byFirstWord = list
            .GroupBy(p => p.Words[0], StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => Group.Of(g), StringComparer.Ordinal);
    }

    /// <summary>How many phrases the table holds.</summary>
    public int Count { get; }

    /// <summary>Every phrase, in no particular order.</summary>
    public IEnumerable<TablePhrase<TValue>> Phrases => _byFirstWord.Values.SelectMany(group => group.All);

    /// <summary>The longest phrase written exactly as <paramref name="words"/> are from <paramref name="start"/>; null when none.</summary>
    public TablePhrase<TValue>? LongestAt(IReadOnlyList<string> words, int start) => LongestAt(words, variants: null, start);

    /// <summary>
    /// The longest phrase from <paramref name="start"/> whose every word is the message's word there or its other
    /// spelling in <paramref name="variants"/> (same length as <paramref name="words"/>, null where a word has none);
    /// the phrase of the words as written when two are as long. Null when none.
    /// </summary>
    public TablePhrase<TValue>? LongestAt(IReadOnlyList<string> words, IReadOnlyList<string?>? variants, int start)
    {
        ArgumentNullException.ThrowIfNull(words);
        var asWritten = LongestFrom(words[start], words, variants, start);
        var other = variants?[start] is { } variant ? LongestFrom(variant, words, variants, start) : null;
        return other is not null && (asWritten is null || other.Words.Length > asWritten.Words.Length) ? other : asWritten;
    }

    private TablePhrase<TValue>? LongestFrom(string firstWord, IReadOnlyList<string> words, IReadOnlyList<string?>? variants, int start)
    {
        if (!_byFirstWord.TryGetValue(firstWord, out var group))
        {
            return null;
        }

        // Most words that start a phrase (English-looking ones such as "a", "me", "in" start hundreds) are followed by
        // a word none of the longer phrases continues with: one set lookup settles it.
        var next = start + 1;
        if (next < words.Count && (group.SecondWords.Contains(words[next]) || (variants?[next] is { } variant && group.SecondWords.Contains(variant))))
        {
            foreach (var phrase in group.Longer)
            {
                if (start + phrase.Words.Length <= words.Count && RestMatches(phrase.Words, words, variants, start))
                {
                    return phrase;
                }
            }
        }

        return group.OneWord;
    }

    private static bool RestMatches(ImmutableArray<string> listed, IReadOnlyList<string> words, IReadOnlyList<string?>? variants, int start)
    {
        for (var k = 1; k < listed.Length; k++)
        {
            var i = start + k;
            if (!string.Equals(words[i], listed[k], StringComparison.Ordinal) && !string.Equals(variants?[i], listed[k], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The phrases that start with one word: those of two words or more, longest first, with the words they go on
    /// with; and the first of the one-word phrases (the word alone), tried last.
    /// </summary>
    private sealed record Group(ImmutableArray<TablePhrase<TValue>> Longer, FrozenSet<string> SecondWords, TablePhrase<TValue>? OneWord, ImmutableArray<TablePhrase<TValue>> All)
    {
        public static Group Of(IEnumerable<TablePhrase<TValue>> phrases)
        {
            var all = phrases.OrderByDescending(p => p.Words.Length).ToImmutableArray();
            var longer = all.Where(p => p.Words.Length > 1).ToImmutableArray();
            return new Group(longer, longer.Select(p => p.Words[1]).ToFrozenSet(StringComparer.Ordinal), all.FirstOrDefault(p => p.Words.Length == 1), all);
        }
    }
}
