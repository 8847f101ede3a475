using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using HfsBot.Core.Faq;
using YamlDotNet.RepresentationModel;

namespace HfsBot.Core.Safety;

/// <summary>
/// Reads <c>faq/safety.yml</c>. Patterns are regular expressions matched against the normalised message
/// (lower case, no accents or apostrophes, punctuation as spaces), always from word boundary to word boundary.
/// Every pattern must be one the linear-time engine accepts, so no pattern can make the bot hang on a long message;
/// each is compiled by that engine here to check it, and then kept as <see cref="SafetyPattern"/> says.
/// </summary>
internal static class SafetyRulesParser
{
    /// <summary>
    /// No match timeout: the non-backtracking engine is linear in the message length by construction, and a
    /// timeout could only fire spuriously (for instance while the engine builds its automaton on a busy machine),
    /// turning an emergency message into an error.
    /// </summary>
    private static readonly TimeSpan MatchTimeout = Regex.InfiniteMatchTimeout;

    /// <summary>
    /// Building linear-time regexes costs a few hundred milliseconds, so rules parsed from the same text are
    /// reused: reloading an FAQ whose safety.yml did not change recompiles nothing. Parsing is pure, so the
    /// only state is this cache of the last few valid texts.
    /// </summary>
    private static readonly ConcurrentDictionary<string, SafetyRules> ValidRulesByText = new(StringComparer.Ordinal);

    /// <summary>
    /// .NET's setting for the largest automaton the linear-time engine will build (by default 10,000 nodes; a
    /// larger pattern is refused).
    /// </summary>
    internal const string AutomataSizeSetting = "REGEX_NONBACKTRACKING_MAX_AUTOMATA_SIZE";

    /// <summary>
    /// The limit this parser asks for. Under the default, a category's rules need 8-13 separate regexes, and each
    /// reads the whole message; under this one they are a single regex, and triage reads an ordinary question
    /// about ten times faster. The automaton is built state by state as messages reach them, so the larger limit
    /// costs memory only for states real messages use. Correctness never depends on it: a list too large for the
    /// limit is split (<see cref="CompileInGroups"/>).
    /// </summary>
    internal const int AutomataSizeLimit = 1_000_000;

    /// <summary>Raises the limit for this process unless its configuration already sets one.</summary>
    static SafetyRulesParser()
    {
        if (AppContext.GetData(AutomataSizeSetting) is null)
        {
            AppContext.SetData(AutomataSizeSetting, AutomataSizeLimit);
        }
    }

    public static SafetyRules? Parse(string path, string text, List<FaqDiagnostic> diagnostics)
    {
        if (ValidRulesByText.TryGetValue(text, out var cached))
        {
            return cached;
        }

        var rules = ParseUncached(path, text, diagnostics);
        if (rules is not null)
        {
            if (ValidRulesByText.Count >= 8)
            {
                ValidRulesByText.Clear();
            }

            ValidRulesByText[text] = rules;
        }

        return rules;
    }

    /// <summary>Parses <paramref name="text"/> afresh, whatever the cache holds.</summary>
    internal static SafetyRules? ParseUncached(string path, string text, List<FaqDiagnostic> diagnostics)
    {
        var bag = new DiagnosticBag(path);
        var root = YamlReader.LoadMapping(text, bag, "safety.yml");
        if (root is null)
        {
            diagnostics.AddRange(bag.Items);
            return null;
        }

        YamlReader.ReportUnknownKeys(root, ["messages", "crisis", "urgent", "advice"], bag);
        var messages = ReadMessages(root, bag);

        // Building the linear-time regexes is nearly all of the time (about three seconds for the shipped file on
        // one core), and no category or rule needs another's: they are built side by side, each reporting into its
        // own bag, and the messages are joined back in the file's order.
        (string Key, TriageCategory Category)[] sections = [("crisis", TriageCategory.Crisis), ("urgent", TriageCategory.Urgent), ("advice", TriageCategory.Advice)];
        var parts = sections.Select(_ => bag.ForPart()).ToArray();
        var categories = new TriageCategoryRules?[sections.Length];
        Parallel.For(0, sections.Length, i => categories[i] = ReadCategory(root, sections[i].Key, sections[i].Category, parts[i]));
        foreach (var part in parts)
        {
            bag.AddFrom(part);
        }

        var (crisis, urgent, advice) = (categories[0], categories[1], categories[2]);
        diagnostics.AddRange(bag.Items);
        return bag.HasErrors || messages is null || crisis is null || urgent is null || advice is null
            ? null
            : new SafetyRules(messages, crisis, urgent, advice);
    }

