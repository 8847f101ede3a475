using System.Text.RegularExpressions;
using HfsBot.Core.Faq;
using HfsBot.Core.Safety;
using HfsBot.Core.Text;
using HfsBot.Testing;

namespace HfsBot.Core.Tests.Faq;

public sealed class FaqFolderLoaderTests : IDisposable
{
    private readonly TempFaqFolder _folder = new();
    private readonly FakeTimeProvider _time = new();

    public void Dispose() => _folder.Dispose();

    private FaqLoadResult Load() => new FaqFolderLoader(_time).Load(_folder.Path);

    private static FaqDiagnostic SingleError(FaqLoadResult result)
    {
        var errors = result.Errors.ToList();
        Assert.True(errors.Count == 1, "expected one error, got: " + string.Join(" | ", errors));
        return errors[0];
    }

    [Fact]
    public void Load_ValidEntry_IsInCatalogWithDefaults()
    {
        _folder.WriteEntry("botox-duration", TempFaqFolder.ValidEntry());

        var result = Load();

        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        var entry = Assert.Single(result.Catalog.Entries);
        Assert.Equal("botox-duration", entry.Id);
        Assert.Equal("How long does Botox last?", entry.Title);
        Assert.Equal(3, entry.Questions.Length);
        Assert.Equal(new DateOnly(2027, 11, 1), entry.ReviewDue); // reviewed + 12 months
        Assert.Equal(new Uri("https://www.ninds.nih.gov/health-information/disorders/hemifacial-spasm"), entry.Sources[0].Url);
        Assert.StartsWith("Botox usually works", entry.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingOpeningFence_ReportsLineOne()
    {
        var path = _folder.WriteEntry("no-fence", "title: x\n");

        var error = SingleError(Load());

        Assert.Equal($"{path}:1: the file must start with a '---' line that opens the front matter", error.ToString());
    }

    [Fact]
    public void Load_UnclosedFrontMatter_IsReported()
    {
        _folder.WriteEntry("unclosed", "---\ntitle: x\nquestions: [a, b, c]\n");

        Assert.Contains("never closed", SingleError(Load()).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnquotedColonInTitle_ReportsYamlErrorAtItsLineWithHint()
    {
        var path = _folder.WriteEntry("colon", TempFaqFolder.ValidEntry(title: "Botox: how long does it last?"));

        var error = SingleError(Load());

        Assert.Equal(path, error.Path);
        Assert.Equal(2, error.Line);
        Assert.StartsWith("YAML syntax error", error.Message, StringComparison.Ordinal);
        Assert.Contains("must be put in quotes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MisspeltKey_SuggestsTheKnownKey()
    {
        var text = TempFaqFolder.ValidEntry().Replace("reviewed_by:", "reviewd_by:", StringComparison.Ordinal);
        var path = _folder.WriteEntry("typo-key", text);

        var errors = Load().Errors.Select(e => e.ToString()).ToList();

        Assert.Contains($"{path}:12: unknown key 'reviewd_by' (did you mean 'reviewed_by'?); allowed keys: title, questions, tags, sources, reviewed, reviewed_by, review_due, related", errors);
        Assert.Contains(errors, e => e.Contains("missing required key 'reviewed_by'", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_MissingSources_IsAnError()
    {
        var text = TempFaqFolder.ValidEntry();
        var start = text.IndexOf("sources:", StringComparison.Ordinal);
        var end = text.IndexOf("reviewed:", StringComparison.Ordinal);
        _folder.WriteEntry("no-sources", text.Remove(start, end - start));

        Assert.Contains("missing required key 'sources'", SingleError(Load()).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_TooFewQuestions_ReportsTheQuestionsLine()
    {
        var path = _folder.WriteEntry("few", TempFaqFolder.ValidEntry(questions: ["only one way to ask"]));

        var error = SingleError(Load());

        Assert.Equal($"{path}:3: 'questions' needs at least 3 ways members ask this; found 1", error.ToString());
    }

    [Fact]
    public void Load_DateInWrongFormat_ReportsReviewedLine()
    {
        var path = _folder.WriteEntry("bad-date", TempFaqFolder.ValidEntry(reviewed: "21/11/2026"));

        Assert.Equal($"{path}:11: 'reviewed' must be a date written as YYYY-MM-DD (e.g. 2026-11-21), not '21/11/2026'", SingleError(Load()).ToString());
    }

    [Fact]
    public void Load_ReviewedInTheFuture_IsAnError()
    {
        _folder.WriteEntry("future", TempFaqFolder.ValidEntry(reviewed: "2027-01-01"));

        Assert.Contains("in the future", SingleError(Load()).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_OverdueReview_IsAWarningAndTheEntryStillLoads()
    {
        var path = _folder.WriteEntry("old", TempFaqFolder.ValidEntry(reviewed: "2025-01-01"));

        var result = Load();

        Assert.False(result.HasErrors);
        Assert.Single(result.Catalog.Entries);
        var warning = Assert.Single(result.Warnings);
        Assert.Equal($"{path}:11: warning: review is overdue since 2026-01-01: check the answer against its sources and update 'reviewed'", warning.ToString());
    }

    [Fact]
    public void Load_SourceWithoutWebAddress_IsReportedAtTheUrlLine()
    {
        var text = TempFaqFolder.ValidEntry().Replace("https://www.ninds.nih.gov/health-information/disorders/hemifacial-spasm", "ninds.nih.gov", StringComparison.Ordinal);
        var path = _folder.WriteEntry("bad-url", text);

        Assert.Equal($"{path}:10: 'ninds.nih.gov' is not a web address (it must start with https:// or http://)", SingleError(Load()).ToString());
    }

    [Fact]
    public void Load_BodyOverTheLimit_ReportsTheBodyLine()
    {
        var path = _folder.WriteEntry("long", TempFaqFolder.ValidEntry(body: new string('x', 3001)));

        Assert.Equal($"{path}:14: the answer is 3001 characters; the limit is 3000", SingleError(Load()).ToString());
    }

    [Fact]
    public void Load_EmptyBody_IsAnError()
    {
        _folder.WriteEntry("empty", TempFaqFolder.ValidEntry(body: ""));

        Assert.Contains("the answer is missing", SingleError(Load()).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_FileNameThatIsNotAnId_IsAnError()
    {
        _folder.Write("Botox_Duration.md", TempFaqFolder.ValidEntry());

        Assert.Contains("is not a valid id", SingleError(Load()).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_DuplicateQuestionAcrossFiles_NamesTheFirstFileAndLine()
    {
        var first = _folder.WriteEntry("a-first", TempFaqFolder.ValidEntry());
        var second = _folder.WriteEntry("b-second", TempFaqFolder.ValidEntry(
            title: "Is Botox safe long term?",
            questions: ["is botox safe for years", "When does BOTOX wear off?", "does botox stop working"]));

        var result = Load();

        var error = SingleError(result);
        Assert.Equal($"{second}:5: duplicate question 'When does BOTOX wear off?': the same question (as matching sees it) is already at {first}:4", error.ToString());
        Assert.Equal([second], result.SkippedFiles.ToArray());
        Assert.Equal("a-first", Assert.Single(result.Catalog.Entries).Id);
    }

    [Fact]
    public void Load_DuplicateQuestionThroughSynonyms_IsCaught()
    {
        _folder.WriteEntry("a-first", TempFaqFolder.ValidEntry());
        _folder.WriteEntry("b-second", TempFaqFolder.ValidEntry(
            title: "Is it safe long term?",
            questions: ["is it safe for years", "when does botulinum toxin wear off", "does it stop working"]));

        Assert.Contains("duplicate question 'when does botulinum toxin wear off'", SingleError(Load()).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_RelatedUnknownId_IsReportedAtItsLine()
    {
        var path = _folder.WriteEntry("links", TempFaqFolder.ValidEntry(related: "no-such-entry"));

        Assert.Equal($"{path}:13: 'related' names 'no-such-entry', but there is no file no-such-entry.md", SingleError(Load()).ToString());
    }

    [Fact]
    public void Load_RelatedToItself_IsAnError()
    {
        _folder.WriteEntry("selfish", TempFaqFolder.ValidEntry(related: "selfish"));

        Assert.Contains("must not name the entry itself", SingleError(Load()).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_SeveralBrokenFiles_ReportsEveryProblemAndKeepsTheValidEntries()
    {
        _folder.WriteEntry("good", TempFaqFolder.ValidEntry());
        var broken1 = _folder.WriteEntry("broken-one", "no front matter\n");
        var broken2 = _folder.WriteEntry("broken-two", TempFaqFolder.ValidEntry(title: "Other?", questions: ["a b c"], reviewed: "yesterday"));

        var result = Load();

        Assert.Equal(3, result.Errors.Count());
        Assert.Equal([broken1, broken2], result.SkippedFiles.ToArray());
        Assert.Equal("good", Assert.Single(result.Catalog.Entries).Id);
    }

    [Fact]
    public void Load_ManyFiles_ReadSideBySide_ComeOutInFileNameOrder()
    {
        // Written in reverse order, with a broken file and one that cannot be read (a link to nothing) among them.
        var ids = Enumerable.Range(0, 60).Select(i => $"entry-{i:D2}").ToArray();
        foreach (var id in ids.Reverse())
        {
            _folder.WriteEntry(id, TempFaqFolder.ValidEntry(title: $"Question {id}?", questions: [$"first {id}", $"second {id}", $"third {id}"]));
        }

        var broken = _folder.WriteEntry("entry-30b", "no front matter\n");
        var unreadable = Path.Combine(_folder.Path, "entry-15b.md");
        File.CreateSymbolicLink(unreadable, Path.Combine(_folder.Path, "nowhere", "missing.md"));

        var result = Load();

        Assert.Equal(ids, result.Catalog.Entries.Select(e => e.Id).ToArray());
        Assert.Equal([broken], result.SkippedFiles.ToArray());
        var errors = result.Errors.ToList();
        Assert.Equal(2, errors.Count);
        Assert.Equal(unreadable, errors[0].Path);
        Assert.Contains("cannot read the file", errors[0].Message, StringComparison.Ordinal);
        Assert.Equal(broken, errors[1].Path);
    }

    [Fact]
    public void Load_FilesStartingWithUnderscore_AreNotEntries()
    {
        _folder.WriteEntry("_template", "anything at all");
        _folder.WriteEntry("good", TempFaqFolder.ValidEntry());

        var result = Load();

        Assert.False(result.HasErrors);
        Assert.Single(result.Catalog.Entries);
    }

    [Fact]
    public void Load_MissingFolder_IsOneClearError()
    {
        var result = new FaqFolderLoader(_time).Load(Path.Combine(_folder.Path, "nowhere"));

        Assert.Contains("the FAQ folder was not found", SingleError(result).Message, StringComparison.Ordinal);
        Assert.Empty(result.Catalog.Entries);
    }

    [Fact]
    public void Load_WordUnderTwoCanonicalTerms_FallsBackToBuiltInSynonyms()
    {
        _folder.WriteEntry("good", TempFaqFolder.ValidEntry());
        var path = _folder.Write("synonyms.yml", "botulinum toxin: [botox, jabs]\nmicrovascular decompression: [mvd, jabs]\n");

        var result = Load();

        Assert.Equal($"{path}:2: 'jabs' already stands for 'botulinum toxin' (line 1); a word can mean only one thing", SingleError(result).ToString());
        Assert.True(result.Catalog.Synonyms.Count > 10, "the built-in synonyms should be in use");
    }

    /// <summary>Forty bounded gaps: more than one linear-time regex accepts when joined.</summary>
    /// <summary>
    /// Forty patterns with wide bounded gaps: together they could grow an automaton past the engine's limit, even
    /// the larger one the parser asks for (<c>SafetyRulesParser.AutomataSizeLimit</c>), while each fits alone.
    /// </summary>
    private static readonly string[] BulkyPatterns =
        [.. Enumerable.Range(0, 40).Select(i => $"(is|are) .{{0,3000}}(thing{i}|other{i}) (after|with) .{{0,3000}}(mvd|botox)")];

    /// <summary>
    /// Writes a valid entry beside the real safety.yml, then edits it: <paramref name="edit"/> gets its lines and the
    /// index of the first one <paramref name="at"/> accepts. Returns that index.
    /// </summary>
    private int EditSafetyYml(Func<string, bool> at, Action<List<string>, int> edit)
    {
        _folder.WriteEntry("good", TempFaqFolder.ValidEntry());
        var path = _folder.File("safety.yml");
        var lines = File.ReadAllLines(path).ToList();
        var index = lines.FindIndex(l => at(l));
        Assert.True(index >= 0, "safety.yml has no such line");
        edit(lines, index);
        File.WriteAllLines(path, lines);
        return index;
    }

    [Fact]
    public void Load_InvalidSafetyPattern_IsReportedAndTriageStillWorks()
    {
        var line = EditSafetyYml(
            l => l.Contains("'suicid\\w*'", StringComparison.Ordinal),
            (lines, i) => lines[i] = lines[i].Replace("'suicid\\w*'", "'suicid(\\w*'", StringComparison.Ordinal));

        var result = Load();

        var error = SingleError(result);
        Assert.Equal(line + 1, error.Line);
        Assert.StartsWith("pattern 'suicid(\\w*' is not a valid regular expression", error.Message, StringComparison.Ordinal);
        Assert.Equal(TriageCategory.Crisis, new Triage(result.Catalog.Safety).Classify("i keep thinking about suicide").Category);
    }

    [Fact]
    public void Load_InvalidPatternsInTwoCategories_AreEachReportedOnTheirLine()
    {
        // Categories and rules are compiled side by side: every error must still reach the moderator, at its line.
        var crisisLine = EditSafetyYml(
            l => l.Contains("'suicid\\w*'", StringComparison.Ordinal),
            (lines, i) => lines[i] = lines[i].Replace("'suicid\\w*'", "'suicid(\\w*'", StringComparison.Ordinal));
        var path = _folder.File("safety.yml");
        var lines = File.ReadAllLines(path).ToList();
        var urgentLine = lines.FindIndex(l => l.Contains("'thunderclap'", StringComparison.Ordinal));
        lines[urgentLine] = lines[urgentLine].Replace("'thunderclap'", "'thunder(clap'", StringComparison.Ordinal);
        File.WriteAllLines(path, lines);

        var errors = Load().Diagnostics.Where(d => d.IsError).ToList();

        Assert.Equal([crisisLine + 1, urgentLine + 1], errors.Select(e => e.Line));
        Assert.Contains("suicid(", errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("thunder(clap", errors[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_EverydayReasonsNotAList_IsReportedOnItsLine()
    {
        var line = EditSafetyYml(
            l => l.TrimEnd() == "  everyday:",
            (lines, i) =>
            {
                var end = lines.FindIndex(i + 1, l => l.StartsWith("  rules:", StringComparison.Ordinal));
                lines.RemoveRange(i + 1, end - i - 1);
                lines[i] = "  everyday: a house move";
            });

        var error = SingleError(Load());

        Assert.Equal(line + 1, error.Line);
        Assert.StartsWith("'everyday' must be a list of rules", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_EverydayReasonNotAMapping_SaysWhatAReasonHolds()
    {
        var line = EditSafetyYml(l => l.TrimEnd() == "  everyday:", (lines, i) => lines.Insert(i + 1, "    - a long walk")) + 1;

        var error = SingleError(Load());

        Assert.Equal(line + 1, error.Line);
        Assert.Equal("each rule needs 'name' and 'match' (and optionally 'and', 'unless')", error.Message);
    }

    [Theory]
    [InlineData("true")]
    [InlineData("maybe")] // once, not also as "must be true or false": the key itself is the mistake
    public void Load_EverydayReasonMarkedAlways_IsReportedOnceOnItsLine(string value)
    {
        var line = EditSafetyYml(
            l => l.TrimEnd() == "    - name: a house move",
            (lines, i) => lines.Insert(i + 1, "      always: " + value)) + 1;

        var error = SingleError(Load());

        Assert.Equal(line + 1, error.Line);
        Assert.Equal("'always' has no meaning for an everyday reason; remove it", error.Message);
    }

    [Fact]
    public void Load_InvalidAbsentPattern_IsReportedOnItsLine_AndTriageKeepsTheBuiltInRules()
    {
        var line = EditSafetyYml(l => l.TrimEnd() == "  absent:", (lines, i) => lines[i + 1] = "    - '(fever'") + 1;

        var result = Load();

        var error = SingleError(result);
        Assert.Equal(line + 1, error.Line);
        Assert.StartsWith("pattern '(fever' is not a valid regular expression", error.Message, StringComparison.Ordinal);
        var triage = new Triage(result.Catalog.Safety);
        Assert.Equal(TriageCategory.Urgent, triage.Classify("no fever but a stiff neck, mvd last week").Category);
        Assert.Equal(TriageCategory.None, triage.Classify("mvd last week, no fever, no leak, when can i shower").Category);
    }

    [Fact]
    public void Load_AbsentListTooLargeForOnePattern_IsReportedOnItsFirstLine()
    {
        var line = EditSafetyYml(l => l.TrimEnd() == "  absent:", (lines, i) => lines.InsertRange(i + 1, BulkyPatterns.Select(p => $"    - '{p}'"))) + 1;

        var error = SingleError(Load());

        Assert.Equal(line + 1, error.Line);
        Assert.Equal("the 'absent' list is too large to be compiled into its two patterns; shorten it", error.Message);
    }

    [Fact]
    public void Load_AlwaysThatIsNotTrueOrFalse_IsReportedOnItsLine()
    {
        var line = EditSafetyYml(l => l.Trim() == "always: true", (lines, i) => lines[i] = lines[i].Replace("true", "yes please", StringComparison.Ordinal));

        var error = SingleError(Load());

        Assert.Equal(line + 1, error.Line);
        Assert.Equal("'always' must be true or false, not 'yes please'", error.Message);
    }

    [Fact]
    public void Load_GeneralListTooLargeForOneRegex_CompilesInGroupsAndEveryPatternStillCounts()
    {
        // Forty bounded gaps are more than one linear-time regex accepts (checked below), so the list must be
        // compiled in groups; the pattern that matters here comes last, in the last group.
        Assert.Throws<NotSupportedException>(() => new Regex(string.Join('|', BulkyPatterns.Select(p => $@"\b(?:{p})\b")), RegexOptions.NonBacktracking));
        EditSafetyYml(l => l.TrimEnd() == "  general:", (lines, i) => lines.InsertRange(i + 1, [.. BulkyPatterns.Select(p => $"    - '{p}'"), "    - 'zorbulon'"]));

        var result = Load();

        Assert.Empty(result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
        var triage = new Triage(result.Catalog.Safety);
        Assert.Equal(TriageCategory.Urgent, triage.Classify("deaf in one ear after mvd").Category); // the rule alone fires
        Assert.True(triage.Classify("deaf in one ear after mvd zorbulon").IsOrdinary); // a general question, nothing about now
    }

    /// <summary>
    /// Two rules whose matches (twenty bulky patterns each) are too large for one prefilter together: the prefilter
    /// is compiled in groups, down to each of the two alone (which reuses that rule's own regex), and a message only
    /// the second matches still gets through to it.
    /// </summary>
    [Fact]
    public void Load_RulesTooLargeForOnePrefilter_CompileInGroupsAndEveryRuleStillFires()
    {
        EditSafetyYml(l => l.TrimEnd() == "  rules:", (lines, i) => lines.InsertRange(i + 1,
        [
            "    - name: bulky a", "      match:", .. BulkyPatterns[..20].Select(p => $"        - '{p}'"),
            "    - name: bulky b", "      match:", .. BulkyPatterns[20..].Select(p => $"        - '{p}'"),
        ]));

        var result = Load();

        Assert.Empty(result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
        var crisis = result.Catalog.Safety.Crisis;
        Assert.True(crisis.Prefilters.RegexCount > 1);
        Assert.All(crisis.Prefilters.Patterns, pattern => Assert.True(pattern.ReadsInLinearTime));
        var fired = crisis.FirstFiringRule(TextNormalizer.Normalize("is there other39 after botox", Triage.MaxInputLength));
        Assert.Equal("bulky b", fired?.Name);
    }

    [Fact]
    public void Load_MissingSafetyFile_IsAnErrorButTheBuiltInRulesServe()
    {
        _folder.WriteEntry("good", TempFaqFolder.ValidEntry());
        File.Delete(_folder.File("safety.yml"));

        var result = Load();

        Assert.Contains("safety.yml is missing", SingleError(result).Message, StringComparison.Ordinal);
        Assert.Single(result.Catalog.Entries);
        Assert.Equal(TriageCategory.Urgent, new Triage(result.Catalog.Safety).Classify("my husband's face suddenly drooped and his speech is slurred").Category);
    }
}
