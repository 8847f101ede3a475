namespace HfsBot.Core.Evaluation;

/// <summary>One labelled question: <c>question&lt;TAB&gt;expected</c>, where expected is an id, NONE or URGENT.</summary>
public sealed record EvalCase(string Question, string Expected, int Line)
{
    public const string NoneLabel = "NONE";
    public const string UrgentLabel = "URGENT";

    public bool ExpectsNone => Expected == NoneLabel;

    public bool ExpectsUrgent => Expected == UrgentLabel;

    public bool ExpectsEntry => !ExpectsNone && !ExpectsUrgent;
}

/// <summary>Reads a labelled TSV file, reporting bad rows as <c>path:line: message</c>.</summary>
public static class EvalSetReader
{
    public static (List<EvalCase> Cases, List<string> Errors) Read(string path, IReadOnlySet<string> knownIds)
    {
        ArgumentNullException.ThrowIfNull(knownIds);
        var cases = new List<EvalCase>();
        var errors = new List<string>();
        var lines = File.ReadAllLines(path);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (string.IsNullOrWhiteSpace(line) || (i == 0 && line.StartsWith("question\t", StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            var parts = line.Split('\t');
            if (parts.Length != 2)
            {
                errors.Add($"{path}:{i + 1}: expected 'question<TAB>expected', found {parts.Length} columns");
                continue;
            }

            var expected = parts[1].Trim();
            if (expected is not (EvalCase.NoneLabel or EvalCase.UrgentLabel) && !knownIds.Contains(expected))
            {
                errors.Add($"{path}:{i + 1}: '{expected}' is not an FAQ id, NONE or URGENT");
                continue;
            }

            cases.Add(new EvalCase(parts[0], expected, i + 1));
        }

        return (cases, errors);
    }
}
