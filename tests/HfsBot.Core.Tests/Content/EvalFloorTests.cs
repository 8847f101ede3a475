using System.Collections.Concurrent;
using HfsBot.Core.Answering;
using HfsBot.Core.Evaluation;
using HfsBot.Core.Faq;
using HfsBot.Core.Matching;
using HfsBot.Testing;

namespace HfsBot.Core.Tests.Content;

/// <summary>
/// Quality floors on the labelled questions in tests/data: the real FAQ, the real matcher settings. A change
/// that makes the bot answer worse fails here. Raise a floor when quality improves; never lower one to pass.
/// </summary>
public sealed class EvalFloorTests
{
    /// <summary>Each file is evaluated once with the real settings and shared by the tests below.</summary>
    private static readonly ConcurrentDictionary<string, Lazy<EvalReport>> Reports = new(StringComparer.Ordinal);

    private static EvalReport Evaluate(string file) =>
        Reports.GetOrAdd(file, f => new Lazy<EvalReport>(() => Evaluate(f, RealFaq.Answerer))).Value;

    private static EvalReport Evaluate(string file, FaqAnswerer answerer)
    {
        var (cases, errors) = EvalSetReader.Read(RepoPaths.TestData(file), RealFaq.Catalog.ById.Keys.ToHashSet(StringComparer.Ordinal));
        Assert.Empty(errors);
        return Evaluator.Run(answerer, cases);
    }

