using System.Collections.Frozen;
using System.Reflection;

namespace HfsBot.Core.Text;

/// <summary>
/// The embedded word lists matching consults about words, stemmed like matching stems them. Each file says in its
/// header what belongs in it; words may be separated by spaces or newlines, and lines starting with # are comments.
/// </summary>
public static class WordLists
{
    private const string ResourcePrefix = "HfsBot.Core.Text.";

    /// <summary>
    /// everyday-words.txt: conversational words ("morning", "forgot", "neighbour"). Among the words of a question
    /// the FAQ has never seen, these are chat filler; the others usually name a topic the FAQ does not cover.
    /// </summary>
    public static FrozenSet<string> Everyday { get; } = LoadStems("everyday-words.txt", Greetings.Openers);

    /// <summary>
    /// cosmetic-uses.txt: wrinkles, frowns and fillers. Other topics that the FAQ names only to compare with HFS
    /// Botox, so an entry using one answers only a question that compares too.
    /// </summary>
    public static FrozenSet<string> CosmeticUses { get; } = LoadStems("cosmetic-uses.txt");

    /// <summary>
    /// other-topics.txt and <see cref="CosmeticUses"/>: words naming another condition, body part or purpose
    /// ("migraine", "knee", "wrinkles"). A question using one and never naming HFS is answered only from an entry
    /// that uses the word too.
    /// </summary>
    public static FrozenSet<string> OtherTopics { get; } = LoadStems("other-topics.txt").Union(CosmeticUses).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// out-of-scope.txt: words that put a question outside the FAQ even when it names HFS ("insurance", "dog"):
    /// such a question is answered only from an entry that uses the word too.
    /// </summary>
    public static FrozenSet<string> OutOfScope { get; } = LoadStems("out-of-scope.txt");

    /// <summary>
    /// english-words.txt: English words of five letters or more (a general dictionary, not the FAQ's words), normalised,
    /// not stemmed. Loaded on first use: only a message in another language with a word no list knows asks.
    /// </summary>
    public static FrozenSet<string> English => LazyEnglish.Value;

    private static readonly Lazy<FrozenSet<string>> LazyEnglish = new(() => ContentLines("english-words.txt")
        .SelectMany(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        .ToFrozenSet(StringComparer.Ordinal));

    /// <summary>
    /// A real word that is never read as a misspelling of an FAQ word: everyday chat ("forgot" is not "forehead") or
    /// a word that puts the question out of scope ("warranty" is not "warrant"). Takes a stem, like the lists.
    /// </summary>
    public static bool IsNeverATypo(string stem) => Everyday.Contains(stem) || OutOfScope.Contains(stem);

    /// <summary>The stems of every word in the embedded file (comments skipped) and in <paramref name="moreWords"/>.</summary>
    private static FrozenSet<string> LoadStems(string fileName, params IEnumerable<string> moreWords) =>
        ContentLines(fileName).Concat(moreWords)
            .SelectMany(line => TextNormalizer.Tokenize(TextNormalizer.Normalize(line)))
            .Select(Stemmer.Stem)
            .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The lines of an embedded file that are neither blank nor comments.</summary>
    internal static IEnumerable<string> ContentLines(string fileName) =>
        EmbeddedLines(fileName).Where(line => line.Length > 0 && !line.StartsWith('#'));

    /// <summary>The content lines of every embedded file in a folder of lists (one file per language, say).</summary>
    internal static IEnumerable<string> ContentLinesOfFolder(string folder) =>
        FilesOfFolder(folder).SelectMany(file => file.Lines);

    /// <summary>
    /// Each embedded file in a folder of lists, in name order: its name without the folder or ".txt" ("french") and
    /// its content lines.
    /// </summary>
    internal static IEnumerable<(string Name, IEnumerable<string> Lines)> FilesOfFolder(string folder)
    {
        var prefix = ResourcePrefix + folder + ".";
        var files = Assembly.GetExecutingAssembly().GetManifestResourceNames()
            .Where(name => name.StartsWith(prefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (files.Count == 0)
        {
            throw new InvalidOperationException($"No {prefix}* lists are embedded in the assembly.");
        }

        return files.Select(name => (Path.GetFileNameWithoutExtension(name[prefix.Length..]), ContentLines(name[ResourcePrefix.Length..])));
    }

    private static IEnumerable<string> EmbeddedLines(string fileName)
    {
        var resourceName = ResourcePrefix + fileName;
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"{resourceName} is missing from the assembly.");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            yield return line;
        }
    }
}
