using HfsBot.Core.Faq;
using HfsBot.Core.Matching;
using HfsBot.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace HfsBot.Core.Tests.Faq;

public sealed class FaqLibraryTests : IDisposable
{
    private readonly TempFaqFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private FaqLibrary CreateLibrary() => new(
        Options.Create(new FaqOptions { Directory = _folder.Path }),
        Options.Create(new MatchingOptions()),
        new FakeTimeProvider(),
        NullLogger<FaqLibrary>.Instance);

    [Fact]
    public void Current_FirstLoadWithABrokenFile_ServesTheValidEntries()
    {
        _folder.WriteEntry("good", TempFaqFolder.ValidEntry());
        var broken = _folder.WriteEntry("broken", "not an entry");

        var snapshot = CreateLibrary().Current;

        Assert.Equal("good", Assert.Single(snapshot.Catalog.Entries).Id);
        Assert.Equal([broken], snapshot.Load.SkippedFiles.ToArray());
    }

    [Fact]
    public void Reload_WithABrokenEdit_KeepsServingTheLastGoodSet()
    {
        _folder.WriteEntry("good", TempFaqFolder.ValidEntry());
        var library = CreateLibrary();
        var before = library.Current;

        _folder.WriteEntry("good", TempFaqFolder.ValidEntry(reviewed: "not a date"));
        _folder.WriteEntry("new-entry", TempFaqFolder.ValidEntry(title: "What is HFS?", questions: ["is this a nerve problem", "explain this condition", "what does the diagnosis mean"]));
        var result = library.Reload();

        Assert.False(result.Swapped);
        Assert.Contains(result.Load.Errors, e => e.Message.Contains("'reviewed' must be a date", StringComparison.Ordinal));
        Assert.Same(before, library.Current);
        Assert.Same(before, result.Serving);
    }

    [Fact]
    public void Reload_WhenClean_SwapsAtomicallyAndRaisesReloaded()
    {
        _folder.WriteEntry("good", TempFaqFolder.ValidEntry());
        var library = CreateLibrary();
        _ = library.Current;
        FaqReloadResult? raised = null;
        library.Reloaded += r => raised = r;

        _folder.WriteEntry("new-entry", TempFaqFolder.ValidEntry(title: "What is HFS?", questions: ["is this a nerve problem", "explain this condition", "what does the diagnosis mean"]));
        var result = library.Reload();

        Assert.True(result.Swapped);
        Assert.Equal(2, library.Current.Catalog.Entries.Length);
        Assert.Same(result, raised);
    }
}
