using HfsBot.Core.Answering;

namespace HfsBot.Core.Evaluation;

/// <summary>How one labelled question went.</summary>
public sealed record EvalResult(EvalCase Case, FaqReply Reply, double ElapsedMicroseconds)
{
    /// <summary>The entries the reply puts forward, best first: the answer and its runner-ups, or the suggestions.</summary>
    public IReadOnlyList<string> RankedIds => Reply.Outcome switch
    {
        ReplyOutcome.Answer => [Reply.Entry!.Id, .. Reply.Suggestions.Select(s => s.Id)],
        ReplyOutcome.Suggest or ReplyOutcome.Advice => [.. Reply.Suggestions.Select(s => s.Id)],
        _ => [],
    };

    public bool IsTop1 => Case.ExpectsEntry && RankedIds.Count > 0 && RankedIds[0] == Case.Expected;

    public bool IsTop3 => Case.ExpectsEntry && RankedIds.Take(3).Contains(Case.Expected);

    public bool IsAnsweredCorrectly => Reply.Outcome == ReplyOutcome.Answer && Reply.Entry!.Id == Case.Expected;

    /// <summary>A confident answer that is not the expected entry (any answer to a NONE question counts).</summary>
    public bool IsWrongAnswer => !Case.ExpectsUrgent && Reply.Outcome == ReplyOutcome.Answer && Reply.Entry!.Id != Case.Expected;

    public bool IsTriagedUrgent => Reply.Outcome is ReplyOutcome.Urgent or ReplyOutcome.Crisis;

    public bool IsNoneHandled => Reply.Outcome is ReplyOutcome.None or ReplyOutcome.Advice;

    /// <summary>Whether this row is worth showing in the list of misses.</summary>
    public bool IsMiss => Case switch
    {
        { ExpectsUrgent: true } => !IsTriagedUrgent,
        { ExpectsNone: true } => !IsNoneHandled,
        _ => !IsAnsweredCorrectly,
    };
}

/// <summary>The numbers <c>eval</c> prints, and the floors the test suite pins.</summary>
public sealed record EvalReport(IReadOnlyList<EvalResult> Results)
{
    private IEnumerable<EvalResult> Answerable => Results.Where(r => r.Case.ExpectsEntry);

    private IEnumerable<EvalResult> NonUrgent => Results.Where(r => !r.Case.ExpectsUrgent);

    public int AnswerableCount => Answerable.Count();

    public int NoneCount => Results.Count(r => r.Case.ExpectsNone);

    public int UrgentCount => Results.Count(r => r.Case.ExpectsUrgent);

    public double Top1 => Share(Answerable, r => r.IsTop1);

    public double Top3 => Share(Answerable, r => r.IsTop3);

    public double AnsweredCorrectly => Share(Answerable, r => r.IsAnsweredCorrectly);

    /// <summary>Confidently wrong answers as a share of every question that is not urgent.</summary>
    public double WrongAnswerRate => Share(NonUrgent, r => r.IsWrongAnswer);

    /// <summary>Share of NONE questions answered none or advice.</summary>
    public double NoneHandled => Share(Results.Where(r => r.Case.ExpectsNone), r => r.IsNoneHandled);

    public double UrgentRecall => Share(Results.Where(r => r.Case.ExpectsUrgent), r => r.IsTriagedUrgent);

    /// <summary>Ordinary questions (answerable or NONE) that triage flagged urgent or crisis.</summary>
    public int FalseUrgentCount => NonUrgent.Count(r => r.IsTriagedUrgent);

    public IEnumerable<EvalResult> Misses => Results.Where(r => r.IsMiss);

    public double LatencyPercentile(double percentile)
    {
        var sorted = Results.Select(r => r.ElapsedMicroseconds).Order().ToArray();
        if (sorted.Length == 0)
        {
            return 0;
        }

        var rank = (int)Math.Ceiling(percentile / 100 * sorted.Length) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Length - 1)];
    }

    private static double Share(IEnumerable<EvalResult> rows, Func<EvalResult, bool> predicate)
    {
        var list = rows.ToList();
        return list.Count == 0 ? 1 : (double)list.Count(predicate) / list.Count;
    }
}

/// <summary>Runs labelled questions through the real pipeline.</summary>
public static class Evaluator
{
    /// <param name="answerer">The pipeline.</param>
    /// <param name="cases">The labelled questions.</param>
    /// <param name="timed">
    /// Measure latency properly (a warm-up, then the median of five runs per question): for the <c>eval</c> verb.
    /// Quality checks leave it off and answer each question once.
    /// </param>
    public static EvalReport Run(FaqAnswerer answerer, IReadOnlyList<EvalCase> cases, bool timed = false)
    {
        ArgumentNullException.ThrowIfNull(answerer);
        ArgumentNullException.ThrowIfNull(cases);
        if (timed)
        {
            WarmUp(answerer, cases);
        }

        // Each question is timed five times and its median kept: one timing of a 40-microsecond call is mostly
        // noise from the machine (interrupts, the other core's work).
        var runs = timed ? 5 : 1;
        var results = new List<EvalResult>(cases.Count);
        foreach (var item in cases)
        {
            var timings = new double[runs];
            FaqReply reply = null!;
            for (var run = 0; run < timings.Length; run++)
            {
                var start = System.Diagnostics.Stopwatch.GetTimestamp();
                reply = answerer.Answer(item.Question);
                timings[run] = System.Diagnostics.Stopwatch.GetElapsedTime(start).TotalMicroseconds;
            }

            Array.Sort(timings);
            results.Add(new EvalResult(item, reply, timings[timings.Length / 2]));
        }

        return new EvalReport(results);
    }

    /// <summary>
    /// Startup costs are not what latency means here: the first calls compile code, regexes build their automata
    /// lazily, and the framework's precompiled code is re-optimised once hot, in the background. At least three passes
    /// and a second (at most 20 passes), with pauses for the background compiler, reach the steady state. This is not
    /// enough for .NET's quick first compile of our own code to be promoted (a few hundred questions measured two to
    /// three times slower that way), so the app compiles its code optimised at the first call (HfsBot.csproj).
    /// </summary>
    private static void WarmUp(FaqAnswerer answerer, IReadOnlyList<EvalCase> cases)
    {
        var start = System.Diagnostics.Stopwatch.GetTimestamp();
        for (var pass = 0; pass < 20 && (pass < 3 || System.Diagnostics.Stopwatch.GetElapsedTime(start) < TimeSpan.FromSeconds(1)); pass++)
        {
            foreach (var item in cases)
            {
                answerer.Answer(item.Question);
            }

            Thread.Sleep(100);
        }
    }
}
