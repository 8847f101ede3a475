using System.Collections.Immutable;

namespace HfsBot.Core.Faq;

/// <summary>A reputable source cited by an entry.</summary>
public sealed record FaqSource(string Title, string? Publisher, Uri Url);

/// <summary>One reviewed FAQ entry, loaded from <c>faq/&lt;id&gt;.md</c>.</summary>
public sealed record FaqEntry
{
    /// <summary>The file name without <c>.md</c>: lowercase letters, digits and hyphens.</summary>
    public required string Id { get; init; }

    /// <summary>The canonical question, shown as "You asked about: …".</summary>
    public required string Title { get; init; }

    /// <summary>Other ways members ask it. Matching uses the title and these, never the body.</summary>
    public required ImmutableArray<string> Questions { get; init; }

    public ImmutableArray<string> Tags { get; init; } = [];

    public required ImmutableArray<FaqSource> Sources { get; init; }

    public required DateOnly Reviewed { get; init; }

    public required string ReviewedBy { get; init; }

    public required DateOnly ReviewDue { get; init; }

    public ImmutableArray<string> Related { get; init; } = [];

    /// <summary>The answer in Discord Markdown.</summary>
    public required string Body { get; init; }

    /// <summary>Where the entry was read from, for messages to moderators.</summary>
    public required string FilePath { get; init; }

    /// <summary>The title followed by the questions: everything a member's question is matched against.</summary>
    public IEnumerable<string> MatchTexts => Questions.Prepend(Title);
}
