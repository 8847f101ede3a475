using HfsBot.Core.Text;

namespace HfsBot.Core.Safety;

/// <summary>What triage found, and which rule decided it (for logs and <c>eval</c>, never shown to members).</summary>
public sealed record TriageResult(TriageCategory Category, string? RuleName, string? Reply)
{
    public static TriageResult Ordinary { get; } = new(TriageCategory.None, null, null);

    public bool IsOrdinary => Category == TriageCategory.None;
}

/// <summary>
/// Checks a message against the safety rules, crisis first, then urgent; then asks the safety net about
/// anything the rules let through; then the advice rules. An emergency always wins over personal advice.
/// </summary>
public sealed class Triage(SafetyRules rules)
{
    /// <summary>Emergencies can be buried in long messages, so triage reads much more than matching does.</summary>
    public const int MaxInputLength = 8000;

    /// <summary>The rule name reported when the safety net, not a rule, decided.</summary>
    public const string SafetyNetRuleName = "safety net";

    public TriageResult Classify(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var asWritten = TextNormalizer.Normalize(message, MaxInputLength);
        if (asWritten.Length == 0)
        {
            return TriageResult.Ordinary;
        }

        // Rules and net read the emergency words of other languages in English ("la nuque raide" as "stiff neck"), and
        // the rules read text-speak spelled out ("i wnt 2 die" as "i want to die"); the net reads text-speak as its
        // examples were written (see ForeignPhrases, TextSpeak).
        var translated = ForeignPhrases.Translate(asWritten);
        var normalized = TextSpeak.Expand(translated);

        // The net is asked at most once: as a second opinion on a general question a rule fired on, or after the
        // rules let the message through.
        SafetyNetVerdict? verdict = null;
        foreach (var category in (ReadOnlySpan<TriageCategoryRules>)[rules.Crisis, rules.Urgent])
        {
            if (category.FirstFiringRule(normalized) is not { } rule)
            {
                continue;
            }

            // A general question about warning signs ("can botox ever cause trouble swallowing?") trips a rule by
            // its words. Whether it is one is decided with the safety net, which learned from hundreds of such
            // near-misses, so that a general-looking pattern alone can never silence a real emergency: a plain
            // general question is answered from the FAQ unless the net sees an emergency; one that also seems to
            // say "now" ("my neighbour had trouble swallowing after hers") only when the net is confident.
            var general = rule.Always ? GeneralQuestion.No : category.AsGeneralQuestion(normalized);
            if (general != GeneralQuestion.No)
            {
                verdict ??= rules.Net?.Assess(translated);
                var cleared = general == GeneralQuestion.Yes
                    ? verdict is not { IsEmergency: true }
                    : verdict is { Probability: < SafetyNet.ClearsGeneralQuestionBelow };
                if (cleared)
                {
                    continue;
                }
            }
            else if (!rule.Always && rules.Net is not null
                && TextNormalizer.WordCount(normalized) >= SafetyNet.RulesOutQuestionFromWords
                && QuestionDetector.LooksLikeQuestion(message))
            {
                // A question the general shapes do not know ("read in the paper about a woman who lost her hearing
                // after brain surgery. does that happen with MVD?") is ordinary only when the net is all but certain,
                // and knows the words the rule found, so that it is judging them rather than missing them.
                verdict ??= rules.Net.Assess(translated);
                if (verdict.Probability < SafetyNet.RulesOutQuestionBelow
                    && rules.Net.Knows(rule.FoundWords(category.ForRules(normalized))))
                {
                    continue;
                }
            }

            return new TriageResult(category.Category, rule.Name, category.Reply);
        }

        // A message an advice rule fires on ("forgot my gabapentin this morning, take it now or wait till tonight?")
        // is already explained as a question about the member's own treatment, so the net alone overrules that only
        // when it is confident. Emergency rules, checked above, always win over advice.
        verdict ??= rules.Net?.Assess(translated);

        // A message that asks nothing needs a little less of the net than a question does: members ask, so a
        // statement that reads nearly like an emergency usually is one.
        if (verdict is { IsEmergency: false, Probability: >= SafetyNet.StatementThreshold } && !QuestionDetector.LooksLikeQuestion(message))
        {
            verdict = verdict.ForStatement();
        }

        // The net reads words, not reasons: "won't be around next week, Spain holiday!" sounds like a goodbye. An
        // everyday reason the category lists explains it, unless the net is all but certain, so the net alone does not
        // raise that category.
        var explained = verdict is { IsEmergency: true, Probability: < SafetyNet.EverydayReasonExplainsBelow }
            && (verdict.Category == TriageCategory.Crisis ? rules.Crisis : rules.Urgent).GivesEverydayReason(normalized);
        var advice = rules.Advice.FirstFiringRule(normalized);
        if (verdict is { IsEmergency: true } && !explained && (advice is null || verdict.Probability >= SafetyNet.OverrulesAdviceAbove))
        {
            var reply = verdict.Category == TriageCategory.Crisis ? rules.Crisis.Reply : rules.Urgent.Reply;
            return new TriageResult(verdict.Category, SafetyNetRuleName, reply);
        }

        return advice is not null
            ? new TriageResult(TriageCategory.Advice, advice.Name, rules.Advice.Reply)
            : TriageResult.Ordinary;
    }
}
