using System.Text.RegularExpressions;

namespace HfsBot.Core.Text;

/// <summary>
/// Whether a message refers to "this" as a thing it has, not as a time or place: "is this more of a women thing",
/// "what sets this off", "how rare is this condition". In an HFS support group that "this" is the condition, so
/// the question is about the group's subject even when it never names it. So is "it" in "does coffee make it
/// worse": what a member asks to be made worse or better there is the spasm.
/// </summary>
public static partial class ConditionReference
{
    public static bool RefersToCondition(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return TheCondition().IsMatch(message);
    }

    // "this" not followed by a word that makes it a time, a place on the server or the bot itself; or "makes it worse".
    [GeneratedRegex(@"\b(?:makes?|making|made)\s+(?:it|mine)\s+(?:worse|better)\b|\bthis\b(?!\s+(?:morning|afternoon|evening|night|week|weekend|year|month|time|winter|summer|autumn|spring|hour|server|channel|group|chat|bot|site|forum|page|app|post|thread|one|lot|stuff|guy|song|game|match|show|film|movie)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TheCondition();
}
