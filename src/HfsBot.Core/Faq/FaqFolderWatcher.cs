using Microsoft.Extensions.Logging;

namespace HfsBot.Core.Faq;

/// <summary>
/// Reloads the FAQ after its files change. Editors save in bursts (temporary file, rename, several writes),
/// so a reload waits until the folder has been quiet for <c>debounce</c>. A broken save is handled by
/// <see cref="FaqLibrary.Reload"/>: the last good set keeps serving and the errors are reported.
/// </summary>
public sealed class FaqFolderWatcher : IDisposable
{
    private readonly FaqLibrary _library;
    private readonly ILogger _logger;
    private readonly FileSystemWatcher? _watcher;
    private readonly ITimer _debounce;
    private readonly TimeSpan _delay;

    public FaqFolderWatcher(FaqLibrary library, TimeProvider timeProvider, ILogger<FaqFolderWatcher> logger, TimeSpan debounce)
    {
        ArgumentNullException.ThrowIfNull(library);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _library = library;
        _logger = logger;
        _delay = debounce;
        _debounce = timeProvider.CreateTimer(_ => ReloadNow(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        if (!Directory.Exists(library.Directory))
        {
            CoreLog.FaqWatchUnavailable(logger, library.Directory);
            return;
        }

        _watcher = new FileSystemWatcher(library.Directory)
        {
            IncludeSubdirectories = false,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        _watcher.Filters.Add("*.md");
        _watcher.Filters.Add("*.yml");
        _watcher.Filters.Add("*.tsv");
        _watcher.Changed += (_, _) => Schedule();
        _watcher.Created += (_, _) => Schedule();
        _watcher.Deleted += (_, _) => Schedule();
        _watcher.Renamed += (_, _) => Schedule();
        _watcher.Error += (_, _) => Schedule(); // an overflowed buffer lost events: reload to be sure
        _watcher.EnableRaisingEvents = true;
    }

    /// <summary>Restarts the quiet-period countdown.</summary>
    private void Schedule() => _debounce.Change(_delay, Timeout.InfiniteTimeSpan);

    private void ReloadNow()
    {
        try
        {
            _library.Reload();
        }
        catch (Exception ex)
        {
            CoreLog.FaqReloadFailed(_logger, ex);
        }
    }

    public void Dispose()
    {
        _watcher?.Dispose();
        _debounce.Dispose();
    }
}
