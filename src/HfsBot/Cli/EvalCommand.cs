using System.Diagnostics;
using System.Globalization;
using HfsBot.Core.Answering;
using HfsBot.Core.Evaluation;
using HfsBot.Core.Faq;
using HfsBot.Core.Matching;
using Microsoft.Extensions.Options;

namespace HfsBot.Cli;

/// <summary><c>eval FILE.tsv</c>: scores the real pipeline on labelled questions and explains every miss.</summary>
internal sealed class EvalCommand(FaqLibrary library, IOptions<MatchingOptions> matchingOptions, ConsoleStreams console)
{
    public int Run(string path, bool verbose, int distractors)
    {
        if (!File.Exists(path))
        {
            console.Error.WriteLine($"{path}: file not found");
            return ExitCodes.Failure;
        }

        var snapshot = library.Current;
        var (cases, errors) = EvalSetReader.Read(path, snapshot.Catalog.ById.Keys.ToHashSet(StringComparer.Ordinal));
        errors.ForEach(console.Error.WriteLine);
        if (errors.Count > 0)
        {
            return ExitCodes.Failure;
        }

        var answerer = distractors == 0 ? snapshot.Answerer : BuildAtScale(snapshot.Catalog, distractors);
        var report = Evaluator.Run(answerer, cases, timed: true);
        WriteSummary(path, answerer.Catalog, report);
        WriteMisses(report, verbose);
        return ExitCodes.Success;
    }

    /// <summary>The real FAQ plus synthetic distractors, reporting how long indexing took and the memory it holds.</summary>
    private FaqAnswerer BuildAtScale(FaqCatalog real, int distractors)
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var start = Stopwatch.GetTimestamp();
        var answerer = new FaqAnswerer(SyntheticFaq.WithDistractors(real, distractors), matchingOptions.Value);
        var elapsed = Stopwatch.GetElapsedTime(start);
        var retained = GC.GetTotalMemory(forceFullCollection: true) - before;
        GC.KeepAlive(answerer);
        console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"index: {answerer.Catalog.Entries.Length} entries ({distractors} synthetic) built in {elapsed.TotalMilliseconds:F0} ms, {retained / (1024.0 * 1024.0):F1} MB retained"));
        return answerer;
    }

    private void WriteSummary(string path, FaqCatalog catalog, EvalReport report)
    {
        var output = console.Out;
        output.WriteLine($"eval {path}: {report.Results.Count} questions ({report.AnswerableCount} answerable, {report.NoneCount} NONE, {report.UrgentCount} URGENT) against {catalog.Entries.Length} entries");
        output.WriteLine();
        output.WriteLine(Line("top-1 accuracy (answerable)", report.Top1, report.Results.Count(r => r.IsTop1), report.AnswerableCount));
        output.WriteLine(Line("top-3 accuracy (answerable)", report.Top3, report.Results.Count(r => r.IsTop3), report.AnswerableCount));
        output.WriteLine(Line("answered correctly (answerable)", report.AnsweredCorrectly, report.Results.Count(r => r.IsAnsweredCorrectly), report.AnswerableCount));
        output.WriteLine(Line("wrong-answer rate (not urgent)", report.WrongAnswerRate, report.Results.Count(r => r.IsWrongAnswer), report.AnswerableCount + report.NoneCount));
        output.WriteLine(Line("NONE answered none/advice", report.NoneHandled, report.Results.Count(r => r.Case.ExpectsNone && r.IsNoneHandled), report.NoneCount));
        output.WriteLine(Line("urgent recall", report.UrgentRecall, report.Results.Count(r => r.Case.ExpectsUrgent && r.IsTriagedUrgent), report.UrgentCount));
        output.WriteLine($"  {"ordinary questions flagged urgent",-34} {report.FalseUrgentCount,6}");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {"latency per question (µs)",-34} p50 {report.LatencyPercentile(50):F1}  p95 {report.LatencyPercentile(95):F1}  p99 {report.LatencyPercentile(99):F1}  max {report.LatencyPercentile(100):F1}"));

        // Everything the process holds after the run (FAQ, safety rules and the automata they grew, index), so a
        // change that makes the bot heavier shows up next to the one that makes it faster.
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {"live memory after the run (MB)",-34} {GC.GetTotalMemory(forceFullCollection: true) / (1024.0 * 1024.0),6:F1}"));
    }

    private static string Line(string label, double share, int count, int total) =>
        string.Create(CultureInfo.InvariantCulture, $"  {label,-34} {share * 100,5:F1}%  ({count}/{total})");

    private void WriteMisses(EvalReport report, bool verbose)
    {
        var misses = report.Misses.ToList();
        console.Out.WriteLine();
        console.Out.WriteLine($"Misses ({misses.Count}):");
        foreach (var miss in misses)
        {
            var reply = miss.Reply;
            var got = reply.Outcome == ReplyOutcome.Answer ? $"answer {reply.Entry!.Id}" : reply.Outcome.WireName();
            var rule = reply.TriageRule is null ? "" : $" (rule: {reply.TriageRule})";
            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  line {miss.Case.Line}: expected {miss.Case.Expected}, got {got}{rule}, score {reply.Score:F1}"));
            console.Out.WriteLine($"    \"{miss.Case.Question}\"");
            foreach (var candidate in reply.Match.Candidates.Take(verbose ? 5 : 3))
            {
                var detail = verbose ? $" (words {candidate.Lexical:F1}, fuzzy {candidate.Fuzzy:F0}, learned {candidate.Learned:F2}; best match \"{candidate.BestText}\")" : "";
                console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"      {candidate.Score,5:F1}  {candidate.Entry.Id}{detail}"));
            }

            if (verbose && !reply.Match.OtherTopicWords.IsEmpty)
            {
                console.Out.WriteLine($"      about another topic: {string.Join(", ", reply.Match.OtherTopicWords)} (the best entry never mentions it)");
            }

            if (verbose && reply.Match.AsksToPost)
            {
                console.Out.WriteLine("      asks whether something may be posted in the group (a question for the moderators)");
            }

            if (verbose && reply.Match.AsksAboutOtherCondition)
            {
                console.Out.WriteLine("      asks how another condition runs its course (the FAQ names it only beside HFS)");
            }

            if (verbose && reply.Match.FigureOfSpeech is { } figure)
            {
                console.Out.WriteLine($"      a figure of speech: \"{figure}\" (chat, not a question about HFS)");
            }

            if (verbose && reply.Match.ChatProbability is { } chat)
            {
                console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"      reads as chat: {chat:P0}{(reply.Match.ReadsAsChat ? " (no suggestions: chat, not a question)" : "")}"));
            }

            if (verbose && reply.Match.OffTopicProbability is { } offTopic)
            {
                console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"      reads as another topic: {offTopic:P0}{(reply.Match.ReadsAsOffTopic ? " (no suggestions: a question the FAQ does not answer)" : "")}"));
            }

            if (verbose && !reply.Match.UnknownWords.IsEmpty)
            {
                console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"      unknown words: {string.Join(", ", reply.Match.UnknownWords)} ({reply.Match.UnknownShare:P0} of the question, everyday words not counted)"));
            }
        }
    }
}
