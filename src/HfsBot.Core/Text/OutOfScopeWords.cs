using System.Collections.Frozen;

namespace HfsBot.Core.Text;

/// <summary>
/// Words that put a question outside the FAQ even when it names HFS ("insurance", "dog", "channel"), stemmed like
/// matching stems them. See out-of-scope.txt: a question that uses one is answered from an entry only if that
/// entry uses the word too.
/// </summary>
public static class OutOfScopeWords
{
    private static readonly FrozenSet<string> Stems = WordListResource.LoadStems("HfsBot.Core.Text.out-of-scope.txt");

    public static bool Contains(string stem) => Stems.Contains(stem);
}
