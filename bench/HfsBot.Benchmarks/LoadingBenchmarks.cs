using BenchmarkDotNet.Attributes;
using HfsBot.Core.Answering;
using HfsBot.Core.Evaluation;
using HfsBot.Core.Faq;
using HfsBot.Core.Learning;
using HfsBot.Core.Matching;

namespace HfsBot.Benchmarks;

/// <summary>
/// Loading a 10,000-entry FAQ folder from disk (reading and validating every file), building the index and training
/// the learned models, as the first load does. The retained size of the built index is printed once in the setup log.
/// </summary>
[MemoryDiagnoser]
public class LoadingBenchmarks
{
    private string _folder = null!;

    [GlobalSetup]
    public void Setup()
    {
        _folder = Path.Combine(Path.GetTempPath(), "hfsbot-bench-faq-10000");
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }

        var real = BenchmarkData.RealCatalog();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(BenchmarkData.RepoRoot, "faq")))
        {
            Directory.CreateDirectory(_folder);
            File.Copy(file, Path.Combine(_folder, Path.GetFileName(file)));
        }

        SyntheticFaq.WriteFiles(SyntheticFaq.Generate(10_000 - real.Entries.Length, new DateOnly(2026, 11, 1)), _folder);

        var before = GC.GetTotalMemory(forceFullCollection: true);
        var answerer = LoadAndIndex();
        var retained = GC.GetTotalMemory(forceFullCollection: true) - before;
        Console.WriteLine($"// 10,000-entry FAQ: {answerer.Catalog.Entries.Length} entries loaded; index and catalog retain {retained / (1024.0 * 1024.0):F1} MB");
    }

    /// <summary>
    /// A first load: the learned models (safety net, chat model) are trained afresh every time. They are kept by
    /// the content they learned from, so without forgetting them every load after the first would reuse them and
    /// measure a reload in which no phrasing changed. (The safety rules' regexes come from safety.yml, not from the
    /// entries, and are built once per process as in the bot.)
    /// </summary>
    [Benchmark(Description = "load + index 10,000 entries from files")]
    public FaqAnswerer LoadAndIndex()
    {
        TrainedByContent.ForgetAll();
        var load = new FaqFolderLoader(TimeProvider.System).Load(_folder);
        return new FaqAnswerer(load.Catalog, new MatchingOptions());
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);
}
