using HfsBot.Core.Faq;
using HfsBot.Core.Safety;
using HfsBot.Core.Text;
using HfsBot.Testing;

namespace HfsBot.Core.Tests.Safety;

public sealed class SafetyNetTests : IDisposable
{
    private readonly TempFaqFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static SafetyExample[] SmallExamples =>
    [
        new("my dad suddenly cant lift his arm and his words are wrong", TriageCategory.Urgent),
        new("clear water keeps dripping from my nose after the operation", TriageCategory.Urgent),
        new("her arm went weak and her speech is strange since this morning", TriageCategory.Urgent),
        new("i have saved up my pills and tonight i will take them all", TriageCategory.Crisis),
        new("everyone would be better off without me, i have a plan", TriageCategory.Crisis),
        new("i gave away my things and said goodbye, i will not be around", TriageCategory.Crisis),
        new("how long does botox last", TriageCategory.None),
        new("is mvd surgery safe for older people", TriageCategory.None),
        new("what are the side effects of tegretol", TriageCategory.None),
        new("does stress make the twitching worse", TriageCategory.None),
    ];

    private static string Normalize(string text) => TextNormalizer.Normalize(text);

    [Fact]
    public void Train_LearnsEmergenciesAndTellsCrisisFromUrgent()
    {
        var net = SafetyNet.Train(SmallExamples, ["can botox wear off early", "what kind of doctor treats hfs"]);

        Assert.Equal(TriageCategory.Urgent, net.Assess(Normalize("my mum suddenly cant lift her arm and her words are wrong")).Category);
        Assert.Equal(TriageCategory.Crisis, net.Assess(Normalize("i saved up my pills, everyone would be better off without me")).Category);
        var ordinary = net.Assess(Normalize("how long does the botox last for you"));
        Assert.Equal(TriageCategory.None, ordinary.Category);
        Assert.InRange(ordinary.Probability, 0, SafetyNet.Threshold);
    }

    /// <summary>
    /// The net learns from the FAQ's questions too. Which of them it samples, and in what order it visits its
    /// examples, depend on their content, never on their position: a moderator who moves or adds a phrasing must not
    /// change the verdict on an unrelated member's message. (Taking every second question, and a shuffle by
    /// position, did: one question inserted at the top swapped half the sample.)
    /// </summary>
    [Fact]
    public void Train_SameExamplesAndQuestionsInAnotherOrder_GivesTheSameVerdicts()
    {
        // More questions than the net samples, so that which ones it takes matters.
        var questions = Enumerable.Range(0, 4_000).Select(i => $"question {i} about botox number {i % 37} and the op day {i % 11}").ToList();
        string[] messages = ["my dad suddenly cant lift his arm", "is mvd safe for older people", "botox number 5 and the op day 3", "i will take all my pills tonight"];

        var net = SafetyNet.Train(SmallExamples, questions);
        var rotated = SafetyNet.Train([.. SmallExamples.Reverse()], [.. questions.Skip(1), questions[0]]);

        foreach (var message in messages)
        {
            Assert.Equal(net.Assess(Normalize(message)).Probability, rotated.Assess(Normalize(message)).Probability);
        }
    }

    [Fact]
    public void Features_AWordAfterNoWithoutOrNothing_IsItsOwnFeature()
    {
        // With plain word features "no fever, no stiff neck" shares "fever", "stiff" and "neck" with a real fever
        // and stiff neck; the net learns better from "not_fever".
        var features = SafetyNet.FeaturesOfNormalized(Normalize("no fever, nothing dripping, but a headache"));

        Assert.Contains("not_fever", features);
        Assert.Contains("not_" + Stemmer.Stem("dripping"), features);
        Assert.DoesNotContain("fever", features);
        Assert.Contains(Stemmer.Stem("headache"), features);
        Assert.Contains("no", features);
    }

    [Fact]
    public void Knows_OnlyWordsSeenInEnoughTrainingExamples()
    {
        var net = SafetyNet.Train(SmallExamples, []);
        var often = Enumerable.Repeat(new SafetyExample("my wound is leaking", TriageCategory.Urgent), SafetyNet.KnownAfterExamples)
            .Select((e, i) => e with { Message = e.Message + " day " + i });
        var trained = SafetyNet.Train([.. SmallExamples, .. often], []);

        Assert.False(net.Knows(Normalize("wound leaking"))); // never seen
        Assert.True(trained.Knows(Normalize("wound leaking")));
        Assert.True(trained.Knows(Normalize("Wound LEAKS"))); // read as stems, like the features
        Assert.False(trained.Knows(Normalize("wound leaking petechiae"))); // one unknown word is enough
        Assert.False(trained.Knows(Normalize("my dad"))); // "dad" is in one example only
    }

    [Fact]
    public void Train_IsDeterministic()
    {
        var first = SafetyNet.Train(SmallExamples, []);
        var second = SafetyNet.Train(SmallExamples, []);
        string[] messages = ["words are wrong and arm is weak", "better off without me", "is botox safe", "dripping nose"];

        Assert.Equal(messages.Select(m => first.Assess(Normalize(m))), messages.Select(m => second.Assess(Normalize(m))));
    }

