using HfsBot.Core.Answering;
using HfsBot.Core.Faq;
using HfsBot.Core.Matching;
using HfsBot.Core.Safety;
using HfsBot.Testing;

namespace HfsBot.Core.Tests;

/// <summary>
/// The repository's faq/ folder, loaded once for every test class that reads it: loading validates 42 files and
/// trains the safety net, and an answerer trains the classifier, so each costs a noticeable fraction of a second.
/// All three are immutable and thread-safe.
/// </summary>
internal static class RealFaq
{
    public static FaqLoadResult Load { get; } = new FaqFolderLoader(TimeProvider.System).Load(RepoPaths.Faq);

    public static FaqCatalog Catalog => Load.Catalog;

    public static Triage Triage { get; } = new(Catalog.Safety);

    /// <summary>An answerer with the shipped matching settings.</summary>
    public static FaqAnswerer Answerer { get; } = new(Catalog, new MatchingOptions());
}
