namespace HfsBot.Core.Faq;

/// <summary>
/// An entry file split into its YAML front matter and Markdown body. Line numbers are 1-based file lines.
/// </summary>
internal sealed record FrontMatter(string Yaml, int YamlFirstLine, string Body, int BodyFirstLine)
{
    private const string Fence = "---";

    /// <summary>Splits <paramref name="text"/>; reports a missing fence and returns null.</summary>
    public static FrontMatter? Split(string text, DiagnosticBag diagnostics)
    {
        var lines = text.TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        if (lines.Length == 0 || lines[0].TrimEnd() != Fence)
        {
            diagnostics.ErrorAtFileLine(1, "the file must start with a '---' line that opens the front matter");
            return null;
        }

        var closing = Array.FindIndex(lines, 1, line => line.TrimEnd() == Fence);
        if (closing < 0)
        {
            diagnostics.ErrorAtFileLine(lines.Length, "the front matter is never closed: add a '---' line after the last key");
            return null;
        }

        var yaml = string.Join('\n', lines[1..closing]);
        var body = string.Join('\n', lines[(closing + 1)..]).Trim();
        var bodyFirstLine = closing + 2;
        for (var i = closing + 1; i < lines.Length && string.IsNullOrWhiteSpace(lines[i]); i++)
        {
            bodyFirstLine++;
        }

        return new FrontMatter(yaml, 2, body, bodyFirstLine);
    }
}
