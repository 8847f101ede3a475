using System.Text.Json;
using HfsBot.Core.Answering;
using HfsBot.Core.Data;
using HfsBot.Core.Faq;

namespace HfsBot.Cli;

/// <summary><c>ask "question"</c> and <c>ask --json</c>.</summary>
internal sealed class AskCommand(FaqLibrary library, ConsoleStreams console)
{
    /// <summary>
    /// Answers one question as text, exactly as the chat would, and like the chat records it when it goes
    /// unanswered (the reply says "I've noted the question"). <c>ask --json</c> does not: it serves scripts and
    /// evaluation runs, whose questions are not members', and never opens the data folder.
    /// </summary>
    public async Task<int> AskOneAsync(string question, UnansweredLog unanswered, CancellationToken cancellationToken)
    {
        var reply = library.Current.Answerer.Answer(question);
        unanswered.Record(reply);
        await unanswered.FlushAsync(cancellationToken);
        await console.Out.WriteLineAsync(TextReplyRenderer.Render(reply).AsMemory(), cancellationToken);
        return ExitCodes.Success;
    }

    /// <summary>One JSON object per stdin line, flushed at once so a caller can converse line by line.</summary>
    public async Task<int> AskJsonAsync(CancellationToken cancellationToken)
    {
        while (await console.In.ReadLineAsync(cancellationToken) is { } line)
        {
            // Take the snapshot per line: a reload during a long session applies to the next question.
            var reply = library.Current.Answerer.Answer(line);
            var json = JsonSerializer.Serialize(AskJsonLine.From(reply), CliJsonContext.Default.AskJsonLine);
            await console.Out.WriteLineAsync(json.AsMemory(), cancellationToken);
            await console.Out.FlushAsync(cancellationToken);
        }

        return ExitCodes.Success;
    }
}

internal static class ExitCodes
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int Usage = 2;

    /// <summary>Discord refused to let the bot run (bad token, disallowed intent): a person must fix the configuration.</summary>
    public const int DiscordFatal = 3;
}
