using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace HfsBot.Core.Text;

/// <summary>
/// Everyday figures of speech that borrow the FAQ's words: "my boss is driving me mad" (driving and work), "the
/// nerve of that cashier" (nerves), "couldn't keep a straight face" (the face), "keep an eye on the kids", "nerves
/// before my job interview", "car went in for surgery". Members chat like this in the group, and a "did you mean"
/// article in reply is odd. <see cref="Matching.FaqMatcher"/> answers such a message only when it is also about
/// HFS ("this twitch is driving me mad, will botox help?"). The phrases name who or what is meant wherever a
/// word alone would also fit a real question: "the nerve of my landlord", never "the nerve of the face".
/// </summary>
public static partial class FiguresOfSpeech
{
    /// <summary>
    /// The words a figure can start with. Every question is checked, so the pattern is only tried where one of these
    /// starts a word, anchored there: scanning a long message with the whole pattern at every position costs tens of
    /// microseconds.
    /// </summary>
    private static readonly FrozenSet<string> FirstWords = FrozenSet.Create(
        StringComparer.Ordinal,
        "driving", "drives", "drive", "drove", "get", "gets", "getting", "got", "nerve", "nerves", "lost", "losing", "lose",
        "loses", "bag", "bundle", "ball", "nervous", "twitchy", "jittery", "jumpy", "butterflies", "anxious", "keep",
        "keeping", "kept", "keeps", "straight", "poker", "face", "facepalm", "my", "save", "saving", "eye", "eyes", "eyeroll",
        "roll", "rolled", "rolling", "rolls", "jaw", "jaws", "jawdropping", "brain", "heart", "break", "pain", "made",
        "makes", "make", "heat", "weather", "cold", "humidity", "traffic", "work", "job", "stress", "boss", "kids",
        "commute", "exam", "exams", "homework", "monday", "mondays", "queue", "wait", "bills", "suspense", "this", "today",
        "tonight", "shift", "revision", "deadline", "deadlines", "manager", "paperwork", "noise", "neighbour", "neighbours",
        "neighbor", "neighbors", "maths", "math", "landlord", "council", "bank", "news", "teenager", "teenagers", "car",
        "van", "bike", "laptop", "phone", "computer", "boiler", "washing", "tv", "fridge", "truck", "motorbike", "surgery",
        "operation", "recovering", "recover", "recovery", "need", "needs", "want", "wants", "dying", "could", "gasping",
        "twitching", "itching", "side", "last", "test", "quiz", "form", "forms", "recipe",
        "instructions", "crossword", "all", "kill", "died", "dead", "lol", "lmao", "lmfao", "haha", "hahaha", "deid", "ded",
        "scared", "bored", "headache");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FirstWordLookup =
        FirstWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Where the first figure of speech in the message (normalised) is, or null when it has none.</summary>
    public static Range? Find(string normalized)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        for (var start = 0; start < normalized.Length;)
        {
            var space = normalized.IndexOf(' ', start);
            var end = space < 0 ? normalized.Length : space;
            if (FirstWordLookup.Contains(normalized.AsSpan(start, end - start)))
            {
                // Anchored at start (\G), so at most one match; enumerating allocates nothing when there is none.
                foreach (var match in Phrases().EnumerateMatches(normalized, start))
                {
                    return new Range(match.Index, match.Index + match.Length);
                }
            }

            start = end + 1;
        }

