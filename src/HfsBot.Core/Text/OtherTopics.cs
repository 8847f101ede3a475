using System.Collections.Frozen;

namespace HfsBot.Core.Text;

/// <summary>
/// Words that name another condition, body part or purpose ("migraine", "knee", "wrinkles"), stemmed like
/// matching stems them. See other-topics.txt: a question that uses one and never mentions HFS is answered from
/// an entry only if that entry uses the word too.
/// </summary>
public static class OtherTopics
{
    private static readonly FrozenSet<string> Stems = WordListResource.LoadStems("HfsBot.Core.Text.other-topics.txt");

    public static bool Contains(string stem) => Stems.Contains(stem);
}