    [Fact]
    public void Triage_RulesDecideFirst_AndTheNetCatchesWhatTheyLetThrough()
    {
        var rules = FaqFolderLoader.BuiltInSafety();
        var triage = new Triage(rules);

        Assert.NotEqual(Triage.SafetyNetRuleName, triage.Classify("i want to kill myself").RuleName);
        var result = triage.Classify("Writing this from the car at the top of the cliffs. Face won't stop. Nobody would even notice.");
        Assert.Equal(TriageCategory.Crisis, result.Category);
        Assert.Equal(rules.Crisis.Reply, result.Reply);
    }

    [Fact]
    public void Triage_WithoutANet_UsesTheRulesAlone()
    {
        var triage = new Triage(FaqFolderLoader.BuiltInSafety() with { Net = null });

        Assert.Equal(TriageCategory.None, triage.Classify("how long does botox last").Category);
        Assert.Equal(TriageCategory.Crisis, triage.Classify("i want to kill myself").Category);
    }

    [Fact]
    public void Parse_ARepeatedMessage_CountsOnceAndIsReported_AndWithAnotherLabelIsAnError()
    {
        var text = "message\tlabel\nhis face dropped an hour ago\turgent\nthis twitch is killing me lol\tnone\n  This twitch is killing me LOL \tnone\n";
        var repeated = new List<FaqDiagnostic>();

        var examples = SafetyExamplesParser.Parse("faq/safety-examples.tsv", text, repeated);

        Assert.Equal(2, examples!.Value.Length);
        Assert.Equal(["faq/safety-examples.tsv:4: warning: the same message as line 3: one line is enough"], repeated.Select(d => d.ToString()));

        var contradicting = new List<FaqDiagnostic>();
        Assert.Null(SafetyExamplesParser.Parse("faq/safety-examples.tsv", text + "his face dropped an hour ago\tnone\n", contradicting));
        Assert.Contains("faq/safety-examples.tsv:5: the same message as line 2, with another label: keep the right one", contradicting.Select(d => d.ToString()));
    }

    [Fact]
    public void Parse_ReportsEveryBadLineWithItsNumber()
    {
        var diagnostics = new List<FaqDiagnostic>();
        var text = "message\tlabel\n# a comment\nok message\turgent\nno label here\n\tnone\nfine\tmaybe\n";

        var examples = SafetyExamplesParser.Parse("faq/safety-examples.tsv", text, diagnostics);

        Assert.Null(examples);
        Assert.Equal(
            ["faq/safety-examples.tsv:4: expected two columns, message<TAB>label", "faq/safety-examples.tsv:5: the message is empty", "faq/safety-examples.tsv:6: label 'maybe' must be crisis, urgent or none"],
            diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Load_MissingExamples_IsAWarningAndTheBuiltInNetServes()
    {
        _folder.WriteEntry("good", TempFaqFolder.ValidEntry());
        File.Delete(_folder.File(FaqFolderLoader.SafetyExamplesFile));

        var result = new FaqFolderLoader(new FakeTimeProvider()).Load(_folder.Path);

        var warning = Assert.Single(result.Diagnostics);
        Assert.False(warning.IsError);
        Assert.Contains("safety-examples.tsv is missing", warning.Message, StringComparison.Ordinal);
        Assert.NotNull(result.Catalog.Safety.Net);
    }

    [Fact]
    public void Load_BrokenExamples_IsAnErrorAndTheBuiltInNetServes()
    {
        _folder.WriteEntry("good", TempFaqFolder.ValidEntry());
        _folder.Write(FaqFolderLoader.SafetyExamplesFile, "message\tlabel\nsomething\tpanic\n");

        var result = new FaqFolderLoader(new FakeTimeProvider()).Load(_folder.Path);

        var error = Assert.Single(result.Diagnostics);
        Assert.True(error.IsError);
        Assert.EndsWith("safety-examples.tsv:2: label 'panic' must be crisis, urgent or none", error.ToString(), StringComparison.Ordinal);
        Assert.Equal(TriageCategory.Crisis, new Triage(result.Catalog.Safety).Classify("Writing this from the car at the top of the cliffs. Face won't stop. Nobody would even notice.").Category);
    }

    [Fact]
    public void Assess_KeepsTheProbabilityUnroundedAndForStatementOnlyLowersTheBar()
    {
        var verdict = RealFaq.Catalog.Safety.Net!.Assess(Normalize("everything feels heavy and odd tonight"));

        // The near-certain check compares with 0.01: a probability rounded to three places would sit on either side.
        Assert.NotEqual(Math.Round(verdict.Probability, 3), verdict.Probability);
        var statement = verdict.ForStatement();
        Assert.Equal(verdict.Probability, statement.Probability);
        Assert.Equal(SafetyNet.StatementThreshold, statement.Threshold);
        Assert.Equal(verdict.Probability >= SafetyNet.StatementThreshold, statement.IsEmergency);
    }

    [Fact]
    public void WithNetTrainedOnFirstUse_TrainsOnlyWhenAsked_AndOnceWhoeverAsks()
    {
        var trainings = 0;
        var net = RealFaq.Catalog.Safety.Net!;
        var rules = FaqFolderLoader.BuiltInSafety().WithNetTrainedOnFirstUse(() =>
        {
            Interlocked.Increment(ref trainings);
            return net;
        });

        Assert.Equal(0, trainings);
        Parallel.For(0, 8, _ => Assert.Same(net, rules.Net));
        Assert.Equal(1, trainings);
    }
}
