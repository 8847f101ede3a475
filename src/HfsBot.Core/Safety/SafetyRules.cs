using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace HfsBot.Core.Safety;

/// <summary>What triage decided a message is, before any FAQ matching.</summary>
public enum TriageCategory
{
    None,
    Crisis,
    Urgent,
    Advice,
}

/// <summary>
/// One named rule: it fires when <see cref="Match"/> finds something, <see cref="And"/> (if any) also does,
/// and <see cref="Unless"/> (if any) does not.
/// </summary>
public sealed record TriageRule(string Name, SafetyPattern Match, SafetyPattern? And, SafetyPattern? Unless)
{
    /// <summary>Acts even when the message reads as a general question (set for the stroke rules).</summary>
    public bool Always { get; init; }

    public bool Fires(string normalized) =>
        Match.IsMatch(normalized)
        && (And is null || And.IsMatch(normalized))
        && (Unless is null || !Unless.IsMatch(normalized));

    /// <summary>The words that made the rule fire on <paramref name="forRules"/>: what its match and its <c>and</c> found.</summary>
    public string FoundWords(string forRules) =>
        And is null ? Match.Match(forRules).Value : Match.Match(forRules).Value + " " + And.Match(forRules).Value;
}

/// <summary>
/// Words that say what follows is absent ("no fever", "without any discharge", "nothing dripping", "not
/// weeping"): the rules' <c>absent</c> list and the safety net's features read them the same way.
/// </summary>
public static class AbsenceWords
{
    public static ImmutableArray<string> All { get; } = ["no", "without", "nothing", "not", "isnt", "arent", "wasnt", "havent", "hasnt"];

    private static readonly FrozenSet<string> Set = All.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Whether <paramref name="word"/> is one of <see cref="All"/>: asked for every word of every message.</summary>
    public static bool Contains(string word) => Set.Contains(word);

    /// <summary>
    /// May stand between an absence word and the symptom: "she not have fever", "no signs of infection", and in
    /// Spanish "no tengo fiebre", "no sale liquido". (Not Portuguese: its "nao" is no absence word here, and adding one
    /// would change what the safety net reads, see <see cref="Contains"/>.)
    /// </summary>
    internal const string Verbs = "(?:have|has|had|got|having|getting|showing|seeing|any signs? of|signs? of|tengo|tiene|tenemos|hay|sale)";

    /// <summary>May stand between a symptom and <see cref="SaidFine"/>: "swallowing is fine", "temp still normal".</summary>
    internal const string LinkingVerbs = "(?:is|are|was|s|feels|seems|looks|stays|stayed|still|all|always|is still|has been|been)";

    /// <summary>
    /// A symptom followed by one of these is said to be fine: "temp fine", "temperature normal", "vomiting none",
    /// "headache gone", "temperature 36.6"
    /// (36.6 reads "36 6" once punctuation is gone; 35-36 °C and 97-98 °F are normal body temperatures).
    /// </summary>
    internal const string SaidFine = "(?:fine|normal|ok|okay|good|grand|perfect|none|nil|gone|resolved|settled|3[56](?: \\d)?|9[78](?: \\d)?)";
}

/// <summary>How a message that a rule fired on reads: see <see cref="TriageCategoryRules.AsGeneralQuestion"/>.</summary>
public enum GeneralQuestion
{
    No,
    Yes,
    ButSaysNow,
}

/// <summary>A list of patterns compiled into a few regular expressions: it matches when any of them does.</summary>
public sealed class PatternList(ImmutableArray<SafetyPattern> groups)
{
    /// <summary>How many regexes the list was compiled into: how many scans of a message it costs.</summary>
    public int RegexCount => groups.Length;

    /// <summary>The compiled regexes, in order.</summary>
    public ImmutableArray<SafetyPattern> Patterns => groups;

    /// <summary>The text with every match blanked out (a space in its place).</summary>
    public string Blank(string normalized)
    {
        foreach (var group in groups)
        {
            normalized = group.Replace(normalized, " ");
        }

        return normalized;
    }