    /// <remarks>
    /// The answerable questions of the tune and holdout 1-4 sets are also phrasings in the FAQ (members' own words
    /// teach the matcher), so those floors guard that they keep coming back, and the NONE floors that off-topic
    /// questions stay out as the phrasings grow. questions-holdout5.tsv to questions-holdout146.tsv (written blind and
    /// measured on arrival; floors are their current figures rounded down, see tests/data/README.md for which
    /// were read afterwards) and dev-questions.tsv are the real measure.
    /// </remarks>
    [Theory]
    //          file                     top-1  top-3  wrong  none
    [InlineData("questions-tune.tsv", 0.99, 0.99, 0.01, 0.96)]
    [InlineData("questions-tune2.tsv", 0.99, 0.99, 0.01, 0.93)]
    [InlineData("questions-tune3.tsv", 0.99, 0.99, 0.01, 0.90)]
    [InlineData("questions-tune4.tsv", 0.98, 0.98, 0.02, 0.00)]
    [InlineData("questions-holdout.tsv", 0.99, 0.99, 0.01, 0.85)]
    [InlineData("questions-holdout2.tsv", 0.99, 0.99, 0.01, 0.96)]
    [InlineData("questions-holdout3.tsv", 0.99, 0.99, 0.01, 0.93)]
    [InlineData("questions-holdout4.tsv", 0.99, 0.99, 0.01, 1.00)]
    [InlineData("questions-holdout5.tsv", 0.92, 0.94, 0.01, 0.90)]
    [InlineData("questions-holdout6.tsv", 0.97, 0.98, 0.01, 0.96)]
    [InlineData("questions-holdout7.tsv", 0.95, 0.98, 0.01, 0.96)]
    [InlineData("questions-holdout8.tsv", 0.93, 0.94, 0.01, 0.96)]
    [InlineData("questions-holdout9.tsv", 0.93, 0.95, 0.02, 0.83)]
    [InlineData("questions-holdout10.tsv", 0.95, 0.98, 0.01, 0.93)]
    [InlineData("questions-holdout11.tsv", 0.94, 0.98, 0.01, 0.93)]
    [InlineData("questions-holdout12.tsv", 0.96, 0.98, 0.01, 0.96)]
    [InlineData("questions-holdout13.tsv", 0.96, 0.97, 0.01, 0.96)]
    [InlineData("questions-holdout14.tsv", 0.97, 0.98, 0.01, 0.90)]
    [InlineData("questions-holdout15.tsv", 0.98, 0.99, 0.01, 0.96)]
    [InlineData("questions-holdout16.tsv", 0.94, 0.96, 0.01, 1.00)]
    [InlineData("questions-holdout17.tsv", 0.90, 0.93, 0.02, 0.96)]
    [InlineData("questions-holdout18.tsv", 0.92, 0.94, 0.01, 0.90)]
    [InlineData("questions-holdout19.tsv", 0.94, 0.96, 0.03, 0.90)]
    [InlineData("questions-holdout20.tsv", 0.94, 0.96, 0.01, 0.90)]
    [InlineData("questions-holdout21.tsv", 0.93, 0.97, 0.02, 0.86)]
    [InlineData("questions-holdout22.tsv", 0.94, 0.98, 0.02, 0.86)]
    [InlineData("questions-holdout23.tsv", 0.97, 0.97, 0.02, 0.90)]
    [InlineData("questions-holdout24.tsv", 0.92, 0.96, 0.01, 0.90)]
    [InlineData("questions-holdout25.tsv", 0.92, 0.94, 0.01, 0.86)]
    [InlineData("questions-holdout26.tsv", 0.94, 0.96, 0.01, 0.90)]
    [InlineData("questions-holdout27.tsv", 0.92, 0.97, 0.02, 0.86)]
    [InlineData("questions-holdout28.tsv", 0.92, 0.94, 0.01, 0.93)]
    [InlineData("questions-holdout29.tsv", 0.92, 0.94, 0.01, 0.96)]
    [InlineData("questions-holdout30.tsv", 0.95, 0.97, 0.01, 0.86)]
    [InlineData("questions-holdout31.tsv", 0.93, 0.96, 0.02, 0.83)]
    [InlineData("questions-holdout32.tsv", 0.91, 0.94, 0.01, 0.93)]
    [InlineData("questions-holdout33.tsv", 0.91, 0.95, 0.03, 0.86)]
    [InlineData("questions-holdout34.tsv", 0.95, 0.98, 0.02, 0.96)]
    [InlineData("questions-holdout35.tsv", 0.94, 0.96, 0.02, 0.90)]
    [InlineData("questions-holdout36.tsv", 0.94, 0.98, 0.01, 0.86)]
    [InlineData("questions-holdout37.tsv", 0.97, 0.98, 0.02, 0.93)]
    [InlineData("questions-holdout38.tsv", 0.94, 0.97, 0.02, 0.96)]
    [InlineData("questions-holdout39.tsv", 0.96, 0.98, 0.02, 0.96)]
    [InlineData("questions-holdout40.tsv", 0.92, 0.96, 0.01, 0.96)]
    [InlineData("questions-holdout41.tsv", 0.96, 0.96, 0.01, 0.90)]
    [InlineData("questions-holdout42.tsv", 0.92, 0.94, 0.03, 1.00)]
    [InlineData("questions-holdout43.tsv", 0.92, 0.97, 0.01, 0.86)]
    [InlineData("questions-holdout44.tsv", 0.94, 0.96, 0.01, 0.98)]
    [InlineData("questions-holdout45.tsv", 0.93, 0.97, 0.02, 0.97)]
    [InlineData("questions-holdout46.tsv", 0.92, 0.95, 0.02, 0.98)]
    [InlineData("questions-holdout47.tsv", 0.94, 0.95, 0.02, 0.92)]
    [InlineData("questions-holdout48.tsv", 0.93, 0.96, 0.01, 0.97)]
    [InlineData("questions-holdout49.tsv", 0.96, 0.98, 0.01, 0.96)]
    [InlineData("questions-holdout50.tsv", 0.92, 0.96, 0.01, 0.93)]
    [InlineData("questions-holdout51.tsv", 0.94, 0.98, 0.01, 0.94)]
    [InlineData("questions-holdout52.tsv", 0.93, 0.96, 0.02, 0.86)]
    [InlineData("questions-holdout53.tsv", 0.95, 0.98, 0.01, 0.94)]
    [InlineData("questions-holdout54.tsv", 0.93, 0.97, 0.03, 0.94)]
    [InlineData("questions-holdout55.tsv", 0.94, 0.97, 0.02, 0.88)]
    [InlineData("questions-holdout56.tsv", 0.94, 0.97, 0.02, 0.93)]
    [InlineData("questions-holdout57.tsv", 0.97, 0.99, 0.01, 0.95)]
    [InlineData("questions-holdout58.tsv", 0.93, 0.97, 0.01, 0.92)]
    [InlineData("questions-holdout59.tsv", 0.93, 0.97, 0.01, 0.95)]
    [InlineData("questions-holdout60.tsv", 0.96, 0.98, 0.01, 0.96)]
    [InlineData("questions-holdout61.tsv", 0.96, 0.98, 0.02, 0.94)]
    [InlineData("questions-holdout62.tsv", 0.96, 0.98, 0.02, 0.94)]
    [InlineData("questions-holdout63.tsv", 0.94, 0.97, 0.02, 0.93)]
    [InlineData("questions-holdout64.tsv", 0.97, 1.00, 0.03, 0.87)]
    [InlineData("questions-holdout65.tsv", 0.91, 0.97, 0.03, 0.96)]
    [InlineData("questions-holdout66.tsv", 0.96, 1.00, 0.02, 0.95)]
    [InlineData("questions-holdout67.tsv", 0.96, 0.96, 0.02, 0.86)]
    [InlineData("questions-holdout68.tsv", 0.95, 1.00, 0.01, 0.97)]
    [InlineData("questions-holdout69.tsv", 0.95, 1.00, 0.02, 0.88)]
    [InlineData("questions-holdout70.tsv", 0.96, 0.97, 0.03, 0.88)]
    [InlineData("questions-holdout71.tsv", 0.98, 1.00, 0.02, 0.93)]
    [InlineData("questions-holdout72.tsv", 0.90, 0.94, 0.02, 0.86)]
    [InlineData("questions-holdout73.tsv", 0.93, 0.95, 0.02, 0.94)]
    [InlineData("questions-holdout74.tsv", 0.96, 0.97, 0.02, 0.91)]
    [InlineData("questions-holdout75.tsv", 0.94, 0.96, 0.01, 0.85)]
    [InlineData("questions-holdout76.tsv", 0.91, 0.93, 0.02, 0.88)]
    [InlineData("questions-holdout77.tsv", 0.96, 1.00, 0.01, 0.95)]
    [InlineData("questions-holdout78.tsv", 0.95, 0.96, 0.03, 0.86)]
    [InlineData("questions-holdout79.tsv", 0.94, 0.97, 0.01, 0.97)]
    [InlineData("questions-holdout80.tsv", 0.93, 0.95, 0.02, 0.88)]
    [InlineData("questions-holdout81.tsv", 0.96, 0.97, 0.01, 0.91)]
    [InlineData("questions-holdout82.tsv", 0.91, 0.96, 0.02, 0.85)]
    [InlineData("questions-holdout83.tsv", 0.96, 0.96, 0.02, 0.88)]
    [InlineData("questions-holdout84.tsv", 0.94, 0.97, 0.02, 0.84)]
    [InlineData("questions-holdout85.tsv", 0.97, 1.00, 0.00, 0.90)]
    [InlineData("questions-holdout86.tsv", 0.96, 0.97, 0.01, 0.85)]
    [InlineData("questions-holdout87.tsv", 0.95, 0.98, 0.01, 0.95)]
    [InlineData("questions-holdout88.tsv", 0.93, 0.94, 0.02, 0.84)]
    [InlineData("questions-holdout89.tsv", 0.94, 0.96, 0.01, 0.88)]
    [InlineData("questions-holdout90.tsv", 0.93, 0.95, 0.01, 0.86)]
    [InlineData("questions-holdout91.tsv", 0.94, 0.96, 0.01, 0.94)]
    [InlineData("questions-holdout92.tsv", 0.97, 1.00, 0.01, 0.83)]
    [InlineData("questions-holdout93.tsv", 0.94, 0.96, 0.01, 0.95)]
    [InlineData("questions-holdout94.tsv", 0.87, 0.88, 0.01, 0.87)]
    [InlineData("questions-holdout95.tsv", 0.97, 0.98, 0.02, 0.91)]
    [InlineData("questions-holdout96.tsv", 0.91, 0.91, 0.01, 0.86)]
    [InlineData("questions-holdout97.tsv", 0.82, 0.85, 0.02, 0.91)]
    [InlineData("questions-holdout98.tsv", 0.87, 0.88, 0.01, 0.83)]
    [InlineData("questions-holdout99.tsv", 0.88, 0.92, 0.01, 0.82)]
    [InlineData("questions-holdout100.tsv", 0.90, 0.93, 0.02, 0.85)]
    [InlineData("questions-holdout101.tsv", 0.97, 0.98, 0.02, 0.90)]
    [InlineData("questions-holdout102.tsv", 0.96, 0.97, 0.03, 0.83)]
    [InlineData("questions-holdout103.tsv", 0.91, 0.91, 0.01, 0.90)]
    [InlineData("questions-holdout104.tsv", 0.88, 0.90, 0.02, 0.85)]
    [InlineData("questions-holdout105.tsv", 1.00, 1.00, 0.01, 0.95)]
    [InlineData("questions-holdout106.tsv", 0.90, 0.92, 0.01, 0.90)]
    [InlineData("questions-holdout107.tsv", 0.93, 0.96, 0.01, 0.95)]
    [InlineData("questions-holdout108.tsv", 0.82, 0.84, 0.02, 0.90)]
    [InlineData("questions-holdout109.tsv", 0.85, 0.87, 0.02, 0.83)]
    [InlineData("questions-holdout110.tsv", 0.83, 0.85, 0.01, 0.92)]
    [InlineData("questions-holdout111.tsv", 0.92, 0.95, 0.02, 0.90)]
    [InlineData("questions-holdout112.tsv", 0.96, 0.99, 0.01, 0.94)]
    [InlineData("questions-holdout113.tsv", 0.96, 0.99, 0.01, 0.96)]
    [InlineData("questions-holdout114.tsv", 0.97, 0.98, 0.01, 1.00)]
    [InlineData("questions-holdout115.tsv", 0.97, 0.98, 0.01, 0.92)]
    [InlineData("questions-holdout116.tsv", 0.92, 0.94, 0.01, 0.95)]
    [InlineData("questions-holdout117.tsv", 0.93, 0.97, 0.01, 0.95)]
    [InlineData("questions-holdout118.tsv", 0.97, 0.98, 0.01, 0.95)]
    [InlineData("questions-holdout119.tsv", 0.95, 0.97, 0.01, 0.93)]
    [InlineData("questions-holdout120.tsv", 0.92, 0.97, 0.01, 0.90)]
    [InlineData("questions-holdout121.tsv", 0.82, 0.82, 0.02, 0.91)]
    [InlineData("questions-holdout122.tsv", 0.83, 0.84, 0.02, 0.90)]
    [InlineData("questions-holdout123.tsv", 0.97, 0.98, 0.03, 0.83)]
    [InlineData("questions-holdout124.tsv", 0.98, 1.00, 0.01, 0.86)]
    [InlineData("questions-holdout125.tsv", 0.94, 0.96, 0.01, 0.90)]
    [InlineData("questions-holdout126.tsv", 0.94, 0.97, 0.01, 0.98)]
    [InlineData("questions-holdout127.tsv", 0.96, 0.97, 0.01, 0.91)]
    [InlineData("questions-holdout128.tsv", 0.95, 0.97, 0.02, 0.91)]
    [InlineData("questions-holdout129.tsv", 0.93, 0.95, 0.01, 0.95)]
    [InlineData("questions-holdout130.tsv", 0.73, 0.75, 0.00, 0.93)]
    [InlineData("questions-holdout131.tsv", 0.78, 0.81, 0.00, 0.91)]
    [InlineData("questions-holdout132.tsv", 0.93, 0.97, 0.03, 0.82)]
    [InlineData("questions-holdout133.tsv", 0.97, 0.99, 0.02, 0.93)]
    [InlineData("questions-holdout134.tsv", 0.94, 0.98, 0.01, 0.96)]
    [InlineData("questions-holdout135.tsv", 0.98, 0.99, 0.01, 1.00)]
    [InlineData("questions-holdout136.tsv", 0.94, 0.97, 0.00, 1.00)]
    [InlineData("questions-holdout137.tsv", 0.91, 0.94, 0.01, 0.93)]
    [InlineData("questions-holdout138.tsv", 0.83, 0.84, 0.00, 0.91)]
    [InlineData("questions-holdout139.tsv", 0.93, 0.94, 0.02, 0.88)]
    [InlineData("questions-holdout140.tsv", 0.96, 0.96, 0.04, 0.89)]
    [InlineData("questions-holdout141.tsv", 1.00, 1.00, 0.02, 0.86)]
    [InlineData("questions-holdout142.tsv", 0.94, 0.97, 0.01, 1.00)]
    [InlineData("questions-holdout143.tsv", 0.96, 0.98, 0.01, 0.98)]
    [InlineData("questions-holdout144.tsv", 0.94, 0.97, 0.01, 0.93)]
    [InlineData("questions-holdout145.tsv", 0.95, 0.97, 0.01, 1.00)]
    [InlineData("questions-holdout146.tsv", 0.97, 0.98, 0.00, 0.95)]
    [InlineData("dev-questions.tsv", 0.95, 0.96, 0.00, 1.00)]
    public void Eval_MeetsItsFloors(string file, double top1, double top3, double maxWrong, double none)
    {
        var report = Evaluate(file);

        Assert.True(report.Top1 >= top1, $"top-1 {report.Top1:P1} < {top1:P0}");
        Assert.True(report.Top3 >= top3, $"top-3 {report.Top3:P1} < {top3:P0}");
        Assert.True(report.WrongAnswerRate <= maxWrong, $"wrong answers {report.WrongAnswerRate:P1} > {maxWrong:P1}");
        Assert.True(report.NoneHandled >= none, $"NONE handled {report.NoneHandled:P1} < {none:P0}");
    }

