namespace HfsBot.Core.Text;

/// <summary>One data row of a labelled TSV file, with its 1-based line number.</summary>
public readonly record struct TsvRow(int Line, string[] Fields);

/// <summary>
/// The shape shared by the labelled files (<c>faq/safety-examples.tsv</c>, the <c>eval</c> sets):
/// <c>text&lt;TAB&gt;label</c> rows, an optional header line, blank lines and <c>#</c> comments skipped.
/// </summary>
public static class LabelledTsv
{
    public static IEnumerable<TsvRow> Rows(string text, string header)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (string.IsNullOrWhiteSpace(line) || line.StartsWith('#') || line.Equals(header, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            yield return new TsvRow(i + 1, line.Split('\t'));
        }
    }
}
