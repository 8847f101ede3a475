using HfsBot.Core.Text;

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
    public const string Header = "question\texpected";

    public static (List<EvalCase> Cases, List<string> Errors) Read(string path, IReadOnlySet<string> knownIds)
    {
        ArgumentNullException.ThrowIfNull(knownIds);
        var cases = new List<EvalCase>();
        var errors = new List<string>();
        foreach (var (line, parts) in LabelledTsv.Rows(File.ReadAllText(path), Header))
        {
            if (parts.Length != 2)
            {
                errors.Add($"{path}:{line}: expected 'question<TAB>expected', found {parts.Length} columns");
                continue;
            }

            var expected = parts[1].Trim();
            if (expected is not (EvalCase.NoneLabel or EvalCase.UrgentLabel) && !knownIds.Contains(expected))
            {
                errors.Add($"{path}:{line}: '{expected}' is not an FAQ id, NONE or URGENT");
                continue;
            }

            cases.Add(new EvalCase(parts[0], expected, line));
        }

        return (cases, errors);
    }
}