    /// <summary>
    /// Off-topic and personal-advice questions are kept out across all the NONE rows the FAQ has not absorbed
    /// (208 of them): single sets move by a question as phrasings grow, the whole must not.
    /// </summary>
    [Fact]
    public void Eval_NoneRowsOfAllSets_AreHandledAtLeast88Percent()
    {
        string[] files = ["questions-tune.tsv", "questions-tune2.tsv", "questions-tune3.tsv", "questions-holdout.tsv", "questions-holdout2.tsv", "questions-holdout3.tsv", "questions-holdout4.tsv"];

        var none = files.SelectMany(f => Evaluate(f).Results).Where(r => r.Case.ExpectsNone).ToList();

        Assert.Equal(208, none.Count);
        var handled = none.Count(r => r.IsNoneHandled) / (double)none.Count;
        Assert.True(handled >= 0.88, $"NONE handled {handled:P1} over {none.Count} rows");
    }

    /// <summary>
    /// Every emergency is triaged. Almost no ordinary question is: the safety net trades a rare false alarm for
    /// catching far more real emergencies, and flags one of 180 on questions-holdout3.tsv and on the unseen
    /// questions-holdout6.tsv (whose writer was asked for ordinary questions that mention alarming things) at
    /// first, and one of 180 on a few later sets (general questions that the net reads as happening now;
    /// holdout8's is a new facial droop nine days after MVD, arguably a call-the-surgeon case). The never-read
    /// holdout22 got its one in the thirteenth session, when five teaching triage sets became examples: a short
    /// question the net alone scores 0.60, just over its threshold (those sets caught one more blind emergency).
    /// It lost it in the fifteenth, when the net stopped depending on the order of the FAQ's questions. The short,
    /// never-read questions-holdout41.tsv has three (measured on arrival, before that change, too).
    /// </summary>
    [Theory]
    [InlineData("questions-tune.tsv", 0)]
    [InlineData("questions-tune2.tsv", 0)]
    [InlineData("questions-tune3.tsv", 0)]
    [InlineData("questions-holdout.tsv", 0)]
    [InlineData("questions-holdout2.tsv", 0)]
    [InlineData("questions-holdout3.tsv", 1)]
    [InlineData("questions-holdout4.tsv", 0)]
    [InlineData("questions-holdout5.tsv", 0)]
    [InlineData("questions-holdout6.tsv", 0)]
    [InlineData("questions-holdout7.tsv", 0)]
    [InlineData("questions-holdout8.tsv", 1)]
    [InlineData("questions-holdout9.tsv", 0)]
    [InlineData("questions-holdout10.tsv", 0)]
    [InlineData("questions-holdout11.tsv", 0)]
    [InlineData("questions-holdout12.tsv", 0)]
    [InlineData("questions-holdout13.tsv", 1)]
    [InlineData("questions-holdout14.tsv", 0)]
    [InlineData("questions-holdout15.tsv", 0)]
    [InlineData("questions-holdout16.tsv", 0)]
    [InlineData("questions-holdout17.tsv", 0)]
    [InlineData("questions-holdout18.tsv", 0)]
    [InlineData("questions-holdout19.tsv", 0)]
    [InlineData("questions-holdout20.tsv", 0)]
    [InlineData("questions-holdout21.tsv", 0)]
    [InlineData("questions-holdout22.tsv", 0)]
    [InlineData("questions-holdout23.tsv", 0)]
    [InlineData("questions-holdout24.tsv", 0)]
    [InlineData("questions-holdout25.tsv", 0)]
    [InlineData("questions-holdout26.tsv", 0)]
    [InlineData("questions-holdout27.tsv", 0)]
    [InlineData("questions-holdout28.tsv", 1)]
    [InlineData("questions-holdout29.tsv", 0)]
    [InlineData("questions-holdout30.tsv", 0)]
    [InlineData("questions-holdout31.tsv", 0)]
    [InlineData("questions-holdout32.tsv", 0)]
    [InlineData("questions-holdout33.tsv", 1)]
    [InlineData("questions-holdout34.tsv", 0)]
    [InlineData("questions-holdout35.tsv", 1)]
    [InlineData("questions-holdout36.tsv", 0)]
    [InlineData("questions-holdout37.tsv", 0)]
    [InlineData("questions-holdout38.tsv", 0)]
    [InlineData("questions-holdout39.tsv", 0)]
    [InlineData("questions-holdout40.tsv", 0)]
    [InlineData("questions-holdout41.tsv", 3)]
    [InlineData("questions-holdout42.tsv", 1)]
    [InlineData("questions-holdout43.tsv", 0)]
    [InlineData("questions-holdout44.tsv", 2)]
    [InlineData("questions-holdout45.tsv", 2)]
    [InlineData("questions-holdout46.tsv", 0)]
    [InlineData("questions-holdout47.tsv", 0)]
    [InlineData("questions-holdout48.tsv", 1)]
    [InlineData("questions-holdout49.tsv", 0)]
    [InlineData("questions-holdout50.tsv", 0)]
    [InlineData("questions-holdout51.tsv", 1)]
    [InlineData("questions-holdout52.tsv", 1)]
    [InlineData("questions-holdout53.tsv", 1)]
    [InlineData("questions-holdout54.tsv", 0)]
    [InlineData("questions-holdout55.tsv", 0)]
    [InlineData("questions-holdout56.tsv", 1)]
    [InlineData("questions-holdout57.tsv", 0)]
    [InlineData("questions-holdout58.tsv", 0)]
    [InlineData("questions-holdout59.tsv", 0)]
    [InlineData("questions-holdout60.tsv", 0)]
    [InlineData("questions-holdout61.tsv", 1)]
    [InlineData("questions-holdout62.tsv", 0)]
    [InlineData("questions-holdout64.tsv", 0)]
    [InlineData("questions-holdout65.tsv", 0)]
    [InlineData("questions-holdout66.tsv", 0)]
    [InlineData("questions-holdout67.tsv", 2)]
    [InlineData("questions-holdout68.tsv", 0)]
    [InlineData("questions-holdout70.tsv", 0)]
    [InlineData("questions-holdout71.tsv", 0)]
    [InlineData("questions-holdout72.tsv", 2)]
    [InlineData("questions-holdout73.tsv", 1)]
    [InlineData("questions-holdout74.tsv", 0)]
    [InlineData("questions-holdout75.tsv", 0)]
    [InlineData("questions-holdout76.tsv", 3)]
    [InlineData("questions-holdout77.tsv", 0)]
    [InlineData("questions-holdout78.tsv", 0)]
    [InlineData("questions-holdout79.tsv", 0)]
    [InlineData("questions-holdout80.tsv", 1)]
    [InlineData("questions-holdout81.tsv", 0)]
    [InlineData("questions-holdout82.tsv", 0)]
    [InlineData("questions-holdout83.tsv", 1)]
    [InlineData("questions-holdout84.tsv", 1)]
    [InlineData("questions-holdout85.tsv", 0)]
    [InlineData("questions-holdout86.tsv", 1)]
    [InlineData("questions-holdout87.tsv", 1)]
    [InlineData("questions-holdout88.tsv", 1)]
    [InlineData("questions-holdout89.tsv", 2)]
    [InlineData("questions-holdout90.tsv", 2)]
    [InlineData("questions-holdout91.tsv", 0)]
    [InlineData("questions-holdout92.tsv", 1)]
    [InlineData("questions-holdout93.tsv", 0)]
    [InlineData("questions-holdout94.tsv", 1)]
    [InlineData("questions-holdout95.tsv", 0)]
    [InlineData("questions-holdout96.tsv", 1)]
    [InlineData("questions-holdout97.tsv", 0)]
    [InlineData("questions-holdout99.tsv", 0)]
    [InlineData("questions-holdout100.tsv", 1)]
    [InlineData("questions-holdout123.tsv", 0)]
    [InlineData("questions-holdout124.tsv", 0)]
    [InlineData("questions-holdout132.tsv", 2)]
    [InlineData("questions-holdout139.tsv", 2)]
    [InlineData("questions-holdout140.tsv", 2)]
    [InlineData("questions-holdout141.tsv", 1)]
    [InlineData("questions-tune4.tsv", 0)]
    [InlineData("dev-questions.tsv", 0)]
    public void Eval_EveryEmergencyIsTriagedAndOrdinaryQuestionsAlmostNever(string file, int maxFalseAlarms)
    {
        var report = Evaluate(file);

        Assert.Equal(1.0, report.UrgentRecall);
        Assert.InRange(report.FalseUrgentCount, 0, maxFalseAlarms);
    }

