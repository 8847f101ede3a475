using HfsBot.Core.Evaluation;
using HfsBot.Core.Faq;

namespace HfsBot.Benchmarks;

/// <summary>The real FAQ and a fixed sample of member questions, found from the repository root.</summary>
internal static class BenchmarkData
{
    public static string RepoRoot { get; } = FindRoot();

    public static FaqCatalog RealCatalog() =>
        new FaqFolderLoader(TimeProvider.System).Load(Path.Combine(RepoRoot, "faq")).Catalog;

    /// <summary>Every 4th labelled tuning question that is not urgent: 35 everyday member questions.</summary>
    public static string[] SampleQuestions(FaqCatalog catalog)
    {
        var (cases, _) = EvalSetReader.Read(Path.Combine(RepoRoot, "tests", "data", "questions-tune.tsv"), catalog.ById.Keys.ToHashSet(StringComparer.Ordinal));
        return [.. cases.Where(c => !c.ExpectsUrgent).Where((_, i) => i % 4 == 0).Select(c => c.Question)];
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
