using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading.Channels;
using HfsBot.Core.Answering;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HfsBot.Core.Data;

/// <summary>An entry the matcher considered, with its score.</summary>
public sealed record ScoredId([property: JsonPropertyName("id")] string Id, [property: JsonPropertyName("score")] double Score);

/// <summary>
/// One question the FAQ could not answer. Deliberately holds no user id, name or channel: only what moderators
/// need to improve the FAQ.
/// </summary>
public sealed record UnansweredRecord(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("time")] DateTimeOffset Time,
    [property: JsonPropertyName("question")] string Question,
    [property: JsonPropertyName("outcome")] string Outcome,
    [property: JsonPropertyName("best")] ImmutableArray<ScoredId> Best);

[JsonSourceGenerationOptions(WriteIndented = false)]
[JsonSerializable(typeof(UnansweredRecord))]
internal sealed partial class DataJsonContext : JsonSerializerContext;

/// <summary>
/// The unanswered-question log, <c>unanswered.jsonl</c> in <c>Data:Directory</c>: one JSON object per line for
/// every "no answer", every "did you mean" and every "None of these" click. Records older than the retention
/// period are dropped at start and once a day. Writes go through a queue to one background writer, so a
/// handler never waits for the disk; <see cref="DisposeAsync"/> drains and flushes it.
/// </summary>
public sealed class UnansweredLog : IAsyncDisposable
{
    public const string FileName = "unanswered.jsonl";
    public const string NoneOfTheseOutcome = "none-of-these";
    private const int MaxQuestionLength = 500;

    private const int RecentKept = 1000;

    /// <summary>The last records, so that a "None of these" click finds its question without reading the file.</summary>
    private readonly Queue<UnansweredRecord> _recent = new();
    /// <summary>
    /// Records to write and flush requests, in order: a flush request completes only after the batch it was read
    /// with is on disk, so it covers everything queued before it.
    /// </summary>
    private readonly Channel<object> _queue = Channel.CreateUnbounded<object>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Lock _fileLock = new();
    private readonly DataOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<UnansweredLog> _logger;
    private readonly Task _writer;
    private DateOnly _lastPruned;

    public UnansweredLog(IOptions<DataOptions> options, TimeProvider timeProvider, ILogger<UnansweredLog> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _timeProvider = timeProvider;
        _logger = logger;
        Directory.CreateDirectory(_options.Directory);
        Prune();
        _writer = Task.Run(WriteQueuedAsync);
    }

    public string FilePath => Path.Combine(_options.Directory, FileName);

    /// <summary>Records a reply if it left the question unanswered; returns the record's id, or null.</summary>
    public string? Record(FaqReply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        if (!reply.IsUnanswered)
        {
            return null;
        }

        var best = reply.Match.Candidates.Take(3).Select(c => new ScoredId(c.Entry.Id, c.Score)).ToImmutableArray();
        return Enqueue(reply.Question, reply.Outcome.WireName(), best);
    }

    /// <summary>Records that a member saw "did you mean" choices and none of them fitted.</summary>
    public void RecordNoneOfThese(string question, ImmutableArray<ScoredId> offered) =>
        Enqueue(question, NoneOfTheseOutcome, offered);

    /// <summary>
    /// Records "None of these" for the "did you mean" reply logged as <paramref name="recordId"/> (a button carries
    /// the id, never the question). False when the record is unknown, e.g. older than the bot's memory of it.
    /// </summary>
    public bool RecordNoneOfThese(string recordId)
    {
        UnansweredRecord? original;
        lock (_recent)
        {
            original = _recent.FirstOrDefault(r => r.Id == recordId);
        }

        original ??= ReadAll().LastOrDefault(r => r.Id == recordId);
        if (original is null)
        {
            return false;
        }

        RecordNoneOfThese(original.Question, original.Best);
        return true;
    }

    /// <summary>Every record still within the retention period, oldest first (queued writes included once flushed).</summary>
    public IReadOnlyList<UnansweredRecord> ReadAll()
    {
        lock (_fileLock)
        {
            return [.. ReadFile().Where(r => r.Time >= Cutoff())];
        }
    }

    /// <summary>Drops records older than the retention period.</summary>
    private void Prune()
    {
        lock (_fileLock)
        {
            _lastPruned = DateOnly.FromDateTime(_timeProvider.GetUtcNow().UtcDateTime);
            var all = ReadFile();
            var kept = all.Where(r => r.Time >= Cutoff()).ToList();
            if (kept.Count == all.Count)
            {
                return;
            }

            var temporary = FilePath + ".tmp";
            File.WriteAllLines(temporary, kept.Select(r => JsonSerializer.Serialize(r, DataJsonContext.Default.UnansweredRecord)), new UTF8Encoding(false));
            File.Move(temporary, FilePath, overwrite: true);
            CoreLog.UnansweredPruned(_logger, all.Count - kept.Count);
        }
    }

    /// <summary>Waits until everything queued so far is on disk.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!_queue.Writer.TryWrite(done))
        {
            return; // disposed: the writer has already drained everything
        }

        await done.Task.WaitAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _writer;
    }

    private string Enqueue(string question, string outcome, ImmutableArray<ScoredId> best)
    {
        var text = question.Length > MaxQuestionLength ? question[..MaxQuestionLength] : question;
        var record = new UnansweredRecord(Guid.NewGuid().ToString("N")[..12], _timeProvider.GetUtcNow(), text, outcome, best);
        lock (_recent)
        {
            _recent.Enqueue(record);
            if (_recent.Count > RecentKept)
            {
                _recent.Dequeue();
            }
        }

        _queue.Writer.TryWrite(record);
        return record.Id;
    }

    private async Task WriteQueuedAsync()
    {
        while (await _queue.Reader.WaitToReadAsync())
        {
            var batch = new List<UnansweredRecord>();
            var flushes = new List<TaskCompletionSource>();
            while (_queue.Reader.TryRead(out var item))
            {
                if (item is TaskCompletionSource flush)
                {
                    flushes.Add(flush);
                }
                else
                {
                    batch.Add((UnansweredRecord)item);
                }
            }

            Append(batch);
            flushes.ForEach(flush => flush.TrySetResult());
        }
    }

    private void Append(List<UnansweredRecord> batch)
    {
        if (batch.Count == 0)
        {
            return;
        }

        try
        {
            lock (_fileLock)
            {
                File.AppendAllLines(FilePath, batch.Select(r => JsonSerializer.Serialize(r, DataJsonContext.Default.UnansweredRecord)), new UTF8Encoding(false));
            }

            if (DateOnly.FromDateTime(_timeProvider.GetUtcNow().UtcDateTime) > _lastPruned)
            {
                Prune();
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            CoreLog.UnansweredWriteFailed(_logger, ex, batch.Count, FilePath);
        }
    }

    private DateTimeOffset Cutoff() => _timeProvider.GetUtcNow().AddDays(-_options.UnansweredRetentionDays);

    /// <summary>Reads every well-formed line; a damaged line (say, from a crash mid-write) is skipped, not fatal.</summary>
    private List<UnansweredRecord> ReadFile()
    {
        var records = new List<UnansweredRecord>();
        if (!File.Exists(FilePath))
        {
            return records;
        }

        foreach (var line in File.ReadLines(FilePath))
        {
            try
            {
                if (JsonSerializer.Deserialize(line, DataJsonContext.Default.UnansweredRecord) is { } record)
                {
                    records.Add(record);
                }
            }
            catch (JsonException)
            {
                // skipped: see the summary
            }
        }

        return records;
    }
}
