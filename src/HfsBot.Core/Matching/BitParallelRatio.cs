using System.Numerics;

namespace HfsBot.Core.Matching;

/// <summary>
/// FuzzySharp's <c>Fuzz.Ratio(a, b, PreprocessMode.None)</c>, the same number, computed in a fraction of the time.
/// FuzzySharp's ratio is 100 × (1 - d / (|a| + |b|)), where d is the edit distance with a substitution costing two,
/// that is |a| + |b| - 2 × LCS(a, b). FuzzySharp fills the whole |a| × |b| table; here the longest common
/// subsequence is counted 64 characters of the shorter text at a time (Hyyrö's bit-parallel algorithm, as
/// RapidFuzz, FuzzyWuzzy's successor, does). On the re-ranker's long questions the table was about a third of
/// matching's time. Tests compare the two on edge cases, on random texts of every length and on 40,000 pairs of a
/// member's question and an FAQ phrasing.
/// </summary>
internal static class BitParallelRatio
{
    /// <summary>When the shorter text has up to 4 × 64 characters, the work is done on the stack (about 4 KB).</summary>
    private const int StackBlocks = 4;

    public static int Ratio(string first, string second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        var lengthSum = first.Length + second.Length;
        if (lengthSum == 0)
        {
            return 0; // FuzzySharp's answer for two empty texts
        }

        // (|a| + |b| - d) is 2 × LCS exactly; FuzzySharp's rounding (to even), so that ties at .5 round the same way.
        var matched = 2 * LongestCommonSubsequence(first, second);
        return (int)Math.Round(100 * ((double)matched / lengthSum));
    }

    private static int LongestCommonSubsequence(string first, string second)
    {
        // The shorter text is the one held as bits: fewer 64-character blocks to carry through.
        var (pattern, text) = first.Length <= second.Length ? (first, second) : (second, first);
        if (pattern.Length == 0)
        {
            return 0;
        }

        var blocks = (pattern.Length + 63) / 64;
        Span<ulong> rows = blocks <= StackBlocks ? stackalloc ulong[blocks] : new ulong[blocks];
        rows.Fill(ulong.MaxValue);

        // For each ASCII character, the positions of the pattern that hold it; other characters are looked up
        // in the pattern as they come.
        var asciiLength = AsciiCount * blocks;
        Span<ulong> asciiMasks = blocks <= StackBlocks ? stackalloc ulong[asciiLength] : new ulong[asciiLength];
        asciiMasks.Clear();
        for (var i = 0; i < pattern.Length; i++)
        {
            if (pattern[i] < AsciiCount)
            {
                asciiMasks[(pattern[i] * blocks) + (i >> 6)] |= 1UL << (i & 63);
            }
        }

        Span<ulong> otherMask = blocks <= StackBlocks ? stackalloc ulong[blocks] : new ulong[blocks];
        foreach (var character in text)
        {
            scoped ReadOnlySpan<ulong> matches;
            if (character < AsciiCount)
            {
                matches = asciiMasks.Slice(character * blocks, blocks);
            }
            else
            {
                MatchMask(pattern, character, otherMask);
                matches = otherMask;
            }

            ulong carry = 0;
            for (var block = 0; block < blocks; block++)
            {
                var row = rows[block];
                var u = row & matches[block];
                var sum = row + u;
                var withCarry = sum + carry;
                carry = (sum < row || withCarry < sum) ? 1UL : 0UL;
                rows[block] = withCarry | (row - u);
            }
        }

        var count = 0;
        for (var block = 0; block < blocks; block++)
        {
            var used = block == blocks - 1 && pattern.Length % 64 != 0 ? (1UL << (pattern.Length % 64)) - 1 : ulong.MaxValue;
            count += BitOperations.PopCount(~rows[block] & used);
        }

        return count;
    }

    private const int AsciiCount = 128;

    /// <summary>The positions of <paramref name="pattern"/> that hold <paramref name="character"/>, as bits.</summary>
    private static void MatchMask(string pattern, char character, Span<ulong> matches)
    {
        matches.Clear();
        var at = pattern.IndexOf(character);
        while (at >= 0)
        {
            matches[at >> 6] |= 1UL << (at & 63);
            at = pattern.IndexOf(character, at + 1);
        }
    }
}
