using System.Globalization;
using System.Text;
using HfsBot.Core.Faq;

namespace HfsBot.Core.Answering;

/// <summary>Renders a reply as plain text for the terminal: the same content the bot posts on Discord.</summary>
public static class TextReplyRenderer
{
    public static string Render(FaqReply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var text = new StringBuilder();
        switch (reply.Outcome)
        {
            case ReplyOutcome.Answer:
                AppendAnswer(text, reply);
                break;
            case ReplyOutcome.Suggest:
                text.AppendLine(reply.Message);
                AppendNumberedTitles(text, reply.Suggestions);
                text.AppendLine("(Type a number to see that answer.)");
                break;
            case ReplyOutcome.Advice:
                text.AppendLine(Plain(reply.Message));
                AppendNumberedTitles(text, reply.Suggestions);
                break;
            default:
                text.AppendLine(Plain(reply.Message));
                break;
        }

        text.AppendLine();
        text.Append(reply.Disclaimer);
        return text.ToString();
    }

    private static void AppendAnswer(StringBuilder text, FaqReply reply)
    {
        var entry = reply.Entry!;
        text.Append("You asked about: ").AppendLine(entry.Title);
        text.AppendLine();
        text.AppendLine(Plain(entry.Body));
        text.AppendLine();
        text.AppendLine("Sources:");
        foreach (var source in entry.Sources)
        {
            var publisher = source.Publisher is null ? "" : $" ({source.Publisher})";
            text.Append("  - ").Append(source.Title).Append(publisher).Append(": ").AppendLine(source.Url.ToString());
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"Last reviewed {entry.Reviewed:yyyy-MM-dd} by {entry.ReviewedBy}");
        if (!reply.Related.IsEmpty)
        {
            text.Append("Related: ").AppendLine(string.Join("; ", reply.Related.Select(r => r.Title)));
        }
    }

    private static void AppendNumberedTitles(StringBuilder text, IEnumerable<FaqEntry> entries)
    {
        var number = 1;
        foreach (var entry in entries)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {number++}. {entry.Title}");
        }
    }

    /// <summary>Discord's bold markers read as noise in a terminal.</summary>
    private static string Plain(string? markdown) => (markdown ?? "").Replace("**", "", StringComparison.Ordinal);
}