    private static SafetyMessages? ReadMessages(YamlMappingNode root, DiagnosticBag bag)
    {
        if (Section(root, "messages", bag) is not { } section)
        {
            return null;
        }

        YamlReader.ReportUnknownKeys(section, ["disclaimer", "no_answer", "did_you_mean", "greeting", "thanks"], bag);
        var disclaimer = YamlReader.Text(section, "disclaimer", bag, required: true);
        var noAnswer = YamlReader.Text(section, "no_answer", bag, required: true);
        var didYouMean = YamlReader.Text(section, "did_you_mean", bag, required: true);
        var greeting = YamlReader.Text(section, "greeting", bag, required: false) ?? SafetyMessages.DefaultGreeting;
        var thanks = YamlReader.Text(section, "thanks", bag, required: false) ?? SafetyMessages.DefaultThanks;
        return disclaimer is null || noAnswer is null || didYouMean is null
            ? null
            : new SafetyMessages(disclaimer, noAnswer, didYouMean, greeting, thanks);
    }

    private static TriageCategoryRules? ReadCategory(YamlMappingNode root, string key, TriageCategory category, DiagnosticBag bag)
    {
        if (Section(root, key, bag) is not { } section)
        {
            return null;
        }

        YamlReader.ReportUnknownKeys(section, ["reply", "general", "now", "absent", "harmless", "everyday", "rules"], bag);
        var reply = YamlReader.Text(section, "reply", bag, required: true);
        // How each list is kept depends on how often triage reads it (see SafetyPattern): the harmless and absent
        // lists blank every message a prefilter finds something in, and the general list reads every message a rule
        // fired on (member questions about warning signs often fire one); the now list only a general question.
        var general = PatternGroups(section, "general", bag, SafetyPattern.KeepLinear);
        var now = PatternGroups(section, "now", bag, SafetyPattern.Compact);
        var absent = AbsentSymptoms(section, bag);
        var harmless = PatternGroups(section, "harmless", bag, SafetyPattern.KeepLinear);
        var rules = ReadRules(section, key, bag);
        var everyday = ReadEverydayReasons(section, bag);
        if (reply is null || rules.IsEmpty)
        {
            return null;
        }

        return new TriageCategoryRules(category, reply, rules, Prefilters(rules), general, now) { AbsentSymptoms = absent, Harmless = harmless, Everyday = everyday };
    }

    /// <summary>
    /// The category's <c>absent</c> list, compiled into two patterns (one would be too large for a linear-time regex)
    /// that find a symptom said to be absent, in either of two shapes:
    /// <list type="bullet">
    /// <item>one of <see cref="AbsenceWords"/> before one of the listed symptoms ("no fever", "without any
    /// discharge", "she not have fever"), and any further ones joined by "or", "nor" or "no" ("no stiff neck or
    /// vomiting"). Never "and" alone: in "no fever, vomiting all night" the vomiting is real;</item>
    /// <item>a listed symptom said to be fine ("temp fine", "swallowing is normal", "temperature 36.6").</item>
    /// </list>
    /// </summary>
    private static ImmutableArray<SafetyPattern> AbsentSymptoms(YamlMappingNode mapping, DiagnosticBag bag)
    {
        var items = YamlReader.TextList(mapping, "absent", bag, required: false);
        if (items.IsEmpty || items.Any(item => CompileOne($@"\b(?:{item.Value})\b", item, bag) is null))
        {
            return [];
        }

        var symptom = $"(?:{string.Join('|', items.Select(item => item.Value))})";
        var saidAbsent = $"(?:{string.Join('|', AbsenceWords.All)})(?: {AbsenceWords.Verbs})?(?: a| any)? {symptom}(?:(?: or| nor| or any| no) {symptom})*";
        var saidFine = $"{symptom}(?: {AbsenceWords.LinkingVerbs})? {AbsenceWords.SaidFine}";
        if (TryCompile($@"\b(?:{saidAbsent})\b") is not { } absent || TryCompile($@"\b(?:{saidFine})\b") is not { } fine)
        {
            // Each pattern compiled alone, so only their number and size can be at fault.
            bag.Error(items[0].Line, "the 'absent' list is too large to be compiled into its two patterns; shorten it");
            return [];
        }

        return [SafetyPattern.KeepLinear(absent), SafetyPattern.KeepLinear(fine)];
    }

    /// <summary>
    /// <c>always: true</c>: the rule acts even on a message that reads as a general question (stroke signs: "what
    /// are the symptoms, my dad's face dropped and he can't speak" must get help, whatever else it asks).
    /// </summary>
    private static bool Always(YamlMappingNode rule, DiagnosticBag bag)
    {
        var text = YamlReader.Text(rule, "always", bag, required: false);
        if (text is null or "false")
        {
            return false;
        }

        if (text != "true")
        {
            bag.Error(YamlReader.LineOf(rule, "always"), $"'always' must be true or false, not '{text}'");
        }

        return text == "true";
    }

