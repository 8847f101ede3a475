using HfsBot.Testing;

namespace HfsBot.Core.Tests.Safety;

/// <summary>
/// Every row of triage-cases.tsv through the real faq/safety.yml: emergencies in many voices must be caught,
/// and ordinary questions, including general questions about warning signs, must not be.
/// </summary>
public sealed class TriageCaseTableTests
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var line in File.ReadAllLines(Path.Combine(RepoPaths.Root, "tests", "HfsBot.Core.Tests", "Safety", "triage-cases.tsv")))
        {
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                var parts = line.Split('\t');
                data.Add(parts[0], parts[1]);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Classify_CaseTable(string message, string expected)
    {
        var result = RealFaq.Triage.Classify(message);

        Assert.True(string.Equals(expected, result.Category.ToString(), StringComparison.OrdinalIgnoreCase), $"expected {expected}, got {result.Category} (rule: {result.RuleName ?? "-"})");
    }
}
