using System.Text.RegularExpressions;

namespace HfsBot.Core.Text;

/// <summary>
/// A question for the moderators about posting in the group: "can i post a video of my spasm in this channel", "is it
/// ok to share my youtube video about my surgery in here", "can I post a survey for my university research on facial
/// spasm", "can I post a photo of his face so you can all see what it looks like?". Such a question names the spasm or the operation, so the other-topic words ("channel", "server") cannot tell
/// it apart; what may be posted is the group's rule, never an FAQ answer. A video for the doctor ("should I film my
/// twitching to show the neurologist?") asks where nothing is posted, and is not one.
/// </summary>
public static partial class GroupPosting
{
    /// <param name="normalized">The message after <see cref="TextNormalizer.Normalize"/>.</param>
    public static bool AsksToPost(string normalized)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        return Pattern().IsMatch(normalized);
    }

    private const string Media = "video|videos|vid|vids|clip|clips|photo|photos|picture|pictures|pic|pics";

    // Asking leave, posting something shareable, and where: in the group, or for someone's research.
    [GeneratedRegex(
        @"\b(?:can|could|may|am i allowed to|are we allowed to|is it (?:ok|okay|alright|allowed|fine) (?:if i|to)|allowed to)(?: i| we| you)? (?:post|share|upload|put up|put|drop|link|advertise|promote)(?: up)? (?:\w+ ){0,2}(?:" + Media + @"|survey|surveys|questionnaire|questionnaires|link|links|youtube|vlog|blog|fundraiser|petition|podcast)\b"
        + @"(?:(?: \w+){0,8} (?:here|in here|on here|in this (?:channel|group|server|chat)|in the (?:channel|group|server|chat)|on this (?:server|group|channel))|(?: \w+){0,3} (?:for|about|from) (?:my|our|a) (?:university|uni|college|research|study|dissertation|thesis|project|charity)"
        // for the group to see: "can I post a photo of his face so you can all see what it looks like?"
        + @"|(?: \w+){0,6} so (?:you|u|everyone|everybody|people|yall|y all|others|the group)(?: can| could)?(?: all)? (?:see|look|have a look|tell))\b"
        // permission asked of the group, which needs no "here": "am i allowed to post pics of my face after botox"
        + @"|^(?:am i|are we|are members) allowed to (?:post|share|upload|put up) (?:\w+ ){0,2}(?:" + Media + @"|selfies?)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
