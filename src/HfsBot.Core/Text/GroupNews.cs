using System.Text.RegularExpressions;

namespace HfsBot.Core.Text;

/// <summary>
/// News told to the group, with nothing asked: a member's own treatment or wishes for someone else's ("jabs done,
/// good for 3 months", "6 months post mvd, spasm free", "first botox next week eek", "no spasm since tuesday!!",
/// "congrats on the op!!", "had my 3rd botox today, in and out in 10 min"), the twitch's antics as a story ("my eye
/// winked at the vicar lol"), support for another member ("youre not alone here"), and a story of any length the
/// member says is shared ("just sharing for the newbies"). Such a message uses the FAQ's own words ("botox", "op",
/// "mvd") so strongly that it was answered or offered suggestions; it is chat to the group. A message that asks
/// anything, or a short line that says anything is wrong ("jabs done but my eye droops"), is never news.
/// </summary>
public static partial class GroupNews
{
    /// <summary>News is a short line; a longer message usually says something more, unless it says it is a story shared.</summary>
    private const int MaxWords = 12;

    public static bool IsNews(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return IsNews(message, ForeignPhrases.Translate(TextNormalizer.Normalize(message, 500)));
    }

    /// <summary>For a caller that has already normalised the message (small talk does, for every message).</summary>
    /// <param name="message">The message as written: whether it asks is read from its punctuation too.</param>
    /// <param name="normalized">The message after <see cref="TextNormalizer.Normalize"/> and <see cref="ForeignPhrases.Translate"/>.</param>
    internal static bool IsNews(string message, string normalized)
    {
        var words = TextNormalizer.WordCount(normalized);
        if (words == 0 || QuestionDetector.LooksLikeQuestion(message, normalized))
        {
            return false;
        }

        return (words <= MaxWords && ((News().IsMatch(normalized) && !SomethingWrong().IsMatch(normalized)) || Support().IsMatch(normalized)))
            || StoryShared().IsMatch(normalized);
    }

    private const string Treatment = @"(?:botox|btx|jabs?|injections?|shots?|op|operation|surgery|mvd|decompression)";

    private const string Day = @"(?:today|tonight|tomorrow|next week|this week|next month|on (?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|tues|wednes|thurs|fri|satur|sun)day)";

