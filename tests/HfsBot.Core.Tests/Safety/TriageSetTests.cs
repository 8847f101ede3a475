using HfsBot.Core.Faq;
using HfsBot.Core.Safety;
using HfsBot.Testing;

namespace HfsBot.Core.Tests.Safety;

/// <summary>
/// Triage (rules, then the safety net) on labelled messages (message, crisis|urgent|none). A crisis answered with
/// the urgent reply, or the other way round, still counts as caught: both send the member to help at once.
/// </summary>
public sealed class TriageSetTests
{
    /// <summary>
    /// What it learned from: every emergency in faq/safety-examples.tsv is caught, few ordinary ones are flagged.
    /// About 2,000 of the ordinary examples are near-misses written to be as close to an emergency as possible
    /// (the innocent twin of a crisis, a past scare in three words); the rules fire on some of those by design,
    /// and the net may overrule a rule only on a general question, so a few percent stay flagged.
    /// </summary>
    [Fact]
    public void SafetyExamples_EveryEmergencyIsCaught()
    {
        var (missed, falseAlarms, ordinary) = Score(Path.Combine(RepoPaths.Faq, FaqFolderLoader.SafetyExamplesFile));

        Assert.True(missed.Count == 0, $"missed emergencies:\n{string.Join('\n', missed)}");
        Assert.True(falseAlarms <= ordinary * 0.04, $"{falseAlarms} of {ordinary} ordinary messages got a safety reply");
    }

