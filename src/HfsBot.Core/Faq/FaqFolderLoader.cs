using System.Collections.Immutable;
using System.Reflection;
using HfsBot.Core.Safety;
using HfsBot.Core.Text;

namespace HfsBot.Core.Faq;

/// <summary>
/// Reads a FAQ folder: every <c>&lt;id&gt;.md</c> entry (files starting with '_' are ignored), plus
/// <c>synonyms.yml</c> and <c>safety.yml</c>. Reports every problem at once. Never throws for bad content:
/// broken entry files are skipped, and a missing or broken <c>safety.yml</c>/<c>synonyms.yml</c> falls back
/// to the copy built into this version, so triage always runs.
/// </summary>
public sealed class FaqFolderLoader(TimeProvider timeProvider)
{
    public const string SynonymsFile = "synonyms.yml";
    public const string SafetyFile = "safety.yml";
    public const string SafetyExamplesFile = "safety-examples.tsv";

    /// <summary>The net for when there is no FAQ folder at all: the built-in examples alone.</summary>
    private static readonly Lazy<SafetyNet> BuiltInNet = new(() => SafetyNet.Train(BuiltInSafetyExamples(), []));

    public FaqLoadResult Load(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var diagnostics = new List<FaqDiagnostic>();
        var today = DateOnly.FromDateTime(timeProvider.GetLocalNow().DateTime);
        if (!Directory.Exists(directory))
        {
            diagnostics.Add(new FaqDiagnostic(directory, 1, DiagnosticSeverity.Error,
                $"the FAQ folder was not found (looked in {Path.GetFullPath(directory)}); set Faq:Directory or run from the repository root"));
            return new FaqLoadResult(new FaqCatalog([], BuiltInSynonyms(), BuiltInSafety()), [.. diagnostics], []);
        }

        var synonyms = ReadSpecialFile(directory, SynonymsFile, SynonymsParser.Parse, diagnostics) ?? BuiltInSynonyms();
        var safety = ReadSpecialFile(directory, SafetyFile, SafetyRulesParser.Parse, diagnostics) ?? BuiltInSafety();
        var examples = ReadSafetyExamples(directory, diagnostics);
        var parsed = ReadEntries(directory, today, diagnostics);
        var crossFile = CheckAcrossFiles(parsed, synonyms);
        diagnostics.AddRange(crossFile);

        var broken = crossFile.Select(d => d.Path).ToHashSet(StringComparer.Ordinal);
        var valid = parsed.Where(p => p.IsValid && !broken.Contains(p.Path)).Select(p => p.Entry!).ToList();
        // A missing or broken examples file falls back to the built-in examples, still with this FAQ's questions as
        // ordinary examples: a moderator's slip must not make triage weaker.
        var netExamples = examples ?? BuiltInSafetyExamples();
        string[] ordinaryQuestions = [.. valid.SelectMany(e => e.MatchTexts)];
        safety = safety.WithNetTrainedOnFirstUse(() => SafetyNet.TrainOrReuse(netExamples, ordinaryQuestions));
        var skipped = parsed.Where(p => !p.IsValid || broken.Contains(p.Path)).Select(p => p.Path).ToImmutableArray();
        if (parsed.Count == 0)
        {
            diagnostics.Add(new FaqDiagnostic(directory, 1, DiagnosticSeverity.Error, "the FAQ folder has no entries (<id>.md files)"));
        }

        var ordered = diagnostics.OrderBy(d => d.Path, StringComparer.Ordinal).ThenBy(d => d.Line).ToImmutableArray();
        return new FaqLoadResult(new FaqCatalog(valid, synonyms, safety), ordered, skipped);
    }

    /// <summary>
    /// Reads and parses every entry file. Files are independent, so they are read and parsed side by side (about a
    /// third of loading 10,000 entries); entries and messages still come out in file-name order.
    /// </summary>
    private static List<ParsedEntry> ReadEntries(string directory, DateOnly today, List<FaqDiagnostic> diagnostics)
    {
        var files = Directory.EnumerateFiles(directory, "*.md")
            .Where(f => !Path.GetFileName(f).StartsWith('_'))
            .Order(StringComparer.Ordinal)
            .ToArray();
        var results = new (ParsedEntry? Entry, List<FaqDiagnostic> ReadErrors)[files.Length];
        Parallel.For(0, files.Length, i =>
        {
            var readErrors = new List<FaqDiagnostic>();
            var text = TryReadText(files[i], readErrors);
            results[i] = (text is null ? null : FaqEntryParser.Parse(files[i], text, today), readErrors);
        });

        var parsed = new List<ParsedEntry>(files.Length);
        foreach (var (entry, readErrors) in results)
        {
            diagnostics.AddRange(readErrors);
            if (entry is not null)
            {
                diagnostics.AddRange(entry.Diagnostics);
                parsed.Add(entry);
            }
        }

        return parsed;
    }