    private static ImmutableArray<TriageRule> ReadRules(YamlMappingNode section, string category, DiagnosticBag bag)
    {
        var node = YamlReader.Find(section, "rules");
        if (node is not YamlSequenceNode { Children.Count: > 0 } sequence)
        {
            bag.Error(node?.Start.Line ?? section.Start.Line, $"'{category}' needs a 'rules' list with at least one rule");
            return [];
        }

        return ReadRuleItems(sequence, bag, RuleShape.Rule);
    }

    /// <summary>
    /// The category's <c>everyday</c> reasons (<see cref="TriageCategoryRules.Everyday"/>), written as rules; none when
    /// the key is absent.
    /// </summary>
    private static ImmutableArray<TriageRule> ReadEverydayReasons(YamlMappingNode section, DiagnosticBag bag)
    {
        var node = YamlReader.Find(section, "everyday");
        if (node is null)
        {
            return [];
        }

        if (node is not YamlSequenceNode sequence)
        {
            bag.Error(node.Start.Line, $"'everyday' must be a list of rules, each with {RuleShape.EverydayReason.Keys}");
            return [];
        }

        return ReadRuleItems(sequence, bag, RuleShape.EverydayReason);
    }

    /// <summary>What a rule may hold: a triage rule may say <c>always</c>; an everyday reason only ever quiets the
    /// net, so <c>always</c> there could only mislead whoever reads the file. Reasons are read only when the net
    /// alone finds an emergency, which is rare, so their match is kept compact.</summary>
    private sealed record RuleShape(bool AllowsAlways, Func<Regex, SafetyPattern> KeepMatch)
    {
        public static readonly RuleShape Rule = new(AllowsAlways: true, SafetyPattern.KeepLinear);
        public static readonly RuleShape EverydayReason = new(AllowsAlways: false, SafetyPattern.Compact);

        /// <summary>The keys a rule needs and may have, for error messages.</summary>
        public string Keys => AllowsAlways
            ? "'name' and 'match' (and optionally 'and', 'unless', 'always')"
            : "'name' and 'match' (and optionally 'and', 'unless')";
    }

    private static ImmutableArray<TriageRule> ReadRuleItems(YamlSequenceNode sequence, DiagnosticBag bag, RuleShape shape)
    {
        var items = sequence.Children.ToArray();
        var parts = items.Select(_ => bag.ForPart()).ToArray();
        var read = new TriageRule?[items.Length];
        Parallel.For(0, items.Length, i => read[i] = ReadRule(items[i], parts[i], shape));
        foreach (var part in parts)
        {
            bag.AddFrom(part);
        }

        return [.. read.OfType<TriageRule>()];
    }

    private static TriageRule? ReadRule(YamlNode item, DiagnosticBag bag, RuleShape shape)
    {
        if (item is not YamlMappingNode rule)
        {
            bag.Error(item.Start.Line, $"each rule needs {shape.Keys}");
            return null;
        }

        if (!shape.AllowsAlways && YamlReader.Find(rule, "always") is not null)
        {
            bag.Error(YamlReader.LineOf(rule, "always"), "'always' has no meaning for an everyday reason; remove it");
        }

        // "always" on a reason has its own message above, so it is known here either way.
        YamlReader.ReportUnknownKeys(rule, ["name", "match", "and", "unless", "always"], bag);
        var name = YamlReader.Text(rule, "name", bag, required: true);
        // Every rule's match is read on each message its category's prefilter finds something in; its and/unless
        // only when the match found something too.
        var match = Patterns(rule, "match", bag, required: true, shape.KeepMatch);
        var and = Patterns(rule, "and", bag, required: false, SafetyPattern.Compact);
        var unless = Patterns(rule, "unless", bag, required: false, SafetyPattern.Compact);
        var always = shape.AllowsAlways && Always(rule, bag);
        return name is not null && match is not null ? new TriageRule(name, match, and, unless) { Always = always } : null;
    }

    /// <summary>
    /// The rules' <c>match</c> patterns joined into as few regexes as the engine allows (without backtracking it
    /// limits how large one may grow), so an ordinary question passes a category in a few scans instead of one
    /// per rule.
    /// </summary>
    private static PatternList Prefilters(ImmutableArray<TriageRule> rules)
    {
        var groups = ImmutableArray.CreateBuilder<Regex>();
        CompileInGroups([.. rules.Select(r => $"(?:{r.Match})")], 0, rules.Length, i => rules[i].Match.LinearRegex, groups);
        return new PatternList([.. groups.Select(SafetyPattern.KeepLinear)]);
    }