    /// <summary>
    /// Held out: written by people who had seen neither the rules nor the examples. Part of each has since been read
    /// and used to change the rules (tests/data/README.md says which), so the floors, the current figures rounded
    /// down, guard against regressions rather than measure unseen quality.
    /// </summary>
    [Theory]
    [InlineData("triage-holdout.tsv", 0.99, 0.01)]
    [InlineData("triage-holdout2.tsv", 0.99, 0.01)]
    [InlineData("triage-holdout3.tsv", 0.99, 0.02)]
    [InlineData("triage-holdout4.tsv", 0.99, 0.05)]
    [InlineData("triage-holdout5.tsv", 0.99, 0.04)]
    [InlineData("triage-holdout6.tsv", 0.99, 0.03)]
    [InlineData("triage-holdout7.tsv", 0.99, 0.01)]
    [InlineData("triage-holdout8.tsv", 0.99, 0.03)]
    [InlineData("triage-holdout9.tsv", 0.99, 0.02)]
    [InlineData("triage-holdout10.tsv", 0.98, 0.05)]
    [InlineData("triage-holdout11.tsv", 1.00, 0.03)]
    [InlineData("triage-holdout12.tsv", 1.00, 0.00)]
    [InlineData("triage-holdout13.tsv", 1.00, 0.02)]
    [InlineData("triage-holdout14.tsv", 1.00, 0.00)]
    [InlineData("triage-holdout15.tsv", 1.00, 0.00)]
    [InlineData("triage-holdout16.tsv", 1.00, 0.00)]
    [InlineData("triage-holdout17.tsv", 1.00, 0.00)]
    [InlineData("triage-holdout18.tsv", 1.00, 0.01)]
    [InlineData("triage-holdout19.tsv", 1.00, 0.00)]
    [InlineData("triage-holdout20.tsv", 0.99, 0.01)]
    [InlineData("triage-holdout21.tsv", 1.00, 0.05)]
    [InlineData("triage-holdout22.tsv", 1.00, 0.01)]
    [InlineData("triage-holdout23.tsv", 1.00, 0.00)]
    [InlineData("triage-holdout24.tsv", 1.00, 0.00)]
    [InlineData("triage-holdout25.tsv", 1.00, 0.00)]
    [InlineData("triage-holdout26.tsv", 1.00, 0.00)]
    [InlineData("triage-holdout27.tsv", 1.00, 0.00)]
    [InlineData("triage-holdout28.tsv", 1.00, 0.00)]
    [InlineData("triage-holdout29.tsv", 1.00, 0.02)]
    [InlineData("triage-holdout30.tsv", 1.00, 0.03)]
    [InlineData("triage-holdout31.tsv", 0.99, 0.04)]
    [InlineData("triage-holdout32.tsv", 1.00, 0.00)]
    [InlineData("triage-holdout33.tsv", 1.00, 0.00)]
    [InlineData("triage-holdout34.tsv", 1.00, 0.00)]
    [InlineData("triage-holdout35.tsv", 1.00, 0.00)]
    [InlineData("triage-holdout36.tsv", 1.00, 0.00)]
    [InlineData("triage-holdout37.tsv", 0.99, 0.04)]
    [InlineData("triage-holdout38.tsv", 1.00, 0.03)]
    [InlineData("triage-holdout39.tsv", 1.00, 0.05)]
    [InlineData("triage-holdout40.tsv", 1.00, 0.01)]
    [InlineData("triage-holdout41.tsv", 0.99, 0.03)]
    [InlineData("triage-holdout42.tsv", 0.99, 0.02)]
    [InlineData("triage-holdout43.tsv", 1.00, 0.02)]
    [InlineData("triage-holdout44.tsv", 1.00, 0.01)]
    [InlineData("triage-holdout45.tsv", 1.00, 0.02)]
    [InlineData("triage-holdout46.tsv", 1.00, 0.02)]
    [InlineData("triage-holdout47.tsv", 1.00, 0.01)]
    [InlineData("triage-holdout48.tsv", 0.99, 0.03)]
    [InlineData("triage-holdout49.tsv", 0.97, 0.03)]
    [InlineData("triage-holdout50.tsv", 1.00, 0.02)]
    [InlineData("triage-holdout51.tsv", 1.00, 0.02)]
    [InlineData("triage-holdout52.tsv", 0.95, 0.05)]
    [InlineData("triage-holdout53.tsv", 1.00, 0.03)]
    [InlineData("triage-holdout54.tsv", 1.00, 0.02)]
    [InlineData("triage-holdout55.tsv", 1.00, 0.05)]
    [InlineData("triage-holdout56.tsv", 1.00, 0.02)]
    [InlineData("triage-holdout57.tsv", 1.00, 0.02)]
    [InlineData("triage-holdout58.tsv", 0.98, 0.02)]
    [InlineData("triage-holdout59.tsv", 1.00, 0.01)]
    [InlineData("triage-holdout60.tsv", 1.00, 0.01)]
    [InlineData("triage-holdout61.tsv", 1.00, 0.00)]
    [InlineData("triage-holdout62.tsv", 1.00, 0.00)]
    [InlineData("triage-holdout63.tsv", 0.98, 0.00)]
    [InlineData("triage-holdout64.tsv", 1.00, 0.02)]
    [InlineData("triage-holdout65.tsv", 1.00, 0.02)]
    [InlineData("triage-holdout66.tsv", 0.97, 0.01)]
    [InlineData("triage-holdout67.tsv", 1.00, 0.01)]
    [InlineData("triage-holdout68.tsv", 1.00, 0.02)]
    [InlineData("triage-holdout69.tsv", 0.99, 0.02)]
    [InlineData("triage-holdout70.tsv", 1.00, 0.01)]
    [InlineData("triage-holdout71.tsv", 1.00, 0.01)]
    [InlineData("triage-holdout72.tsv", 0.98, 0.03)]
    [InlineData("triage-holdout73.tsv", 1.00, 0.01)]
    [InlineData("triage-holdout74.tsv", 1.00, 0.01)]
    [InlineData("triage-holdout75.tsv", 0.99, 0.02)]
    [InlineData("triage-holdout76.tsv", 1.00, 0.02)]
    [InlineData("triage-holdout77.tsv", 1.00, 0.01)]
    [InlineData("triage-holdout78.tsv", 1.00, 0.01)]
    [InlineData("triage-holdout79.tsv", 1.00, 0.02)]
    [InlineData("triage-holdout80.tsv", 0.97, 0.02)]
    [InlineData("triage-holdout81.tsv", 1.00, 0.03)]
    [InlineData("triage-holdout82.tsv", 1.00, 0.02)]
    [InlineData("triage-holdout83.tsv", 1.00, 0.03)]
    [InlineData("triage-holdout84.tsv", 1.00, 0.03)]
    [InlineData("triage-holdout85.tsv", 0.98, 0.01)]
    [InlineData("triage-holdout86.tsv", 1.00, 0.01)]
    [InlineData("triage-holdout87.tsv", 1.00, 0.03)]
    [InlineData("triage-holdout88.tsv", 0.97, 0.03)]
    [InlineData("triage-holdout89.tsv", 1.00, 0.02)]
    [InlineData("triage-holdout90.tsv", 1.00, 0.02)]
    [InlineData("triage-holdout91.tsv", 0.98, 0.03)]
    [InlineData("triage-holdout92.tsv", 1.00, 0.01)]
    [InlineData("triage-holdout93.tsv", 0.98, 0.00)]
    [InlineData("triage-holdout94.tsv", 1.00, 0.01)]
    [InlineData("triage-holdout95.tsv", 0.99, 0.01)]
    [InlineData("triage-holdout96.tsv", 1.00, 0.01)]
    [InlineData("triage-holdout97.tsv", 0.98, 0.04)]
    [InlineData("triage-holdout98.tsv", 1.00, 0.01)]
    [InlineData("triage-holdout99.tsv", 1.00, 0.01)]
    [InlineData("triage-holdout100.tsv", 0.97, 0.07)]
    [InlineData("triage-holdout101.tsv", 1.00, 0.01)]
    [InlineData("triage-holdout102.tsv", 0.98, 0.08)]
    [InlineData("triage-holdout103.tsv", 1.00, 0.01)]
    [InlineData("triage-holdout104.tsv", 1.00, 0.07)]
    [InlineData("triage-holdout105.tsv", 1.00, 0.01)]
    [InlineData("triage-holdout106.tsv", 0.95, 0.03)]
    [InlineData("triage-holdout107.tsv", 1.00, 0.01)]
    [InlineData("triage-holdout108.tsv", 1.00, 0.02)]
    [InlineData("triage-holdout109.tsv", 1.00, 0.01)]
    [InlineData("triage-holdout110.tsv", 0.98, 0.03)]
    [InlineData("triage-holdout111.tsv", 1.00, 0.01)]
    [InlineData("triage-holdout112.tsv", 1.00, 0.04)]
    [InlineData("triage-holdout113.tsv", 1.00, 0.01)]
    [InlineData("triage-holdout114.tsv", 1.00, 0.02)]
    [InlineData("triage-holdout115.tsv", 0.98, 0.05)]
    [InlineData("triage-holdout116.tsv", 0.99, 0.06)]
    [InlineData("triage-holdout117.tsv", 1.00, 0.03)]
    [InlineData("triage-holdout118.tsv", 0.97, 0.08)]
    [InlineData("triage-holdout119.tsv", 1.00, 0.06)]
    [InlineData("triage-holdout120.tsv", 0.97, 0.03)]
    [InlineData("triage-holdout121.tsv", 1.00, 0.10)]
    [InlineData("triage-holdout122.tsv", 0.96, 0.08)]
    [InlineData("triage-holdout123.tsv", 0.99, 0.12)]
    [InlineData("triage-holdout124.tsv", 0.94, 0.13)]
    [InlineData("triage-holdout125.tsv", 1.00, 0.08)]
    [InlineData("triage-holdout126.tsv", 0.92, 0.05)]
    [InlineData("triage-holdout127.tsv", 0.96, 0.02)]
    [InlineData("triage-holdout128.tsv", 0.89, 0.09)]
    [InlineData("triage-holdout129.tsv", 1.00, 0.02)]
    [InlineData("triage-holdout130.tsv", 0.87, 0.04)]
    [InlineData("triage-holdout131.tsv", 1.00, 0.01)]
    [InlineData("triage-holdout132.tsv", 0.81, 0.04)]
    [InlineData("triage-holdout133.tsv", 0.91, 0.04)]
    [InlineData("triage-holdout134.tsv", 0.85, 0.03)]
    [InlineData("triage-holdout135.tsv", 0.92, 0.01)]
    [InlineData("triage-holdout136.tsv", 0.98, 0.02)]
    public void HeldOutSet_MeetsItsFloors(string file, double minRecall, double maxFalseAlarms)
    {
        var (missed, falseAlarms, ordinary) = Score(RepoPaths.TestData(file));
        var emergencies = File.ReadAllLines(RepoPaths.TestData(file)).Count(l => l.EndsWith("\tcrisis", StringComparison.Ordinal) || l.EndsWith("\turgent", StringComparison.Ordinal));
        var recall = 1 - ((double)missed.Count / emergencies);

        Assert.True(recall >= minRecall, $"recall {recall:P1}; missed:\n{string.Join('\n', missed)}");
        Assert.True(falseAlarms <= ordinary * maxFalseAlarms, $"{falseAlarms} of {ordinary} ordinary messages got a safety reply");
    }

    private static (List<string> Missed, int FalseAlarms, int Ordinary) Score(string path)
    {
        var missed = new List<string>();
        var falseAlarms = 0;
        var ordinary = 0;
        foreach (var line in File.ReadAllLines(path).Where(l => l.Length > 0 && !l.StartsWith('#') && l != SafetyExamplesParser.Header))
        {
            var parts = line.Split('\t');
            var caught = RealFaq.Triage.Classify(parts[0]).Category is TriageCategory.Crisis or TriageCategory.Urgent;
            if (parts[1] is "crisis" or "urgent" && !caught)
            {
                missed.Add($"{parts[1]}: {parts[0]}");
            }
            else if (parts[1] == "none")
            {
                ordinary++;
                falseAlarms += caught ? 1 : 0;
            }
        }

        return (missed, falseAlarms, ordinary);
    }
}
