using HfsBot.Core.Text;

namespace HfsBot.Core.Safety;

/// <summary>What triage found, and which rule decided it (for logs and <c>eval</c>, never shown to members).</summary>
public sealed record TriageResult(TriageCategory Category, string? RuleName, string? Reply)
{
    public static TriageResult Ordinary { get; } = new(TriageCategory.None, null, null);

    public bool IsOrdinary => Category == TriageCategory.None;
}

/// <summary>Checks a message against the safety rules, crisis first, then urgent, then advice.</summary>
public sealed class Triage(SafetyRules rules)
{
    /// <summary>Emergencies can be buried in long messages, so triage reads much more than matching does.</summary>
    public const int MaxInputLength = 8000;

    public TriageResult Classify(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var normalized = TextNormalizer.Normalize(message, MaxInputLength);
        if (normalized.Length == 0)
        {
            return TriageResult.Ordinary;
        }

        foreach (var category in rules.InTriageOrder)
        {
            if (category.FirstFiringRule(normalized) is { } rule)
            {
                return new TriageResult(category.Category, rule.Name, category.Reply);
            }
        }

        return TriageResult.Ordinary;
    }
}