    /// <summary>
    /// Sets written mostly in other languages (French, Spanish, German, Dutch, Portuguese, Tagalog, Italian, Polish) do not yet have
    /// every emergency triaged: their floors guard what the emergency phrase list (ForeignPhrases) catches.
    /// </summary>
    [Theory]
    [InlineData("questions-holdout101.tsv", 1.00, 1)]
    [InlineData("questions-holdout102.tsv", 0.95, 1)]
    [InlineData("questions-holdout103.tsv", 1.00, 0)]
    [InlineData("questions-holdout104.tsv", 0.90, 1)]
    [InlineData("questions-holdout105.tsv", 1.00, 2)]
    [InlineData("questions-holdout106.tsv", 1.00, 1)]
    [InlineData("questions-holdout107.tsv", 1.00, 1)]
    [InlineData("questions-holdout108.tsv", 1.00, 3)]
    [InlineData("questions-holdout109.tsv", 0.90, 1)]
    [InlineData("questions-holdout110.tsv", 1.00, 1)]
    [InlineData("questions-holdout111.tsv", 1.00, 1)]
    [InlineData("questions-holdout112.tsv", 1.00, 1)]
    [InlineData("questions-holdout113.tsv", 1.00, 1)]
    [InlineData("questions-holdout114.tsv", 1.00, 1)]
    [InlineData("questions-holdout115.tsv", 1.00, 1)]
    [InlineData("questions-holdout116.tsv", 1.00, 1)]
    [InlineData("questions-holdout117.tsv", 1.00, 1)]
    [InlineData("questions-holdout118.tsv", 1.00, 1)]
    [InlineData("questions-holdout119.tsv", 1.00, 2)]
    [InlineData("questions-holdout120.tsv", 1.00, 3)]
    [InlineData("questions-holdout121.tsv", 1.00, 2)]
    [InlineData("questions-holdout122.tsv", 1.00, 0)]
    [InlineData("questions-holdout125.tsv", 1.00, 2)]
    [InlineData("questions-holdout126.tsv", 1.00, 1)]
    [InlineData("questions-holdout127.tsv", 1.00, 6)]
    [InlineData("questions-holdout128.tsv", 1.00, 1)]
    [InlineData("questions-holdout129.tsv", 1.00, 1)]
    [InlineData("questions-holdout130.tsv", 0.90, 0)]
    [InlineData("questions-holdout131.tsv", 0.90, 2)]
    [InlineData("questions-holdout133.tsv", 1.00, 0)]
    [InlineData("questions-holdout134.tsv", 1.00, 1)]
    [InlineData("questions-holdout135.tsv", 1.00, 0)]
    [InlineData("questions-holdout136.tsv", 1.00, 0)]
    [InlineData("questions-holdout137.tsv", 1.00, 0)]
    [InlineData("questions-holdout138.tsv", 1.00, 1)]
    [InlineData("questions-holdout142.tsv", 1.00, 0)]
    [InlineData("questions-holdout143.tsv", 1.00, 0)]
    [InlineData("questions-holdout144.tsv", 1.00, 0)]
    [InlineData("questions-holdout145.tsv", 1.00, 0)]
    [InlineData("questions-holdout146.tsv", 1.00, 1)]
    public void Eval_OtherLanguageSets_TriageMostEmergencies(string file, double urgentRecall, int maxFalseAlarms)
    {
        var report = Evaluate(file);

        Assert.True(report.UrgentRecall >= urgentRecall, $"urgent recall {report.UrgentRecall:P0} < {urgentRecall:P0}");
        Assert.InRange(report.FalseUrgentCount, 0, maxFalseAlarms);
    }

