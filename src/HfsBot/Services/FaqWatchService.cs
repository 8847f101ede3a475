using HfsBot.Core.Faq;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HfsBot.Services;

/// <summary>
/// Loads the FAQ at start and, unless <c>Faq:WatchForChanges</c> is false, watches its folder for edits (hot
/// reload). Registered before the chat and the Discord connection, so nothing is answered from a half-started bot.
/// </summary>
internal sealed class FaqWatchService(FaqLibrary library, IOptions<FaqOptions> options, TimeProvider timeProvider, ILogger<FaqFolderWatcher> logger)
    : IHostedService, IDisposable
{
    /// <summary>Editors save in bursts; wait for a quiet moment before validating the folder.</summary>
    private static readonly TimeSpan QuietPeriod = TimeSpan.FromMilliseconds(750);

    private FaqFolderWatcher? _watcher;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.WatchForChanges)
        {
            // Watch first, then load: an edit made while the folder is being read still triggers a reload.
            _watcher = new FaqFolderWatcher(library, timeProvider, logger, QuietPeriod);
        }

        _ = library.Current;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _watcher?.Dispose();
        _watcher = null;
        return Task.CompletedTask;
    }

    public void Dispose() => _watcher?.Dispose();
}
