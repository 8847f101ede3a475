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

    [LoggerMessage(EventId = 110, Level = LogLevel.Information, Message = "Dropped {Count} unanswered-question records past the retention period")]
    public static partial void UnansweredPruned(ILogger logger, int count);

    [LoggerMessage(EventId = 111, Level = LogLevel.Error, Message = "Could not write {Count} unanswered-question records to {Path}")]
    public static partial void UnansweredWriteFailed(ILogger logger, Exception exception, int count, string path);

    [LoggerMessage(EventId = 104, Level = LogLevel.Warning, Message = "Not watching {Directory} for changes: the folder does not exist")]
    public static partial void FaqWatchUnavailable(ILogger logger, string directory);

    [LoggerMessage(EventId = 105, Level = LogLevel.Error, Message = "Reloading the FAQ failed unexpectedly; the last good set keeps serving")]
    public static partial void FaqReloadFailed(ILogger logger, Exception exception);
}
