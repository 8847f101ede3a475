using BenchmarkDotNet.Attributes;
using FuzzySharp;
using FuzzySharp.SimilarityRatio;
using FuzzySharp.SimilarityRatio.Scorer.Composite;
using HfsBot.Core.Answering;
using HfsBot.Core.Evaluation;
using HfsBot.Core.Matching;

namespace HfsBot.Benchmarks;

/// <summary>
/// Answering one member question with the whole pipeline (triage, index, FuzzySharp re-ranking), against the
/// plain approach (FuzzySharp's <c>Process.ExtractOne</c> with WeightedRatio over every title and question),
/// at the real FAQ's size and with 1,000 and 10,000 entries (the real ones plus synthetic distractors).
/// Times are per question: each invocation answers the same sample of questions.
/// </summary>
[MemoryDiagnoser]
public class MatchingBenchmarks
{
    private FaqAnswerer _answerer = null!;
    private string[] _questions = null!;
    private string[] _allTexts = null!;

    /// <summary>Entries in the FAQ: 42 is the real one; more are filled up with synthetic distractors.</summary>
    [Params(42, 1_000, 10_000)]
    public int Entries { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var real = BenchmarkData.RealCatalog();
        var catalog = SyntheticFaq.WithDistractors(real, Math.Max(0, Entries - real.Entries.Length));
        _answerer = new FaqAnswerer(catalog, new MatchingOptions());
        _questions = BenchmarkData.SampleQuestions(real);
        _allTexts = [.. catalog.Entries.SelectMany(e => e.MatchTexts)];
    }

    [Benchmark(Description = "HfsBot pipeline", OperationsPerInvoke = BenchmarkData.SampleSize)]
    public int HfsBotPipeline()
    {
        var answered = 0;
        foreach (var question in _questions)
        {
            answered += _answerer.Answer(question).Entry is null ? 0 : 1;
        }

        return answered;
    }

    [Benchmark(Description = "plain FuzzySharp ExtractOne", Baseline = true, OperationsPerInvoke = BenchmarkData.SampleSize)]
    public int PlainFuzzySharp()
    {
        var total = 0;
        foreach (var question in _questions)
        {
            total += Process.ExtractOne(question, _allTexts, s => s, ScorerCache.Get<WeightedRatioScorer>()).Score;
        }

        return total;
    }
}
