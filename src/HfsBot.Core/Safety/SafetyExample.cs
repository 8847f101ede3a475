using System.Collections.Immutable;
using HfsBot.Core.Faq;
using HfsBot.Core.Text;

namespace HfsBot.Core.Safety;

/// <summary>One labelled message the safety net learns from: an emergency (crisis or urgent) or an ordinary one.</summary>
public sealed record SafetyExample(string Message, TriageCategory Label);

/// <summary>
/// Reads <c>faq/safety-examples.tsv</c>: a header line, then <c>message&lt;TAB&gt;crisis|urgent|none</c> per line;
/// lines starting with # are comments. Every problem is reported as <c>path:line: message</c>.
/// </summary>
public static class SafetyExamplesParser
{
    public const string Header = "message\tlabel";

    public static ImmutableArray<SafetyExample>? Parse(string path, string text, List<FaqDiagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var examples = ImmutableArray.CreateBuilder<SafetyExample>();
        var errors = 0;

        // A message written twice (helpers and moderators paste the same near-miss) counts twice in training; with
        // two labels it teaches the net both answers. Compared ignoring case and surrounding spaces.
        var seen = new Dictionary<string, (int Line, TriageCategory Label)>(StringComparer.OrdinalIgnoreCase);
        foreach (var (number, parts) in LabelledTsv.Rows(text, Header))
        {
            var problem = parts.Length != 2 ? "expected two columns, message<TAB>label"
                : parts[0].Trim().Length == 0 ? "the message is empty"
                : ParseLabel(parts[1].Trim()) is null ? $"label '{parts[1].Trim()}' must be crisis, urgent or none"
                : null;
            if (problem is not null)
            {
                diagnostics.Add(new FaqDiagnostic(path, number, DiagnosticSeverity.Error, problem));
                errors++;
                continue;
            }

            var message = parts[0].Trim();
            var label = ParseLabel(parts[1].Trim())!.Value;
            if (seen.TryGetValue(message, out var first))
            {
                var contradicts = first.Label != label;
                diagnostics.Add(new FaqDiagnostic(path, number, contradicts ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
                    contradicts ? $"the same message as line {first.Line}, with another label: keep the right one" : $"the same message as line {first.Line}: one line is enough"));
                errors += contradicts ? 1 : 0;
                continue;
            }

            seen[message] = (number, label);
            examples.Add(new SafetyExample(message, label));
        }

        if (errors == 0 && !examples.Any(e => e.Label != TriageCategory.None))
        {
            diagnostics.Add(new FaqDiagnostic(path, 1, DiagnosticSeverity.Error, "needs at least one crisis or urgent example"));
            errors++;
        }

        return errors == 0 ? examples.ToImmutable() : null;
    }

    private static TriageCategory? ParseLabel(string label) => label switch
    {
        "crisis" => TriageCategory.Crisis,
        "urgent" => TriageCategory.Urgent,
        "none" => TriageCategory.None,
        _ => null,
    };
}
