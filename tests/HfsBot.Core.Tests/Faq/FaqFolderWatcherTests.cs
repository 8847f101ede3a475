using HfsBot.Core.Faq;
using HfsBot.Core.Matching;
using HfsBot.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace HfsBot.Core.Tests.Faq;

public sealed class FaqFolderWatcherTests : IDisposable
{
    private readonly TempFaqFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Watcher_ReloadsAfterAnEdit_AndKeepsTheLastGoodSetOnABrokenOne()
    {
        _folder.WriteEntry("good", TempFaqFolder.ValidEntry());
        var library = new FaqLibrary(Options.Create(new FaqOptions { Directory = _folder.Path }), Options.Create(new MatchingOptions()), TimeProvider.System, NullLogger<FaqLibrary>.Instance);
        Assert.Single(library.Current.Catalog.Entries);
        var reloads = new List<FaqReloadResult>();
        library.Reloaded += r => { lock (reloads) { reloads.Add(r); } };
        using var watcher = new FaqFolderWatcher(library, TimeProvider.System, NullLogger<FaqFolderWatcher>.Instance, TimeSpan.FromMilliseconds(150));

        _folder.WriteEntry("second", TempFaqFolder.ValidEntry(title: "What is HFS?", questions: ["is this a nerve problem", "explain this condition", "what does the diagnosis mean"]));
        await WaitUntil(() => library.Current.Catalog.Entries.Length == 2);

        _folder.WriteEntry("second", "---\nbroken: [\n---\nbody\n");
        await WaitUntil(() => { lock (reloads) { return reloads.Any(r => !r.Swapped); } });

        Assert.Equal(2, library.Current.Catalog.Entries.Length); // still serving the last good set
        lock (reloads)
        {
            Assert.Contains(reloads, r => !r.Swapped && r.Load.Errors.Any(e => e.Path.EndsWith("second.md", StringComparison.Ordinal)));
        }
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        for (var waited = 0; waited < 10_000 && !condition(); waited += 50)
        {
            await Task.Delay(50);
        }

        Assert.True(condition(), "timed out waiting for the FAQ to reload");
    }
}
