using HfsBot.Core.Evaluation;
using HfsBot.Core.Faq;

namespace HfsBot.Benchmarks;

/// <summary>The real FAQ and a fixed sample of member questions, found from the repository root.</summary>
internal static class BenchmarkData
{
    public static string RepoRoot { get; } = FindRoot();

    public static FaqCatalog RealCatalog() =>
        new FaqFolderLoader(TimeProvider.System).Load(Path.Combine(RepoRoot, "faq")).Catalog;

    public const int SampleSize = 10;

    /// <summary>
    /// Ten everyday member questions, evenly spread over a blind labelled set (urgent ones left out): the other
    /// sets are phrasings in the FAQ now, and a question the FAQ contains word for word is not a fair test. Small,
    /// because the plain FuzzySharp baseline needs seconds per question at 10,000 entries.
    /// </summary>
    public static string[] SampleQuestions(FaqCatalog catalog)
    {
        var (cases, _) = EvalSetReader.Read(Path.Combine(RepoRoot, "tests", "data", "questions-holdout5.tsv"), catalog.ById.Keys.ToHashSet(StringComparer.Ordinal));
        var ordinary = cases.Where(c => !c.ExpectsUrgent).ToList();
        return [.. Enumerable.Range(0, SampleSize).Select(i => ordinary[i * ordinary.Count / SampleSize].Question)];
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "HfsBot.sln")))
            {
                return dir.FullName;
            }
        }

        // BenchmarkDotNet runs the benchmarks from a generated project; fall back to the working directory.
        return Directory.GetCurrentDirectory();
    }
}
