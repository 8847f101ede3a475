using HfsBot.Cli;
using HfsBot.Core.Answering;
using HfsBot.Core.Data;
using HfsBot.Core.Faq;
using Microsoft.Extensions.Hosting;

namespace HfsBot.Chat;

/// <summary>
/// The interactive terminal chat used when no Discord token is configured: the same answers the bot gives on
/// Discord, as text. A number picks one of the last "did you mean" suggestions; <c>exit</c> or Ctrl-D quits.
/// Questions left unanswered are recorded for <c>faq gaps</c>, as on Discord: the reply says they are.
/// </summary>
internal sealed class ConsoleChatService(FaqLibrary library, UnansweredLog unanswered, ConsoleStreams console, IHostApplicationLifetime lifetime)
    : BackgroundService
{
    public const string DiscordHint =
        "To run on Discord instead, set the bot token (dotnet user-secrets set Discord:Token <token> --project src/HfsBot, or the environment variable Discord__Token) and start it the same way.";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield(); // let the host finish starting before the chat blocks on the terminal
        try
        {
            await ChatAsync(stoppingToken);
        }
        finally
        {
            lifetime.StopApplication();
        }
    }

    private async Task ChatAsync(CancellationToken stoppingToken)
    {
        var snapshot = library.Current;
        await console.Out.WriteLineAsync($"HfsBot console chat: {snapshot.Catalog.Entries.Length} FAQ entries loaded from {library.Directory}. Ask a question, or type 'exit' to quit.");
        foreach (var skipped in snapshot.Load.SkippedFiles)
        {
            await console.Out.WriteLineAsync($"Skipped {skipped} because it has errors (run 'faq check' to see them).");
        }

        await console.Out.WriteLineAsync(DiscordHint);
        IReadOnlyList<FaqEntry> lastSuggestions = [];
        while (!stoppingToken.IsCancellationRequested)
        {
            await console.Out.WriteAsync("\n> ");
            await console.Out.FlushAsync(stoppingToken);
            var line = await console.In.ReadLineAsync(stoppingToken);
            if (line is null || line.Trim() is "exit" or "quit")
            {
                return;
            }

            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var reply = Respond(line.Trim(), lastSuggestions);
            unanswered.Record(reply);
            lastSuggestions = reply.Outcome is ReplyOutcome.Suggest or ReplyOutcome.Advice ? reply.Suggestions : [];
            await console.Out.WriteLineAsync(TextReplyRenderer.Render(reply));
        }
    }

    private FaqReply Respond(string line, IReadOnlyList<FaqEntry> lastSuggestions)
    {
        var answerer = library.Current.Answerer;
        if (int.TryParse(line, out var pick) && pick >= 1 && pick <= lastSuggestions.Count
            && answerer.AnswerEntry(lastSuggestions[pick - 1].Id, line) is { } picked)
        {
            return picked;
        }

        return answerer.Answer(line);
    }
}