    private static YamlMappingNode? Section(YamlMappingNode root, string key, DiagnosticBag bag)
    {
        var node = YamlReader.Find(root, key);
        if (node is YamlMappingNode mapping)
        {
            return mapping;
        }

        bag.Error(node?.Start.Line ?? root.Start.Line, node is null ? $"missing required section '{key}'" : $"'{key}' must be a section of 'key: value' lines");
        return null;
    }

    /// <summary>
    /// Compiles a list of patterns into one whole-word alternation, reporting each bad pattern at its line, and keeps
    /// it as <paramref name="keep"/> says.
    /// </summary>
    private static SafetyPattern? Patterns(YamlMappingNode mapping, string key, DiagnosticBag bag, bool required, Func<Regex, SafetyPattern> keep) =>
        CheckedPatterns(mapping, key, bag, required) is { } checkedLinear ? keep(checkedLinear) : null;

    private static Regex? CheckedPatterns(YamlMappingNode mapping, string key, DiagnosticBag bag, bool required)
    {
        var items = YamlReader.TextList(mapping, key, bag, required);
        if (items.IsEmpty)
        {
            if (required && YamlReader.Find(mapping, key) is not null)
            {
                bag.Error(YamlReader.LineOf(mapping, key), $"'{key}' needs at least one pattern");
            }

            return null;
        }

        // Building a linear-time regex is slow (milliseconds each), so the patterns are built together first and
        // one by one only when that fails, to say which line is wrong.
        var wrapped = items.Select(item => $@"\b(?:{item.Value})\b").ToList();
        try
        {
            return new Regex(string.Join('|', wrapped), SafetyPattern.LinearOptions, MatchTimeout);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException)
        {
            var errors = 0;
            for (var i = 0; i < items.Length; i++)
            {
                errors += CompileOne(wrapped[i], items[i], bag) is null ? 1 : 0;
            }

            if (errors == 0)
            {
                bag.Error(YamlReader.LineOf(mapping, key), $"the '{key}' patterns together are too complex; split them into two rules");
            }

            return null;
        }
    }

    /// <summary>
    /// Compiles a long list of patterns (a category's <c>general</c> and <c>now</c>) into as few whole-word
    /// alternations as the linear-time engine accepts, so the list can grow without a size limit.
    /// </summary>
    private static PatternList? PatternGroups(YamlMappingNode mapping, string key, DiagnosticBag bag, Func<Regex, SafetyPattern> keep)
    {
        var items = YamlReader.TextList(mapping, key, bag, required: false);
        var wrapped = items.Select(item => $@"\b(?:{item.Value})\b").ToList();
        var groups = ImmutableArray.CreateBuilder<Regex>();
        return !items.IsEmpty && CompileInGroups(wrapped, 0, wrapped.Count, i => CompileOne(wrapped[i], items[i], bag), groups)
            ? new PatternList([.. groups.Select(keep)])
            : null;
    }

    /// <summary>
    /// Compiles patterns [start, end) as one alternation; when the engine refuses (too large, or a bad pattern),
    /// compiles each half the same way, down to <paramref name="compileAlone"/> for a single pattern (which reports
    /// a bad one at its line). Building a linear-time regex costs milliseconds, so the whole range is tried first.
    /// </summary>
    private static bool CompileInGroups(IReadOnlyList<string> patterns, int start, int end, Func<int, Regex?> compileAlone, ImmutableArray<Regex>.Builder groups)
    {
        if (end - start == 1)
        {
            var single = compileAlone(start);
            if (single is not null)
            {
                groups.Add(single);
            }

            return single is not null;
        }

        if (TryCompile(string.Join('|', patterns.Skip(start).Take(end - start))) is { } all)
        {
            groups.Add(all);
            return true;
        }

        var middle = (start + end) / 2;
        var left = CompileInGroups(patterns, start, middle, compileAlone, groups);
        var right = CompileInGroups(patterns, middle, end, compileAlone, groups);
        return left && right;
    }

    private static Regex? CompileOne(string wrapped, (string Value, long Line) item, DiagnosticBag bag)
    {
        try
        {
            return new Regex(wrapped, SafetyPattern.LinearOptions, MatchTimeout);
        }
        catch (ArgumentException single)
        {
            bag.Error(item.Line, $"pattern '{item.Value}' is not a valid regular expression: {FirstSentence(single.Message)}");
        }
        catch (NotSupportedException)
        {
            bag.Error(item.Line, $"pattern '{item.Value}' uses look-arounds or back-references, or is too complex; use plain alternatives like (word|other word)");
        }

        return null;
    }

    private static Regex? TryCompile(string pattern)
    {
        try
        {
            return new Regex(pattern, SafetyPattern.LinearOptions, MatchTimeout);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException)
        {
            return null;
        }
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end > 0 ? message[..end] : message.TrimEnd('.');
    }
}
