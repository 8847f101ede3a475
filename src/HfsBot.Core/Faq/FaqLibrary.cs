using HfsBot.Core.Answering;
using HfsBot.Core.Matching;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HfsBot.Core.Faq;

/// <summary>One loaded FAQ, ready to answer: immutable, replaced as a whole on reload.</summary>
public sealed record FaqSnapshot(FaqAnswerer Answerer, DateTimeOffset LoadedAt, FaqLoadResult Load)
{
    public FaqCatalog Catalog => Answerer.Catalog;
}

/// <summary>The outcome of a reload: whether the new set is now serving, and every problem found.</summary>
public sealed record FaqReloadResult(bool Swapped, FaqLoadResult Load, FaqSnapshot Serving);

/// <summary>
/// Holds the FAQ currently serving. The first load serves every valid entry and reports the files it skipped.
/// A reload validates the whole folder and swaps atomically only when it is clean, so a broken edit never
/// takes answers away: the last good set keeps serving and the errors go to the moderators.
/// </summary>
public sealed class FaqLibrary(
    IOptions<FaqOptions> faqOptions,
    IOptions<MatchingOptions> matchingOptions,
    TimeProvider timeProvider,
    ILogger<FaqLibrary> logger)
{
    private readonly Lock _loadLock = new();
    private FaqSnapshot? _current;

    /// <summary>Raised after every reload attempt, swapped or not.</summary>
    public event Action<FaqReloadResult>? Reloaded;

    public string Directory => faqOptions.Value.Directory;

    /// <summary>The set serving now; the first access loads the folder.</summary>
    public FaqSnapshot Current => Volatile.Read(ref _current) ?? LoadFirst();

    public FaqReloadResult Reload()
    {
        FaqReloadResult result;
        lock (_loadLock)
        {
            var load = new FaqFolderLoader(timeProvider).Load(Directory);
            var current = Volatile.Read(ref _current);
            var swap = !load.HasErrors || current is null || current.Catalog.Entries.IsEmpty;
            if (swap)
            {
                current = Publish(load);
                CoreLog.FaqReloaded(logger, load.Catalog.Entries.Length, Directory);
            }
            else
            {
                CoreLog.FaqReloadRejected(logger, load.Errors.Count(), current!.Catalog.Entries.Length);
            }

            result = new FaqReloadResult(swap, load, current);
        }

        Reloaded?.Invoke(result);
        return result;
    }

    private FaqSnapshot LoadFirst()
    {
        lock (_loadLock)
        {
            if (Volatile.Read(ref _current) is { } loaded)
            {
                return loaded;
            }

            var load = new FaqFolderLoader(timeProvider).Load(Directory);
            foreach (var skipped in load.SkippedFiles)
            {
                CoreLog.FaqFileSkipped(logger, skipped, load.Errors.Count(e => e.Path == skipped));
            }

            CoreLog.FaqLoaded(logger, load.Catalog.Entries.Length, Directory, load.SkippedFiles.Length);
            return Publish(load);
        }
    }

    private FaqSnapshot Publish(FaqLoadResult load)
    {
        var snapshot = new FaqSnapshot(new FaqAnswerer(load.Catalog, matchingOptions.Value), timeProvider.GetUtcNow(), load);
        Volatile.Write(ref _current, snapshot);
        return snapshot;
    }
}
