using System.Text.RegularExpressions;
using HfsBot.Core.Safety;
using HfsBot.Core.Text;
using HfsBot.Testing;

namespace HfsBot.Core.Tests.Safety;

/// <summary>
/// The safety patterns triage reads seldom are kept for the backtracking engine, which holds a few kilobytes where the
/// linear-time engine holds megabytes (docs/performance.md). They must read every message exactly as the linear-time
/// engine would, and never hang.
/// </summary>
public sealed class SafetyPatternTests
{
    /// <summary>
    /// A pattern with nested repeats backtracks exponentially on a run of x's with no y (one step more splits the
    /// run in twice as many ways: about 2^40 here), so without the budget and the linear-time fallback this test would
    /// not finish.
    /// </summary>
    private static readonly Regex NestedRepeats = new(@"\b(?:(?:x\w*)+y)\b", SafetyPattern.LinearOptions);

    private static readonly string RunOfXs = new string('x', 40) + " and then some words";

    [Fact]
    public void IsMatch_PatternThatBacktracksForever_IsAnsweredByTheLinearEngine()
    {
        var pattern = SafetyPattern.Compact(NestedRepeats);
        Assert.False(pattern.ReadsInLinearTime);

        Assert.False(pattern.IsMatch(RunOfXs));
        Assert.True(pattern.ReadsInLinearTime); // from now on, without trying the backtracking engine again
        Assert.True(pattern.IsMatch("xxxxy"));
    }

    [Fact]
    public void Replace_PatternThatBacktracksForever_IsAnsweredByTheLinearEngine()
    {
        var pattern = SafetyPattern.Compact(NestedRepeats);

        Assert.Equal(RunOfXs + " _", pattern.Replace(RunOfXs + " xxy", "_"));
        Assert.True(pattern.ReadsInLinearTime);
    }

    /// <summary>On a fresh parse of the real file, before any message could have sent a pattern to the linear engine.</summary>
    [Fact]
    public void RealRules_OnlyThePatternsReadOftenKeepTheirLinearTimeTables()
    {
        var rules = SafetyRulesParser.ParseUncached("safety.yml", File.ReadAllText(Path.Combine(RepoPaths.Faq, "safety.yml")), []);

        Assert.NotNull(rules);
        foreach (var category in rules.InTriageOrder)
        {
            var often = category.Prefilters.Patterns
                .AddRange(category.General?.Patterns ?? [])
                .AddRange(category.Harmless?.Patterns ?? [])
                .AddRange(category.AbsentSymptoms)
                .AddRange(category.Rules.Select(rule => rule.Match));
            Assert.All(often, pattern => Assert.True(pattern.ReadsInLinearTime));
            Assert.All(SeldomReadPatterns(category), item => Assert.False(item.Pattern.ReadsInLinearTime, item.Name));
        }

        Assert.NotEmpty(rules.InTriageOrder.SelectMany(SeldomReadPatterns));
    }

    /// <summary>
    /// Every pattern kept for the backtracking engine, on every message in tests/data and the safety examples, asked
    /// of both engines directly (no budget, so a slow moment on a busy machine cannot make the linear-time engine
    /// answer both sides): the same answer.
    /// </summary>
    [Fact]
    public void RealRules_BothEnginesReadEveryTestMessageTheSame()
    {
        var messages = TestMessages();
        foreach (var category in RealFaq.Catalog.Safety.InTriageOrder)
        {
            foreach (var (name, pattern) in SeldomReadPatterns(category))
            {
                var linear = new Regex(pattern.ToString(), SafetyPattern.LinearOptions);
                var backtracking = new Regex(pattern.ToString(), SafetyPattern.BacktrackingOptions);
                foreach (var message in messages)
                {
                    Assert.True(linear.IsMatch(message) == backtracking.IsMatch(message), $"{category.Category} {name}: '{message}'");
                }
            }
        }
    }

    private static IEnumerable<(string Name, SafetyPattern Pattern)> SeldomReadPatterns(TriageCategoryRules category)
    {
        foreach (var reason in category.Everyday)
        {
            yield return ($"everyday {reason.Name}: match", reason.Match);
            if (reason.Unless is { } reasonUnless)
            {
                yield return ($"everyday {reason.Name}: unless", reasonUnless);
            }
        }

        foreach (var rule in category.Rules)
        {
            if (rule.And is { } and)
            {
                yield return ($"{rule.Name}: and", and);
            }

            if (rule.Unless is { } unless)
            {
                yield return ($"{rule.Name}: unless", unless);
            }
        }

        foreach (var pattern in category.Now?.Patterns ?? [])
        {
            yield return ("now", pattern);
        }
    }

    /// <summary>Member questions, triage sets and safety examples, normalised as triage reads them; long ones included.</summary>
    private static List<string> TestMessages()
    {
        var files = Directory.GetFiles(RepoPaths.TestData(""), "*.tsv").Append(Path.Combine(RepoPaths.Faq, "safety-examples.tsv"));
        return [.. files
            .SelectMany(file => File.ReadLines(file).Skip(1))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => TextNormalizer.Normalize(line.Split('\t')[0], Triage.MaxInputLength))
            .Distinct(StringComparer.Ordinal)];
    }

    [Fact]
    public void RealRules_KeepTheOrderOfTheFile()
    {
        // Categories and rules are compiled side by side; the first rule that fires names the reply's reason, so
        // their order must still be the file's.
        var inFile = File.ReadAllLines(Path.Combine(RepoPaths.Faq, "safety.yml"))
            .Where(line => line.StartsWith("    - name: ", StringComparison.Ordinal))
            .Select(line => line["    - name: ".Length..].Trim());

        // Each category's everyday reasons come before its rules in the file.
        Assert.Equal(inFile, RealFaq.Catalog.Safety.InTriageOrder.SelectMany(category => category.Everyday.Concat(category.Rules)).Select(rule => rule.Name));
    }
}
