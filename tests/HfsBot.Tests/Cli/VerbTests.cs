using HfsBot.Testing;

namespace HfsBot.Tests.Cli;

public sealed class VerbTests
{
    [Fact]
    public async Task Ask_PrintsTheFullAnswerCard()
    {
        var result = await AppRunner.RunAsync("", "ask", "how long does botox last");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("You asked about: How long does Botox last", result.Out, StringComparison.Ordinal);
        Assert.Contains("Sources:", result.Out, StringComparison.Ordinal);
        Assert.Contains("https://", result.Out, StringComparison.Ordinal);
        Assert.Contains("Last reviewed 2026-", result.Out, StringComparison.Ordinal);
        Assert.Contains("not medical advice", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FaqCheck_RealFaq_IsClean()
    {
        var result = await AppRunner.RunAsync("", "faq", "check");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("OK: 42 entries", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FaqCheck_BrokenFolder_ExitsOneWithPathLineMessages()
    {
        using var folder = new TempFaqFolder();
        folder.WriteEntry("good", TempFaqFolder.ValidEntry());
        var broken = folder.WriteEntry("broken", TempFaqFolder.ValidEntry(
            title: "What is HFS?", questions: ["what is this condition", "explain it to me", "what does it mean"], reviewed: "soon"));

        var result = await AppRunner.RunAsync("", "faq", "check", "--dir", folder.Path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"{broken}:11: 'reviewed' must be a date written as YYYY-MM-DD", result.Error, StringComparison.Ordinal);
        Assert.Contains("1 errors, 0 warnings", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FaqList_ListsEveryEntry()
    {
        var result = await AppRunner.RunAsync("", "faq", "list");

        Assert.Equal(42, result.OutLines.Length);
        Assert.Contains(result.OutLines, l => l.StartsWith("botox-duration-frequency ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Eval_PrintsTheMetricsAndMisses()
    {
        var result = await AppRunner.RunAsync("", "eval", RepoPaths.TestData("questions-tune.tsv"));

        Assert.Equal(0, result.ExitCode);
        foreach (var label in new[] { "top-1 accuracy", "top-3 accuracy", "wrong-answer rate", "NONE answered none/advice", "urgent recall", "latency per question", "live memory after the run", "Misses (" })
        {
            Assert.Contains(label, result.Out, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task EvalVerboseWithDistractors_ExplainsEachMissAtScale()
    {
        using var folder = new TempFaqFolder();
        var tsv = folder.Write("set.tsv", "question\texpected\nwhat about the frobnicator warranty on my zorbulator\tbotox-duration-frequency\nhow long do the jabs last\tmvd-risks\n");

        var result = await AppRunner.RunAsync("", "eval", tsv, "--verbose", "--distractors", "200");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("index: 242 entries (200 synthetic) built in", result.Out, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("against 242 entries", result.Out, StringComparison.Ordinal);
        Assert.Contains("unknown words: frobnicator, warranty, zorbulator", result.Out, StringComparison.Ordinal);

        // A miss lists the candidates with their word, fuzzy and learned scores and best-matching phrasing.
        var miss = result.OutLines.SkipWhile(l => !l.Contains("expected mvd-risks", StringComparison.Ordinal)).Skip(2).First();
        Assert.Matches(@"^\s+\d+\.\d  botox-duration-frequency \(words \d+(\.\d)?, fuzzy \d+, learned \d(\.\d+)?; best match "".+""\)$", miss);
    }

    [Fact]
    public async Task EvalVerbose_SaysWhenAMissReadAsChat()
    {
        using var folder = new TempFaqFolder();
        var tsv = folder.Write("set.tsv", "question\texpected\nthe grandkids are staying all week lol\tbotox-duration-frequency\n");

        var result = await AppRunner.RunAsync("", "eval", tsv, "--verbose");

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"reads as chat: \d+ ?% \(no suggestions: chat, not a question\)", result.Out);
    }

    [Fact]
    public async Task FaqGaps_GroupsTheUnansweredQuestions_MostAskedFirst()
    {
        using var folder = new TempFaqFolder();
        var now = DateTimeOffset.UtcNow;
        string Record(int id, string question, int daysAgo) =>
            $$"""{"id":"r{{id}}","time":"{{now.AddDays(-daysAgo):O}}","question":"{{question}}","outcome":"none","best":[{"id":"botox-side-effects","score":41.5}]}""";
        folder.Write("unanswered.jsonl", string.Join('\n',
            Record(1, "does the nhs pay for botox abroad", 3),
            Record(2, "will the nhs pay for my botox abroad", 2),
            Record(3, "is there a discord bot for reminders", 1),
            Record(4, "an old question past the retention window", 200)) + "\n");

        var result = await AppRunner.RunAsync("", "faq", "gaps", $"--Data:Directory={folder.Path}");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("Unanswered questions in the last 90 days: 3, in 2 groups", result.OutLines[0], StringComparison.Ordinal);
        Assert.Matches(@"^\s+2x  "".+abroad""  \(last asked \d{4}-\d\d-\d\d; closest entry: botox-side-effects\)$", result.OutLines[1]);
        Assert.Contains(result.OutLines, l => l.Contains("1x  \"is there a discord bot for reminders\"", StringComparison.Ordinal));
        Assert.DoesNotContain("retention window", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eval_UnknownLabel_ReportsFileAndLine()
    {
        using var folder = new TempFaqFolder();
        var tsv = folder.Write("set.tsv", "question\texpected\nhow long does botox last\tno-such-id\n");

        var result = await AppRunner.RunAsync("", "eval", tsv);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"{tsv}:2: 'no-such-id' is not an FAQ id, NONE or URGENT", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownVerb_PrintsUsageAndExitsTwo()
    {
        var result = await AppRunner.RunAsync("", "frobnicate");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Usage:", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TokenOnTheCommandLine_ExitsTwoWithAPlainMessage_AndDoesNotEchoIt()
    {
        var result = await AppRunner.RunAsync("", "--Discord:Token=not-a-real-token");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("error: Discord:Token is not accepted on the command line", result.Error, StringComparison.Ordinal);
        Assert.Contains("Discord__Token", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("not-a-real-token", result.Error + result.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--Matching:AnswerThreshold=500", "AnswerThreshold")]
    [InlineData("--Matching:HfsQuestionSuggestThreshold=50", "HfsQuestionSuggestThreshold must not be above Matching:SuggestThreshold")]
    [InlineData("--Matching:UnknownWordsSuggestThreshold=40", "UnknownWordsSuggestThreshold must not be below Matching:SuggestThreshold")]
    public async Task InvalidOptions_AreRejectedAtStart(string option, string named)
    {
        var result = await AppRunner.RunAsync("", option, "ask", "hello");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Configuration error", result.Error, StringComparison.Ordinal);
        Assert.Contains(named, result.Error, StringComparison.Ordinal);
    }
}
