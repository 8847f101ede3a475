using System.Collections.Frozen;

namespace HfsBot.Core.Text;

/// <summary>
/// Everyday conversational words ("morning", "forgot", "weird"), stemmed like matching stems them. Among the
/// words of a question that the FAQ has never seen, these are chat filler; the others are usually a topic the
/// FAQ does not cover ("hernia", "medicare"). See everyday-words.txt.
/// </summary>
public static class EverydayWords
{
    private static readonly FrozenSet<string> Stems = WordListResource.LoadStems("HfsBot.Core.Text.everyday-words.txt");

    public static bool Contains(string stem) => Stems.Contains(stem);
}