    // Whole lines: treatment done or booked, time since it with a good word, a day for it with a feeling, and wishes.
    [GeneratedRegex(
        @"^(?:my |the |first |1st |second |2nd |next |last |another round of |round \w+ of )?" + Treatment + @"(?: \w+){0,2} (?:all )?(?:done|went (?:well|fine|great|ok|okay|smoothly|perfectly|brilliantly)|booked|survived|finished|complete)(?: \w+){0,5}$"
        + @"|^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a|an) (?:days?|weeks?|wks?|months?|years?|yrs?) (?:post|after|since) (?:my |the |his |her )?" + Treatment + @"(?: today)?(?: and)?(?: (?:spasm|twitch) free| feeling (?:ok|okay|good|great|fine|grand|amazing|brilliant|better)| still (?:spasm|twitch) free| loving it| so happy| today| quiet (?:week|day|one)| good (?:week|day))+$"
        + @"|^(?:day \d+|\d+ (?:days?|weeks?)) (?:post op|postop|after (?:surgery|the op|my op|mvd|my mvd)) (?:feeling|and) (?:ok|okay|good|great|fine|grand|better|well)$"
        + @"|^(?:my |the |first |1st |next )?" + Treatment + @"(?: day)? " + Day + @"(?: \w+){0,2}$"
        // a date got: "got my op date", "back from the neuro, got my date for the op!!"
        + @"|^(?:back from (?:the |my )?\w+ )?(?:got|have|finally got|finally have) (?:my |a |the )?(?:" + Treatment + @" (?:date|appointment)|(?:date|appointment) for (?:my |the )?" + Treatment + @")(?: \w+){0,3}$"
        // a date through: "surgery date came thru for march!!"
        + @"|^(?:my |the )?" + Treatment + @" date (?:came through|came thru|is through|arrived|confirmed|is confirmed|is set)(?: \w+){0,4}$"
        // a consultation had: "had my mvd consult today, surgeon was lovely, booked in for june!"
        + @"|^(?:had|got|just had) (?:my |the |a )?(?:" + Treatment + @" )?(?:consult|consultation|appointment|appt)(?: today| this morning| earlier)?(?: \w+){0,8}$"
        // treatment had today: "had my 3rd botox today, in and out in 10 min"
        + @"|^(?:had|got|just had) (?:my |the |a )?(?:\w+ )?(?:round of |lot of |set of )?" + Treatment + @" (?:today|this morning|this afternoon|earlier)(?: \w+){0,8}$"
        // spasm free told with time: "6 months spasm free today after mvd!!"
        + @"|^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a|an) (?:days?|weeks?|wks?|months?|years?|yrs?) (?:spasm|twitch) free(?: \w+){0,4}$"
        // an anniversary: "2 year surgiversary today! spasm free and feeling great"
        + @"|^(?:my |our |his |her )?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|first|1st|second|2nd|third|3rd) ?(?:years?|yrs?|months?)? (?:surgiversary|mvd anniversary|op anniversary|surgery anniversary|mvdversary)(?: \w+){0,8}$"
        // unnoticed: "first day back at standup after botox, nobody noticed"
        + @"|^(?:\w+ ){0,8}" + Treatment + @"(?: \w+){0,3} (?:nobody|no one|noone|not one person) (?:noticed|could tell|even noticed|said a thing)(?: \w+){0,2}$"
        // back at work: "first day back in the office since the op, went alright"
        + @"|^first (?:day|week|shift|morning) back (?:at|in|to) (?:the |my )?(?:office|work|school|job|desk|shop)(?: \w+){0,2} (?:since|after) (?:my |the )?" + Treatment + @"(?: \w+){0,4}$"
        // a step finally taken: "he's finally agreed to see a specialist next month. feeling so relieved"
        + @"|^(?:(?:hes|he s|shes|she s|he has|she has|ive|i ve|i have|weve|we ve|we have|(?:my )?(?:mum|mom|dad|husband|wife|partner|son|daughter)(?: has)?) )?finally (?:agreed|decided|booked|got round) to (?:see|go to|have|get|try|book)(?: \w+){0,9}$"
        // a good spell: "no spasm since tuesday!!", "no twitching all week", "eye calm today so it is"
        + @"|^(?:no|zero) (?:spasms?|twitch\w*|jumping|winking|flickers?)(?: at all)? (?:since|for|all)(?: \w+){1,3}$"
        + @"|^(?:my )?(?:eye|face|cheek|spasm|twitch) (?:is |s |was |has been |been |bin )?(?:calm|quiet|behaving|settled|good as gold)(?: \w+){0,4}$"
        // time since the operation with the spasm gone: "6 months since surgery today, zero spasms"
        + @"|^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a|an) (?:days?|weeks?|wks?|months?|years?|yrs?) (?:since|post|after) (?:my |the )?" + Treatment + @"(?: today)?(?: and)? (?:zero|no|not one|not a single) (?:spasms?|twitch\w*)(?: \w+){0,3}$"
        // an appointment over: "first appointment with the neuro done. waiting on the letter now"
        + @"|^(?:my |the |first |1st )?(?:appointment|appt|consultation|consult|scan|mri)(?: with (?:the |my )?\w+)? (?:done|over|finished|went (?:well|fine|ok|okay))(?: \w+){0,6}$"
        // the twitch's antics told as a story: "my eye winked at the vicar lol"
        + @"|^(?:my |his |her )?(?:eye|eyes|face|cheek|eyelid|spasm|twitch|hfs)(?: just| only)? (?:winked|waved|flirted|blinked)(?: again)? at (?:the |my |a |an |this |that |our |his |her )?\w+(?: \w+){0,3}$"
        + @"|^(?:congrats|congratulations|well done|so glad|so happy|great news|brilliant news|good luck|best of luck|hope|fingers crossed|thinking of you|wishing you|glad)(?: \w+){0,5} " + "(?:" + Treatment + @"|scan|results?|recovery|appointment)(?: \w+){0,4}$",
        RegexOptions.CultureInvariant)]
    private static partial Regex News();

    /// <summary>
    /// A story told for others to read, of any length, which says so (or says it is venting): "had a csf leak after my op back in 2018 but
    /// all sorted now, just sharing my story for the newbies". Its words are the FAQ's, but nothing is asked.
    /// </summary>
    [GeneratedRegex(@"\bjust (?:sharing|wanted to share|want to share|thought (?:i d|id|i would) share)(?: (?:my|our|his|her) (?:story|experience|journey))?\b|\bsharing (?:my|our) (?:story|experience|journey)\b"
        // venting said as such: "face been twitchy all day, just venting", "rant over"
        + @"|\b(?:just|only|sorry|sorry just) (?:venting|needed to vent|need to vent|had to vent|wanted to vent|a vent|ranting|a rant)\b|\brant over\b", RegexOptions.CultureInvariant)]
    private static partial Regex StoryShared();

    /// <summary>Support for another member, whose "not" is no complaint: "youre not alone here", "you are never alone".</summary>
    [GeneratedRegex(@"^(?:you re|youre|you are|ur|we re|were|we are) (?:not|never) alone(?: \w+){0,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex Support();

    // Anything wrong in the line: "jabs done but my eye droops", "op next week, still twitching". ("Not one twitch"
    // is good news, so that "not" does not count.)
    [GeneratedRegex(
        @"\b(?:but|still (?:twitching|twitches|twitchy|spasming|spasms|having|getting)|droop\w*|weak\w*|pain\w*|hurt\w*|sore|worse|wore|wearing off|(?:spasms?|twitch\w*|it|its|it s|they|theyre|they re) (?:\w+ )?back|came back|coming back|headache|numb\w*|swell\w*|swollen|leak\w*|fever|rash|cant|cannot|not(?! one\b| a single\b)|no longer|problem\w*|issues?|side effects?|worried|scared|anxious|help|advice|should|normal|ok to|okay to|safe)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex SomethingWrong();
}