    /// <summary>
    /// Questions must be unique across the whole FAQ (after normalising and synonyms, as matching sees them),
    /// and <c>related</c> must name ids that have a file.
    /// </summary>
    private static List<FaqDiagnostic> CheckAcrossFiles(List<ParsedEntry> parsed, SynonymMap synonyms)
    {
        var problems = new List<FaqDiagnostic>();
        var ids = parsed.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var firstSeen = new Dictionary<string, (string Path, int Line)>(StringComparer.Ordinal);

        // How matching sees each question is worked out side by side (most of this check's time in a large FAQ);
        // the duplicates are then found in file order, so the first of two is always the one kept.
        var keys = new string[parsed.Count][];
        Parallel.For(0, parsed.Count, i => keys[i] = [.. parsed[i].MatchTexts.Select(t =>
            string.Join(' ', synonyms.Rewrite(TextNormalizer.Tokenize(TextNormalizer.Normalize(t.Text)))))]);
        for (var i = 0; i < parsed.Count; i++)
        {
            var entry = parsed[i];
            for (var t = 0; t < entry.MatchTexts.Length; t++)
            {
                var (text, line) = entry.MatchTexts[t];
                var key = keys[i][t];
                if (firstSeen.TryGetValue(key, out var first))
                {
                    var where = first.Path == entry.Path ? $"line {first.Line}" : $"{first.Path}:{first.Line}";
                    problems.Add(new FaqDiagnostic(entry.Path, line, DiagnosticSeverity.Error,
                        $"duplicate question '{text}': the same question (as matching sees it) is already at {where}"));
                }
                else if (key.Length > 0)
                {
                    firstSeen[key] = (entry.Path, line);
                }
            }

            foreach (var (relatedId, line) in entry.Related.Where(r => !ids.Contains(r.Id)))
            {
                problems.Add(new FaqDiagnostic(entry.Path, line, DiagnosticSeverity.Error,
                    $"'related' names '{relatedId}', but there is no file {relatedId}.md"));
            }
        }

        return problems;
    }

    /// <summary>
    /// The safety net's examples. A folder from before the file existed still works: without it (a warning) or
    /// with a broken one (an error) the examples built into this version are used.
    /// </summary>
    private static ImmutableArray<SafetyExample>? ReadSafetyExamples(string directory, List<FaqDiagnostic> diagnostics)
    {
        var path = Path.Combine(directory, SafetyExamplesFile);
        if (!File.Exists(path))
        {
            diagnostics.Add(new FaqDiagnostic(path, 1, DiagnosticSeverity.Warning, $"{SafetyExamplesFile} is missing; the safety net learns from the examples built into this version"));
            return null;
        }

        var text = TryReadText(path, diagnostics);
        return text is null ? null : SafetyExamplesParser.Parse(path, text, diagnostics);
    }

    private delegate T? SpecialFileParser<T>(string path, string text, List<FaqDiagnostic> diagnostics);

    private static T? ReadSpecialFile<T>(string directory, string fileName, SpecialFileParser<T> parse, List<FaqDiagnostic> diagnostics)
        where T : class
    {
        var path = Path.Combine(directory, fileName);
        if (!File.Exists(path))
        {
            diagnostics.Add(new FaqDiagnostic(path, 1, DiagnosticSeverity.Error, $"{fileName} is missing; the copy built into this version is used until it is restored"));
            return null;
        }

        var text = TryReadText(path, diagnostics);
        return text is null ? null : parse(path, text, diagnostics);
    }

    private static string? TryReadText(string path, List<FaqDiagnostic> diagnostics)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(new FaqDiagnostic(path, 1, DiagnosticSeverity.Error, $"cannot read the file: {ex.Message}"));
            return null;
        }
    }

    /// <summary>The safety rules shipped with this build (a copy of the repository's faq/safety.yml).</summary>
    public static SafetyRules BuiltInSafety() =>
        (SafetyRulesParser.Parse("(built-in safety.yml)", ReadResource(SafetyFile), [])
        ?? throw new InvalidOperationException("The built-in safety.yml is invalid; the build embedded a broken copy.")) with { Net = BuiltInNet.Value };

    /// <summary>The safety-net examples shipped with this build (a copy of the repository's faq/safety-examples.tsv).</summary>
    public static ImmutableArray<SafetyExample> BuiltInSafetyExamples() =>
        SafetyExamplesParser.Parse("(built-in safety-examples.tsv)", ReadResource(SafetyExamplesFile), [])
        ?? throw new InvalidOperationException("The built-in safety-examples.tsv is invalid; the build embedded a broken copy.");

    /// <summary>The synonyms shipped with this build (a copy of the repository's faq/synonyms.yml).</summary>
    public static SynonymMap BuiltInSynonyms() =>
        SynonymsParser.Parse("(built-in synonyms.yml)", ReadResource(SynonymsFile), [])
        ?? throw new InvalidOperationException("The built-in synonyms.yml is invalid; the build embedded a broken copy.");

    private static string ReadResource(string fileName)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"HfsBot.Core.Defaults.{fileName}")
            ?? throw new InvalidOperationException($"The built-in {fileName} is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
