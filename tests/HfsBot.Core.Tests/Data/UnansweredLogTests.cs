using HfsBot.Core.Data;
using HfsBot.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace HfsBot.Core.Tests.Data;

public sealed class UnansweredLogTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "hfsbot-tests", Guid.NewGuid().ToString("N"));
    private readonly FakeTimeProvider _time = new();
    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private UnansweredLog CreateLog() =>
        new(Options.Create(new DataOptions { Directory = _directory }), _time, NullLogger<UnansweredLog>.Instance);

    [Fact]
    public async Task Record_NoAnswer_IsWrittenWithQuestionOutcomeAndScoresOnly()
    {
        await using var log = CreateLog();

        var id = log.Record(RealFaq.Answerer.Answer("is bells palsy contagious? my coworker has it"));
        await log.FlushAsync(CancellationToken.None);

        var record = Assert.Single(log.ReadAll());
        Assert.Equal(id, record.Id);
        Assert.Equal("is bells palsy contagious? my coworker has it", record.Question);
        Assert.Equal("none", record.Outcome);
        Assert.Equal(_time.GetUtcNow(), record.Time);
        var line = Assert.Single(File.ReadAllLines(log.FilePath));
        using var json = System.Text.Json.JsonDocument.Parse(line);

        // Exactly these fields: no user id, name or channel can slip in.
        Assert.Equal(["best", "id", "outcome", "question", "time"], json.RootElement.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToArray());
    }

    /// <summary>A flush covers everything queued before it, even while the writer is busy with an earlier batch.</summary>
    [Fact]
    public async Task FlushAsync_AfterRecordFromManyThreads_AlwaysFindsThatRecordOnDisk()
    {
        await using var log = CreateLog();

        var missing = 0;
        await Task.WhenAll(Enumerable.Range(0, 8).Select(worker => Task.Run(async () =>
        {
            for (var i = 0; i < 150; i++)
            {
                log.RecordNoneOfThese($"worker {worker} question {i}", []);
                await log.FlushAsync(CancellationToken.None);
                if (!File.ReadLines(log.FilePath).Any(l => l.Contains($"\"worker {worker} question {i}\"", StringComparison.Ordinal)))
                {
                    Interlocked.Increment(ref missing);
                }
            }
        })));

        Assert.Equal(0, missing);
    }

    [Fact]
    public async Task RunningLog_OnANewDay_DropsRecordsOlderThanTheRetention()
    {
        await using var log = CreateLog();
        log.RecordNoneOfThese("an old question", []);
        await log.FlushAsync(CancellationToken.None);

        _time.Advance(TimeSpan.FromDays(91));
        log.RecordNoneOfThese("a new question", []);
        await log.FlushAsync(CancellationToken.None);

        Assert.Equal(["a new question"], File.ReadAllLines(log.FilePath).Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement.GetProperty("question").GetString() ?? "").ToArray());
    }

    [Fact]
    public async Task Record_Answer_IsNotLogged()
    {
        await using var log = CreateLog();

        Assert.Null(log.Record(RealFaq.Answerer.Answer("how long does botox last")));
        await log.FlushAsync(CancellationToken.None);

        Assert.Empty(log.ReadAll());
    }

    [Fact]
    public async Task RecordNoneOfThese_KeepsTheOfferedEntries()
    {
        await using var log = CreateLog();

        log.RecordNoneOfThese("is botox safe", [new ScoredId("botox-long-term", 55), new ScoredId("botox-side-effects", 52)]);
        await log.FlushAsync(CancellationToken.None);

        var record = Assert.Single(log.ReadAll());
        Assert.Equal(UnansweredLog.NoneOfTheseOutcome, record.Outcome);
        Assert.Equal(["botox-long-term", "botox-side-effects"], record.Best.Select(b => b.Id).ToArray());
    }

    [Fact]
    public async Task Prune_DropsRecordsOlderThanTheRetention()
    {
        await using (var log = CreateLog())
        {
            log.RecordNoneOfThese("an old question", []);
        }

        _time.Advance(TimeSpan.FromDays(91));
        await using (var log = CreateLog())
        {
            log.RecordNoneOfThese("a new question", []);
            await log.FlushAsync(CancellationToken.None);

            Assert.Equal(["a new question"], log.ReadAll().Select(r => r.Question).ToArray());
            Assert.Single(File.ReadAllLines(log.FilePath)); // the old line is gone from disk, not just hidden
        }
    }

    [Fact]
    public async Task DisposeAsync_FlushesEverythingQueued()
    {
        var log = CreateLog();
        for (var i = 0; i < 50; i++)
        {
            log.RecordNoneOfThese($"question {i}", []);
        }

        await log.DisposeAsync();

        Assert.Equal(50, File.ReadAllLines(Path.Combine(_directory, UnansweredLog.FileName)).Length);
    }

    [Fact]
    public async Task ReadAll_SkipsADamagedLine()
    {
        Directory.CreateDirectory(_directory);
        await File.WriteAllTextAsync(Path.Combine(_directory, UnansweredLog.FileName), "{\"id\":\"x\",\"time\":\"2026-11-20T00:00:00+00:00\",\"question\":\"q1\",\"outcome\":\"none\",\"best\":[]}\n{broken\n");
        await using var log = CreateLog();

        Assert.Equal(["q1"], log.ReadAll().Select(r => r.Question).ToArray());
    }

    [Fact]
    public void GapReport_GroupsSimilarQuestionsMostAskedFirst()
    {
        var now = _time.GetUtcNow();
        UnansweredRecord Record(string question, int minutesAgo, string best) =>
            new(Guid.NewGuid().ToString("N"), now.AddMinutes(-minutesAgo), question, "none", [new ScoredId(best, 40)]);

        var groups = GapReport.Build([
            Record("how much does mvd cost", 30, "mvd-risks"),
            Record("what does MVD cost?", 20, "mvd-risks"),
            Record("cost of mvd surgery in the us", 10, "mvd-how-it-works"),
            Record("is bells palsy contagious", 5, "secondary-hfs-bells-palsy"),
        ]);

        Assert.Equal(2, groups.Length);
        Assert.Equal(3, groups[0].Count);
        Assert.Equal("cost of mvd surgery in the us", groups[0].Example);
        Assert.Equal("mvd-risks", groups[0].ClosestId);
        Assert.Equal(1, groups[1].Count);
    }

    [Fact]
    public void GapReport_WithTheFaqSynonyms_GroupsTheSameQuestionInOtherWords()
    {
        var now = _time.GetUtcNow();
        UnansweredRecord Record(string question) => new(Guid.NewGuid().ToString("N"), now, question, "none", []);
        UnansweredRecord[] records = [Record("does the botox hurt a lot"), Record("do the jabs hurt a lot")];

        Assert.Equal(2, GapReport.Build(records).Length);
        Assert.Equal(2, Assert.Single(GapReport.Build(records, RealFaq.Answerer.Catalog.Synonyms)).Count);
    }
}
