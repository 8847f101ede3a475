using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace HfsBot.Discord.Tests.Infrastructure;

internal sealed record LogEntry(LogLevel Level, string Category, EventId EventId, string Message, Exception? Exception)
{
    /// <summary>Everything a log sink could write: the message, and the exception with its inner exceptions and stack.</summary>
    public string FullText => Exception is null ? Message : $"{Message}\n{Exception}";
}

/// <summary>Captures every log entry at every level, so tests can assert on events and on what never appears (the token).</summary>
internal sealed class TestLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<LogEntry> _entries = new();

    public IReadOnlyList<LogEntry> Entries => [.. _entries];

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public bool Contains(int eventId) => _entries.Any(e => e.EventId.Id == eventId);

    public int Count(int eventId) => _entries.Count(e => e.EventId.Id == eventId);

    public void Dispose()
    {
    }

    private sealed class Logger(TestLoggerProvider owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            // Structured values too: a sink that writes them (JSON console, Seq) must not see the token either.
            var structured = state is IEnumerable<KeyValuePair<string, object?>> pairs
                ? string.Join(" ", pairs.Select(p => $"{p.Key}={p.Value}"))
                : "";
            owner._entries.Enqueue(new LogEntry(logLevel, category, eventId, $"{formatter(state, exception)} [{structured}]", exception));
        }
    }
}
