namespace HfsBot.Discord.Bot;

/// <summary>Discord's documented limits (MSG "Embed Limits", "Create Message"; components; protocol.md 3.2-3.5).</summary>
internal static class DiscordLimits
{
    public const int Content = 2000;
    public const int EmbedTitle = 256;
    public const int EmbedDescription = 4096;
    public const int EmbedFieldValue = 1024;
    public const int EmbedFooter = 2048;
    public const int EmbedTotal = 6000;
    public const int ButtonLabel = 80;
    public const int ButtonsPerRow = 5;
    public const int AutocompleteChoices = 25;
    public const int AutocompleteText = 100;

    /// <summary>
    /// Cuts <paramref name="text"/> to at most <paramref name="max"/> characters (UTF-16 units, the stricter
    /// reading of "characters"), at a word boundary where possible, marking the cut with an ellipsis, and never
    /// splitting a surrogate pair.
    /// </summary>
    public static string Truncate(string text, int max)
    {
        ArgumentNullException.ThrowIfNull(text);
        text = text.Trim();
        if (text.Length <= max)
        {
            return text;
        }

        var cut = max - 1;
        if (char.IsLowSurrogate(text[cut]))
        {
            cut--;
        }

        var space = text.LastIndexOf(' ', cut - 1, Math.Min(cut, 40));
        return text[..(space > 0 ? space : cut)].TrimEnd() + "…";
    }

    /// <summary>Joins lines up to <paramref name="max"/> characters, saying how many did not fit.</summary>
    public static string JoinLines(IReadOnlyList<string> lines, int max)
    {
        var kept = new List<string>();
        var length = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            var more = i < lines.Count - 1 ? $"\n…and {lines.Count - i - 1} more" : "";
            if (length + lines[i].Length + 1 + more.Length > max)
            {
                kept.Add($"…and {lines.Count - i} more");
                break;
            }

            kept.Add(lines[i]);
            length += lines[i].Length + 1;
        }

        return Truncate(string.Join('\n', kept), max);
    }
}
