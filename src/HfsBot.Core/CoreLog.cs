using Microsoft.Extensions.Logging;

namespace HfsBot.Core;

/// <summary>Source-generated log messages of the core. Never logs member text at levels above Debug.</summary>
internal static partial class CoreLog
{
    [LoggerMessage(EventId = 100, Level = LogLevel.Information, Message = "Loaded {EntryCount} FAQ entries from {Directory} ({SkippedCount} files skipped)")]
    public static partial void FaqLoaded(ILogger logger, int entryCount, string directory, int skippedCount);

    [LoggerMessage(EventId = 101, Level = LogLevel.Warning, Message = "Skipped {Path}: {ErrorCount} errors (run 'faq check' for details)")]
    public static partial void FaqFileSkipped(ILogger logger, string path, int errorCount);

    [LoggerMessage(EventId = 102, Level = LogLevel.Information, Message = "Reloaded the FAQ: {EntryCount} entries from {Directory}")]
    public static partial void FaqReloaded(ILogger logger, int entryCount, string directory);

    [LoggerMessage(EventId = 103, Level = LogLevel.Warning, Message = "FAQ reload rejected: {ErrorCount} errors; still serving the last good set of {EntryCount} entries")]
    public static partial void FaqReloadRejected(ILogger logger, int errorCount, int entryCount);
}
