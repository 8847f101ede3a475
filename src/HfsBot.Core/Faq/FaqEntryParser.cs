using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace HfsBot.Core.Faq;

/// <summary>An entry as parsed from one file, with the line numbers that cross-file checks report against.</summary>
internal sealed record ParsedEntry(
    string Id,
    string Path,
    FaqEntry? Entry,
    ImmutableArray<(string Text, int Line)> MatchTexts,
    ImmutableArray<(string Id, int Line)> Related,
    IReadOnlyList<FaqDiagnostic> Diagnostics)
{
    public bool IsValid => Entry is not null && !Diagnostics.Any(d => d.IsError);
}

/// <summary>Parses and validates one <c>faq/&lt;id&gt;.md</c> file on its own (cross-file checks come later).</summary>
internal static partial class FaqEntryParser
{
    public const int MaxBodyLength = 3000;
    public const int MaxTitleLength = 200;
    public const int MinQuestions = 3;

    private static readonly string[] KnownKeys =
        ["title", "questions", "tags", "sources", "reviewed", "reviewed_by", "review_due", "related"];

    public static bool IsValidId(string id) => IdPattern().IsMatch(id);

    public static ParsedEntry Parse(string path, string text, DateOnly today)
    {
        var id = System.IO.Path.GetFileNameWithoutExtension(path);
        var fileDiagnostics = new DiagnosticBag(path);
        if (!IsValidId(id))
        {
            fileDiagnostics.ErrorAtFileLine(1, $"the file name '{id}' is not a valid id: use lowercase letters, digits and single hyphens (e.g. botox-side-effects.md)");
        }

        var frontMatter = FrontMatter.Split(text, fileDiagnostics);
        if (frontMatter is null)
        {
            return new ParsedEntry(id, path, null, [], [], fileDiagnostics.Items);
        }

        var diagnostics = new DiagnosticBag(path, frontMatter.YamlFirstLine - 1);
        foreach (var earlier in fileDiagnostics.Items)
        {
            diagnostics.ErrorAtFileLine(earlier.Line, earlier.Message);
        }

        var mapping = YamlReader.LoadMapping(frontMatter.Yaml, diagnostics, "the front matter");
        if (mapping is null)
        {
            return new ParsedEntry(id, path, null, [], [], diagnostics.Items);
        }

        YamlReader.ReportUnknownKeys(mapping, KnownKeys, diagnostics);
        var title = YamlReader.Text(mapping, "title", diagnostics, required: true);
        if (title is { Length: > MaxTitleLength })
        {
            diagnostics.Error(YamlReader.LineOf(mapping, "title"), $"'title' is {title.Length} characters; keep it under {MaxTitleLength}");
        }

        var questions = YamlReader.TextList(mapping, "questions", diagnostics, required: true);
        if (YamlReader.Find(mapping, "questions") is not null && questions.Length < MinQuestions)
        {
            diagnostics.Error(YamlReader.LineOf(mapping, "questions"), $"'questions' needs at least {MinQuestions} ways members ask this; found {questions.Length}");
        }

        var tags = YamlReader.TextList(mapping, "tags", diagnostics, required: false);
        var sources = ReadSources(mapping, diagnostics);
        var reviewed = ReadDate(mapping, "reviewed", diagnostics, required: true);
        var reviewedBy = YamlReader.Text(mapping, "reviewed_by", diagnostics, required: true);
        var reviewDue = ReadDate(mapping, "review_due", diagnostics, required: false);
        var related = YamlReader.TextList(mapping, "related", diagnostics, required: false);
        CheckReviewDates(mapping, reviewed, reviewDue, today, diagnostics);
        CheckRelatedIds(id, related, diagnostics);
        CheckBody(frontMatter, diagnostics);

        var matchTexts = ToFileLines(title is null ? questions : questions.Insert(0, (title, YamlReader.LineOf(mapping, "title"))), frontMatter);
        var relatedLines = ToFileLines(related, frontMatter);
        if (diagnostics.HasErrors || title is null || reviewed is null || reviewedBy is null)
        {
            return new ParsedEntry(id, path, null, matchTexts, relatedLines, diagnostics.Items);
        }

        var entry = new FaqEntry
        {
            Id = id,
            Title = title,
            Questions = [.. questions.Select(q => q.Value)],
            Tags = [.. tags.Select(t => t.Value)],
            Sources = sources,
            Reviewed = reviewed.Value,
            ReviewedBy = reviewedBy,
            ReviewDue = reviewDue ?? reviewed.Value.AddMonths(12),
            Related = [.. related.Select(r => r.Value)],
            Body = frontMatter.Body,
            FilePath = path,
        };
        return new ParsedEntry(id, path, entry, matchTexts, relatedLines, diagnostics.Items);
    }

