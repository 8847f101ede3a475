using HfsBot.Core.Faq;

namespace HfsBot.Cli;

/// <summary><c>faq check</c> and <c>faq list</c>.</summary>
internal sealed class FaqCommand(FaqLibrary library, TimeProvider timeProvider, ConsoleStreams console)
{
    /// <summary>Validates a folder (the configured one by default): every problem as <c>path:line: message</c>.</summary>
    public int Check(string? directory)
    {
        var load = new FaqFolderLoader(timeProvider).Load(directory ?? library.Directory);
        foreach (var diagnostic in load.Diagnostics)
        {
            (diagnostic.IsError ? console.Error : console.Out).WriteLine(diagnostic.ToString());
        }

        var errors = load.Errors.Count();
        var warnings = load.Warnings.Count();
        if (errors > 0)
        {
            console.Error.WriteLine($"{errors} errors, {warnings} warnings in {directory ?? library.Directory}: {load.SkippedFiles.Length} files would be skipped.");
            return ExitCodes.Failure;
        }

        console.Out.WriteLine($"OK: {load.Catalog.Entries.Length} entries, {warnings} warnings.");
        return ExitCodes.Success;
    }

    public int List()
    {
        var snapshot = library.Current;
        foreach (var entry in snapshot.Catalog.Entries)
        {
            console.Out.WriteLine($"{entry.Id,-40} {entry.Title}");
        }

        foreach (var skipped in snapshot.Load.SkippedFiles)
        {
            console.Error.WriteLine($"skipped (has errors): {skipped}");
        }

        return ExitCodes.Success;
    }
}