    /// <summary>The scale tests only mean something if all 10,000 generated entries are valid FAQ files.</summary>
    [Fact]
    public void SyntheticDistractors_WrittenAsFiles_LoadAsTenThousandValidEntries()
    {
        using var folder = new TempFaqFolder().WithRealEntries();

        SyntheticFaq.WriteFiles(SyntheticFaq.Generate(10_000 - RealFaq.Catalog.Entries.Length, new DateOnly(2026, 11, 1)), folder.Path);
        var load = new FaqFolderLoader(TimeProvider.System).Load(folder.Path);

        Assert.False(load.HasErrors, string.Join("\n", load.Errors.Take(5)));
        Assert.Equal(10_000, load.Catalog.Entries.Length);
    }

    /// <summary>
    /// At 10,000 entries (the real ones plus synthetic distractors) top-1 stays within 3 points, on the questions
    /// the FAQ does not already contain word for word: the twenty-eight blind sets holdout5-32 and the dev set
    /// (4,226 answerable questions; with only holdout5-7 and the dev set, 476, one question was 0.2 points).
    /// </summary>
    [Fact]
    public void Eval_WithTenThousandEntries_TopOneDropsAtMostThreePoints()
    {
        var atScale = new FaqAnswerer(SyntheticFaq.WithDistractors(RealFaq.Catalog, 10_000 - RealFaq.Catalog.Entries.Length), new MatchingOptions());
        string[] files = [.. Enumerable.Range(5, 28).Select(n => $"questions-holdout{n}.tsv"), "dev-questions.tsv"];

        var real = files.Select(f => Evaluate(f)).SelectMany(r => r.Results).Where(r => r.Case.ExpectsEntry).ToList();
        var scaled = files.Select(f => Evaluate(f, atScale)).SelectMany(r => r.Results).Where(r => r.Case.ExpectsEntry).ToList();
        var drop = ((double)real.Count(r => r.IsTop1) - scaled.Count(r => r.IsTop1)) / real.Count;

        Assert.True(drop <= 0.03, $"top-1 dropped {drop:P1} at 10,000 entries");
    }
}