    private static ImmutableArray<FaqSource> ReadSources(YamlMappingNode mapping, DiagnosticBag diagnostics)
    {
        var node = YamlReader.Find(mapping, "sources");
        if (node is null)
        {
            diagnostics.Error(mapping.Start.Line, "missing required key 'sources': cite at least one reputable source with a URL");
            return [];
        }

        if (node is not YamlSequenceNode { Children.Count: > 0 } sequence)
        {
            diagnostics.Error(node.Start.Line, "'sources' must be a list with at least one source (title, publisher, url)");
            return [];
        }

        var sources = ImmutableArray.CreateBuilder<FaqSource>();
        foreach (var item in sequence.Children)
        {
            if (item is not YamlMappingNode source)
            {
                diagnostics.Error(item.Start.Line, "each source needs 'title', 'publisher' and 'url' on their own lines");
                continue;
            }

            YamlReader.ReportUnknownKeys(source, ["title", "publisher", "url"], diagnostics);
            var title = YamlReader.Text(source, "title", diagnostics, required: true);
            var publisher = YamlReader.Text(source, "publisher", diagnostics, required: false);
            var url = YamlReader.Text(source, "url", diagnostics, required: true);
            if (url is not null && !IsWebAddress(url))
            {
                diagnostics.Error(YamlReader.LineOf(source, "url"), $"'{url}' is not a web address (it must start with https:// or http://)");
                continue;
            }

            if (title is not null && url is not null)
            {
                sources.Add(new FaqSource(title, publisher, new Uri(url)));
            }
        }

        return sources.ToImmutable();
    }

    private static bool IsWebAddress(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) && uri.Host.Contains('.', StringComparison.Ordinal);

    private static DateOnly? ReadDate(YamlMappingNode mapping, string key, DiagnosticBag diagnostics, bool required)
    {
        var text = YamlReader.Text(mapping, key, diagnostics, required);
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        diagnostics.Error(YamlReader.LineOf(mapping, key), $"'{key}' must be a date written as YYYY-MM-DD (e.g. 2026-11-21), not '{text}'");
        return null;
    }

    private static void CheckReviewDates(YamlMappingNode mapping, DateOnly? reviewed, DateOnly? reviewDue, DateOnly today, DiagnosticBag diagnostics)
    {
        if (reviewed > today)
        {
            diagnostics.Error(YamlReader.LineOf(mapping, "reviewed"), $"'reviewed' is {reviewed:yyyy-MM-dd}, which is in the future");
        }

        if (reviewed is not null && reviewDue is not null && reviewDue <= reviewed)
        {
            diagnostics.Error(YamlReader.LineOf(mapping, "review_due"), "'review_due' must come after 'reviewed'");
        }

        var due = reviewDue ?? reviewed?.AddMonths(12);
        if (due is not null && due < today)
        {
            var line = YamlReader.LineOf(mapping, reviewDue is null ? "reviewed" : "review_due");
            diagnostics.Warning(line, $"review is overdue since {due:yyyy-MM-dd}: check the answer against its sources and update 'reviewed'");
        }
    }

    private static void CheckRelatedIds(string id, ImmutableArray<(string Value, long Line)> related, DiagnosticBag diagnostics)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (value, line) in related)
        {
            if (value == id)
            {
                diagnostics.Error(line, "'related' must not name the entry itself");
            }
            else if (!seen.Add(value))
            {
                diagnostics.Error(line, $"'related' names '{value}' twice");
            }
        }
    }

    private static void CheckBody(FrontMatter frontMatter, DiagnosticBag diagnostics)
    {
        if (frontMatter.Body.Length == 0)
        {
            diagnostics.ErrorAtFileLine(frontMatter.BodyFirstLine, "the answer is missing: write it below the closing '---' line");
        }
        else if (frontMatter.Body.Length > MaxBodyLength)
        {
            diagnostics.ErrorAtFileLine(frontMatter.BodyFirstLine, $"the answer is {frontMatter.Body.Length} characters; the limit is {MaxBodyLength}");
        }
    }

    private static ImmutableArray<(string, int)> ToFileLines(ImmutableArray<(string Value, long Line)> items, FrontMatter frontMatter) =>
        [.. items.Select(i => (i.Value, (int)i.Line + frontMatter.YamlFirstLine - 1))];

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();
}
