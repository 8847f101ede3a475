using System.Collections.Frozen;
using System.Reflection;

namespace HfsBot.Core.Text;

/// <summary>
/// Everyday conversational words ("morning", "forgot", "weird"), stemmed like matching stems them. Among the
/// words of a question that the FAQ has never seen, these are chat filler; the others are usually a topic the
/// FAQ does not cover ("hernia", "medicare"). See everyday-words.txt.
/// </summary>
public static class EverydayWords
{
    private static readonly FrozenSet<string> Stems = Load();

    public static bool Contains(string stem) => Stems.Contains(stem);

    private static FrozenSet<string> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("HfsBot.Core.Text.everyday-words.txt")
            ?? throw new InvalidOperationException("everyday-words.txt is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var stems = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.StartsWith('#'))
            {
                continue;
            }

            foreach (var word in TextNormalizer.Tokenize(TextNormalizer.Normalize(line)))
            {
                stems.Add(Stemmer.Stem(word));
            }
        }

        return stems.ToFrozenSet(StringComparer.Ordinal);
    }
}