    public bool IsMatch(string normalized)
    {
        foreach (var group in groups)
        {
            if (group.IsMatch(normalized))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>The rules and reply of one triage category.</summary>
public sealed record TriageCategoryRules(
    TriageCategory Category,
    string Reply,
    ImmutableArray<TriageRule> Rules,
    PatternList Prefilters,
    PatternList? General,
    PatternList? Now)
{
    /// <summary>
    /// Find symptoms the message says are absent ("no fever, no stiff neck") or fine ("temp fine"); see
    /// <see cref="ForRules"/>. Empty when the category lists none.
    /// </summary>
    public ImmutableArray<SafetyPattern> AbsentSymptoms { get; init; } = [];

    /// <summary>
    /// Phrases that sound like this category but are not ("could she fall and hurt herself", "he didn't hurt
    /// himself", "if they cancel my op one more time I'll jump off a bridge lol"): blanked out before every rule of
    /// the category reads the message, so one list serves all its rules and the rest of the message still counts
    /// ("he fell and hurt himself and now he wants to die" is still a crisis). Null when the category lists none.
    /// </summary>
    public PatternList? Harmless { get; init; }

    /// <summary>
    /// Everyday reasons that explain a message the safety net alone might read as this category: a goodbye for a house
    /// move, a holiday or a job, pills sorted into a weekly box. Each is a rule, so a reason can be denied in its own
    /// words ("told them I'm moving house. I'm not moving" gives no reason). The net alone does not raise the category
    /// on a message one of them fires on; the category's rules still do. Empty when the category lists none.
    /// </summary>
    public ImmutableArray<TriageRule> Everyday { get; init; } = [];

    /// <summary>Whether one of the <see cref="Everyday"/> reasons fires on the normalised message.</summary>
    public bool GivesEverydayReason(string normalized) => Everyday.Any(reason => reason.Fires(normalized));

    /// <summary>
    /// The message as the rules read it: every symptom it says is absent and every <see cref="Harmless"/> phrase
    /// blanked out, so that "10 days after mvd, no fever, no stiff neck, when can i shower" does not fire the rules
    /// for fever and stiff neck. Only the rules read this; the safety net always reads the whole message.
    /// </summary>
    public string ForRules(string normalized)
    {
        foreach (var absent in AbsentSymptoms)
        {
            normalized = absent.Replace(normalized, " ");
        }

        return Harmless?.Blank(normalized) ?? normalized;
    }

    /// <summary>The first rule that fires on the message as <see cref="ForRules"/> gives it; or null.</summary>
    public TriageRule? FirstFiringRule(string normalized)
    {
        // The fast path for ordinary questions: a few scans per category. Blanking only removes words, so a message
        // the prefilters pass over cannot fire a rule afterwards; it is done only past them.
        if (!Prefilters.IsMatch(normalized))
        {
            return null;
        }

        var forRules = ForRules(normalized);
        if (!ReferenceEquals(forRules, normalized) && !Prefilters.IsMatch(forRules))
        {
            // What the prefilter found was blanked ("no fever"), so no rule can fire: a rule's match is one of the
            // prefilter's alternatives. One linear-time scan saves reading every rule.
            return null;
        }

        // A rule that always acts goes first, so that a general-question rule firing earlier cannot hide it.
        return Rules.FirstOrDefault(rule => rule.Always && rule.Fires(forRules))
            ?? Rules.FirstOrDefault(rule => !rule.Always && rule.Fires(forRules));
    }

    /// <summary>
    /// Whether the message reads as a general question about warning signs (<see cref="General"/>: "can you go
    /// deaf from the op?"), and if so whether it also seems to say the symptom is happening now (<see cref="Now"/>).
    /// </summary>
    public GeneralQuestion AsGeneralQuestion(string normalized) =>
        General is null || !General.IsMatch(normalized) ? GeneralQuestion.No
        : Now is not null && Now.IsMatch(NowWithoutSymptom.Blank(normalized)) ? GeneralQuestion.ButSaysNow
        : GeneralQuestion.Yes;
}

/// <summary>
/// A "now" or a "keep" that says nothing is happening, in one of the shapes below. These are blanked out before the
/// <c>now</c> shapes are read, so that "took too many by mistake last year, she's fine now" stays a general question
/// instead of one that seems to describe an emergency today.
/// </summary>
internal static partial class NowWithoutSymptom
{
    /// <summary>
    /// Someone who has recovered, or a symptom that has passed: "she's fine now", "she is fine now", "I'm 100% now", "all cleared up
    /// now", "it's gone now" (only "it": "my hearing's gone now" says the emergency), "now she is good".
    /// </summary>
    private const string Recovered = @"(?:(?:she|he|i|they|we|it) (?:is|s|are|am|m|was|were|feels|feel) (?:totally |completely |absolutely |all )?)?(?:fine|ok|okay|grand|well|better|recovered|all good|good|great|100|back to normal|all better|all clear|(?:all )?cleared up|healed|(?:it s|its|it is|it has) (?:all )?(?:gone|passed|settled|cleared|resolved)(?: away| down| up)?) now|now (?:she|he|i|they|we) (?:is|s|are|am|m|feel|feels) (?:fine|ok|okay|good|well|better|great|recovered|back to normal)";

    /// <summary>A part of the body said to be fine: "my skin is totally fine", "his wound looks normal".</summary>
    private const string SaidFine = @"(?:my|his|her) (?:\w+ ){1,2}(?:is|are|s|looks|feels|seems) (?:totally |completely |perfectly |absolutely |still )?(?:fine|normal|ok|okay|clear|good)";

    /// <summary>Having a treatment now: "can she have Botox now?".</summary>
    private const string TreatmentNow = @"(?:have|get|start|restart|resume|book|go ahead with) (?:\w+ ){0,2}now";

    /// <summary>A worry repeated, or a worry that started now: "I keep checking my skin", "can't stop thinking about it", "now I'm paranoid".</summary>
    private const string WorryRepeated = @"(?:i|he|she|we|they) (?:keeps?|cant|cannot|can t) (?:stop )?(?:checking|looking|worrying|googling|reading|thinking|asking|wondering|imagining|picturing|forgetting)|now (?:i m|im|i am|he s|hes|she s|shes|we re|were) (?:\w+ )?(?:paranoid|worried|scared|anxious|nervous|terrified|panicking|worrying|freaking out|obsessing)";

    /// <summary>A question about doing something now: "can he drive now".</summary>
    private const string DoingSomethingNow = @"(?:can|could|may|should) (?:i|he|she|we|they) (?:\w+ ){0,2}now";

    /// <summary>
    /// A programme watched ("saw a drama last night"), or someone else's story told from something the writer watched
    /// or read ("on Casualty last night someone overdosed"): the "last night" is not the writer's now.
    /// </summary>
    private const string WatchedLastNight = @"(?:(?:watched|watching|saw|seen|read)(?: \w+){0,4} (?:last night|yesterday|this morning)|on (?:\w+ ){1,3}(?:last night|yesterday|this morning) (?:someone|somebody|a (?:character|man|woman|guy|girl|lady|bloke|patient|kid|child|teenager)))";

    /// <summary>A diagnosis that is the subject of the question: "now I've got HFS on the same side".</summary>
    private const string DiagnosisNow = @"now (?:i ve|ive|i have|i m|im|he has|she has|hes|shes|he s|she s) (?:got |been diagnosed with )?(?:hfs|hemifacial spasm|this twitch|a twitch|the twitch|spasms)";

    /// <summary>
    /// A past-tense condition with a "would" after it, which is how a hypothetical is put: "if I suddenly lost hearing
    /// in one ear after the surgery, would that be...", "if I got a fever after MVD, would that be...". Its "suddenly" is not
    /// happening now. Not "had", nor "got" before anything but "a", "an", "any", "some" or the look of a leak ("if I got
    /// clear fluid from my nose, would..."): "if I had my op five days ago, would..." states a fact.
    /// </summary>
    private const string Counterfactual = @"if (?:\w+ ){0,2}(?:i|he|she|we|they|you) (?:\w+ )?(?:lost|developed|started|noticed|felt|woke up with|got (?:a|an|any|some|clear|watery|salty))(?: \w+){0,10} would (?:that|it|this|i|you|they|he|she|we)";

    /// <summary>
    /// Where the line is, asked in the abstract: "would that be a wait and see or go now thing". Only with "thing",
    /// "situation" or the like after it: "should I wait or go now?" may be asked by someone with the emergency.
    /// </summary>
    private const string WaitOrGo = @"(?:wait and see|wait it out|sit tight|wait|leave it) or (?:go|call|ring|phone)(?: in| straight in| to (?:a and e|a e|the er|hospital))? now (?:thing|situation|job|case|kind of thing|type of thing|sort of thing|scenario)";

    /// <summary>An instruction: "call if I can't swallow".</summary>
    private const string Instruction = @"(?:call|ring|phone|come in|go in) if(?: \w+){1,4}";

    /// <summary>A condition: "if after surgery I have a fever", "what should I do if I can't swallow after injections".</summary>
    private const string Condition = @"if (?:\w+ ){0,3}(?:i|he|she|we|they) (?:have|has|get|gets|cant|cannot|can not|develop|develops|start|starts|notice|notices)";

    /// <summary>A duty asked about: "would I have to stop?".</summary>
    private const string Duty = @"(?:would|will|do|does|should|did) (?:i|you|we|he|she|they) (?:have|has) to";

    /// <summary>
    /// What someone went through at a time gone by: "last winter I got mouth ulcers" (the "got" is not now), "back in
    /// March my dad lost hearing suddenly" (nor is that "suddenly"), "last month my mother have high fever" (a
    /// second-language past). Not after "since": "since last month she has a fever" is still going on.
    /// </summary>
    private const string TimeGoneBy = @"(?<!since )(?:last (?:winter|summer|spring|autumn|fall|year|month|week)|(?:years|months|weeks) ago|back in \w+|in (?:19|20)\d\d) (?:i|he|she|we|they|(?:my|his|her) \w+) (?:got|had|have|has|was|were|took|went|developed|started|ended up|noticed|(?:lost(?: \w+){0,2}(?: suddenly| all of a sudden)?))";

    /// <summary>
    /// How long ago an operation was, told as where someone is now: "my husband is now eight weeks post-MVD", "I'm
    /// now 3 months after the op". The "now" dates the recovery; it describes nothing happening.
    /// </summary>
    private const string TimeSinceOperation = @"(?:is|am|m|s|are) now (?:\w+ ){0,2}(?:days?|weeks?|months?|years?) (?:post|after|out from|on from|since)";

    /// <summary>
    /// A treatment still to come: "my op is next month", "her surgery is booked for the 3rd". Nothing has happened yet,
    /// so its "my op is" does not describe anything now.
    /// </summary>
    private const string TreatmentToCome = @"(?:my|his|her|their|the) (?:op|operation|surgery|mvd|appointment|injections?|botox)(?: date)? is (?:in (?:\w+ )?(?:days?|weeks?|months?)|next (?:week|month|year|\w+day)|booked|scheduled|planned|coming up)";

    /// <summary>
    /// A fear put as a hypothetical, up to six words after the "if": "what if my face is paralysed", "I am afraid if I
    /// have a seizure", "what if the injection goes wrong and I can't swallow" (six words, so its "I can't" is not read
    /// as happening now).
    /// </summary>
    private const string Hypothetical = @"(?:what if|what happens if|imagine if|supposing|(?:(?:i am|im|i m|we are|were|he is|hes|she is|shes) (?:so |really |very )?)?(?:afraid|scared|worried|frightened|terrified|nervous) if)(?: (?!what\b)\w+){1,6}";

    public static string Blank(string normalized) => Pattern().Replace(normalized, " ");

    [GeneratedRegex(@"\b(?:" + Recovered + "|" + SaidFine + "|" + TreatmentNow + "|" + WorryRepeated + "|" + DoingSomethingNow + "|" + WatchedLastNight + "|" + Instruction + "|" + Condition + "|" + Duty + "|" + TimeGoneBy + "|" + Hypothetical + "|" + Counterfactual + "|" + WaitOrGo + "|" + DiagnosisNow + "|" + TimeSinceOperation + "|" + TreatmentToCome + @")\b", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}

/// <summary>
/// The fixed wording moderators control: disclaimer, the no-answer and did-you-mean texts, and the replies to a
/// greeting or a thank-you (optional in the file; these defaults apply when they are left out).
/// </summary>
public sealed record SafetyMessages(
    string Disclaimer,
    string NoAnswer,
    string DidYouMean,
    string Greeting = SafetyMessages.DefaultGreeting,
    string Thanks = SafetyMessages.DefaultThanks)
{
    public const string DefaultGreeting =
        "Hello! I'm the group's FAQ bot. Ask me anything about hemifacial spasm in your own words, for example "
        + "\"how long does Botox last?\", and I'll find the group's reviewed answer.";

    public const string DefaultThanks =
        "You're welcome, glad it helped! Ask me again any time.";
}

/// <summary>
/// Everything in <c>faq/safety.yml</c>: triage rules checked crisis → urgent → advice, and fixed texts; plus the
/// safety net learned from <c>faq/safety-examples.tsv</c>.
/// </summary>
public sealed record SafetyRules(SafetyMessages Messages, TriageCategoryRules Crisis, TriageCategoryRules Urgent, TriageCategoryRules Advice)
{
    private Lazy<SafetyNet?>? _net;

    /// <summary>The learned second line behind the crisis and urgent rules; null when there are no examples.</summary>
    public SafetyNet? Net
    {
        get => _net?.Value;
        init => _net = value is null ? null : new Lazy<SafetyNet?>(value);
    }

    /// <summary>
    /// These rules with a net trained when first asked for (by whichever thread asks first; the others wait for it).
    /// The answerer asks for it while it builds the matcher's own models, so a large FAQ waits for the two side by side
    /// instead of one after the other.
    /// </summary>
    public SafetyRules WithNetTrainedOnFirstUse(Func<SafetyNet> train)
    {
        ArgumentNullException.ThrowIfNull(train);
        return this with { _net = new Lazy<SafetyNet?>(train, LazyThreadSafetyMode.ExecutionAndPublication) };
    }

    /// <summary>The categories in the order triage checks them.</summary>
    public IEnumerable<TriageCategoryRules> InTriageOrder => [Crisis, Urgent, Advice];
}
