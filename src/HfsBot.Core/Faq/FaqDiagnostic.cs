namespace HfsBot.Core.Faq;

public enum DiagnosticSeverity
{
    Warning,
    Error,
}

/// <summary>One problem found in the FAQ folder, reported to moderators as <c>path:line: message</c>.</summary>
public sealed record FaqDiagnostic(string Path, int Line, DiagnosticSeverity Severity, string Message)
{
    public bool IsError => Severity == DiagnosticSeverity.Error;

    public override string ToString() => Severity == DiagnosticSeverity.Warning
        ? $"{Path}:{Line}: warning: {Message}"
        : $"{Path}:{Line}: {Message}";
}

/// <summary>Collects diagnostics for one file, translating YAML line numbers into file line numbers.</summary>
internal sealed class DiagnosticBag(string path, int lineOffset = 0)
{
    private readonly List<FaqDiagnostic> _items = [];

    public string Path { get; } = path;

    public IReadOnlyList<FaqDiagnostic> Items => _items;

    public bool HasErrors => _items.Exists(d => d.IsError);

    /// <summary>Reports an error at a line of the YAML text (1-based), shifted to the file's numbering.</summary>
    public void Error(long yamlLine, string message) => Add(yamlLine, DiagnosticSeverity.Error, message);

    public void Warning(long yamlLine, string message) => Add(yamlLine, DiagnosticSeverity.Warning, message);

    /// <summary>An empty bag for a part of the same file that is read on another thread.</summary>
    public DiagnosticBag ForPart() => new(Path, lineOffset);

    /// <summary>Adds what a part's bag collected, so that messages keep the order of the file whichever part finished first.</summary>
    public void AddFrom(DiagnosticBag part) => _items.AddRange(part._items);

    /// <summary>Reports an error at an absolute line of the file.</summary>
    public void ErrorAtFileLine(int fileLine, string message) =>
        _items.Add(new FaqDiagnostic(Path, fileLine, DiagnosticSeverity.Error, message));

    private void Add(long yamlLine, DiagnosticSeverity severity, string message) =>
        _items.Add(new FaqDiagnostic(Path, (int)Math.Max(1, yamlLine + lineOffset), severity, message));
}
