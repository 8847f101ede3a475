using System.Collections.Immutable;

namespace HfsBot.Core.Faq;

/// <summary>
/// The outcome of reading the FAQ folder: a catalog of every valid entry, and every problem found.
/// Files with errors are left out of the catalog and listed in <see cref="SkippedFiles"/>.
/// </summary>
public sealed record FaqLoadResult(FaqCatalog Catalog, ImmutableArray<FaqDiagnostic> Diagnostics, ImmutableArray<string> SkippedFiles)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    public IEnumerable<FaqDiagnostic> Errors => Diagnostics.Where(d => d.IsError);

    public IEnumerable<FaqDiagnostic> Warnings => Diagnostics.Where(d => !d.IsError);
}