        return null;
    }

    [GeneratedRegex(@"\G" + Figures + @"\b", RegexOptions.CultureInvariant)]
    private static partial Regex Phrases();

    /// <summary>
    /// The figures, written against normalised text: lower case, no apostrophes ("tomorrow's" is "tomorrows"), single
    /// spaces. <see cref="Phrases"/> anchors them (\G) where Find starts it: at a word from <see cref="FirstWords"/>,
    /// so a new figure's first word goes there too (a test scans the labelled messages both ways).
    /// </summary>
    internal const string Figures =
        // driven mad, and nerves got on
        @"(?:(?:driving|drives|drive|drove) (?:me|him|her|us) (?:mad|crazy|nuts|insane|bonkers|bananas|up the wall|round the bend|around the bend|spare)"
        + @"|(?:get|gets|getting|got) on (?:my|his|her|our|everyones) (?:nerves|nerve|wick)|last nerve"
        // listening, wanting a drink, laughing: "i'm all ears", "i could kill for a coffee", "dying laughing", "lol im dead"
        + @"|all ears|kill for (?:a |an |some |another |one )|(?:dying|died|dead) (?:laughing|of laughter)"
        + @"|(?:lol|lmao|lmfao|haha|hahaha) (?:im|i m) (?:dead|deid|ded|deceased)|(?:dead|deid|ded) (?:lol|lmao|haha)"
        + @"|(?:scared|bored) stiff|headache of a (?:day|week|morning|shift|job|meeting|journey|trip)"
        // the family doctor's surgery: "surgery hours at the gp"
        + @"|surgery (?:hours|opening hours|times|reception|receptionist) at (?:the |my )?(?:gp|doctors|vets|dentist)"
        // nerve as cheek: "the nerve of that cashier", "nerve of my landlord honestly"
        + @"|nerve of (?:that|this|those|these|some|him|her|them|people|my (?:boss|landlord|landlady|neighbou?r|manager|ex|sister|brother|mum|mom|dad|husband|wife|kids?|son|daughter|colleague|coworker)|the (?:cashier|landlord|driver|guy|woman|man|bloke|council|bank))"
        + @"|(?:lost|losing|lose|loses) (?:my|his|her|our) nerve|nerves of steel|(?:bag|bundle|ball) of nerves"
        // worn out: "my nerves are shot from work" (the facial nerve is singular and never "frayed")
        + @"|nerves (?:are |were |is |s |re |been |have been )?(?:absolutely |totally |completely |properly )?(?:shot|frayed|shredded|wrecked|fried|in tatters|in bits)"
        // nerves before an ordinary event (not a treatment): "nerves before my job interview", "twitchy about my exam results"
        + @"|(?:nerves|nervous|twitchy|jittery|jumpy|butterflies|anxious) (?:before|about|for|over) (?:my |the |his |her |an |a |this |our |tomorrows )?(?:exam|exams|test results|driving test|interview|job interview|date|first date|wedding|speech|presentation|match|game|results|exam results|flight|audition|performance|recital|big day|gig|concert|race)"
        // the face and the eyes as idiom
        + @"|(?:keep|keeping|kept|keeps) (?:a )?straight face|straight faced|poker face|face ?palm|^my face when|face the (?:music|facts)|(?:save|saving|lose|losing) face|face like thunder"
        + @"|(?:keep|keeping|kept|keeps) (?:an|my|a close|a) eye on (?:the |my |our |your )?(?:kids|children|baby|toddler|grandkids|dog|cat|house|pot|oven|time|weather|clock|stock|shop|till)|(?:eye|eyes) on the (?:prize|ball|clock|kids|cake|pizza|dessert)|(?:my )?eye is on (?:that|the|this) \w+|eye ?roll|(?:roll|rolled|rolling|rolls) (?:my|his|her|their) eyes|eye of the storm|eyes bigger than"
        // other body words as idiom
        + @"|(?:jaw|jaws) (?:dropped|drop|dropping|hit the floor)|jaw ?dropping|brain freeze|heart of gold|break a leg|pain in the (?:neck|backside|bum|arse|butt)"
        + @"|(?:made|makes|make) my blood boil|my blood (?:is )?boil\w*"
        // hard things compared with brain surgery: "that exam was brain surgery lol" (never "so it's not really brain
        // surgery, right?": a keyhole MVD is asked about that way)
        + @"|(?:exam|exams|test|quiz|homework|form|forms|recipe|instructions|crossword|maths|math|paperwork) (?:was|is|s|were|are) (?:literally |like |basically |actual )?(?:brain surgery|rocket science)"
        // killing me and headaches with an everyday subject: "this heat is killing me", "my boss gives me a headache"
        + @"|(?:heat|weather|cold|humidity|traffic|work|job|stress|boss|kids|commute|exams?|homework|mondays?|queue|wait|bills|suspense|this week|today|tonight|shift|revision|deadline|deadlines) (?:is |are |s |re )?(?:literally |honestly |actually |slowly )?(?:killing me|deadly|a killer)"
        + @"|(?:boss|manager|work|job|kids|traffic|paperwork|noise|neighbou?rs?|maths|math|exams?|homework|landlord|council|bank|news|this week|mondays?|commute|teenagers?) (?:always |really |literally )?(?:is |are |s )?(?:gives|giving|gave|give) me (?:a |the )?(?:massive |real |huge |splitting )?headache"
        // ordinary things in for surgery, recovering from a party
        + @"|(?:car|van|bike|laptop|phone|computer|boiler|washing machine|tv|fridge|truck|motorbike)(?: \w+){0,3} (?:surgery|operation)|(?:surgery|operation) on (?:my|the|our) (?:car|van|bike|laptop|phone|computer|boiler|garden|kitchen|house|truck)"
        + @"|(?:recovering|recover|recovery) from (?:the |a |last |my |our |this |that )?(?:\w+ )?(?:party|wedding|weekend|night out|hangover|festival|celebrations|stag|hen do|match|concert)"
        // a drink wanted, twitching to go
        + @"|(?:need|needs|want|wants|dying for|could do with|could use|gasping for) (?:a |another |my |some |a big |a strong )?(?:shot|cup|mug|pot) of (?:espresso|coffee|tea|vodka|tequila|whisky|whiskey|caffeine)"
        + @"|(?:need|needs|want|wants|dying for|could do with|could use|gasping for) (?:a |another |my |some |a big |a strong )?(?:coffee|chai|tea|cuppa|espresso|latte|pint|beer|wine|holiday|vacation)\b"
        + @"|(?:twitching|itching) to (?:get|go|leave|be|start|finish)|side effects? of (?:mondays?|work|parenting|kids|being|getting old|old age|a night out|too much|exams?|teenagers?|adulting)"
        + @")";
}
