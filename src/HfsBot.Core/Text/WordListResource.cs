using System.Collections.Frozen;
using System.Reflection;

namespace HfsBot.Core.Text;

/// <summary>Reads an embedded word list (words separated by spaces or newlines, # comments) as stems.</summary>
internal static class WordListResource
{
    public static FrozenSet<string> LoadStems(string resourceName)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"{resourceName} is missing from the assembly.");
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
