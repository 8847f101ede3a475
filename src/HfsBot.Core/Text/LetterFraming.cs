using System.Buffers;
using System.Text.RegularExpressions;

namespace HfsBot.Core.Text;

/// <summary>
/// Some members write to the group as they would write a letter: "Good evening. ... Could someone describe what
/// the surgeon does? Warm regards, Patricia (Galway)". The greeting and the sign-off say nothing about the
/// question, and their names and places ("patricia", "galway") are words the FAQ has never seen, which would
/// count against every entry as if the question were about something else. This removes them before matching.
/// </summary>
public static partial class LetterFraming
{
    /// <summary>A sign-off and the name after it fit in this many characters at the end of a message.</summary>
    private const int SignOffWindow = 90;

    /// <summary>Every sign-off contains one of these: most messages have none, and skip the pattern.</summary>
    private static readonly SearchValues<string> SignOffWords = SearchValues.Create(
        ["regard", "wish", "thank", "cheers", "thx", "sincerely", "yours", "bless", "gratitude", "love"],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>The message without a greeting at its start or a sign-off at its end; unchanged if it has neither.</summary>
    public static string Strip(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var start = Greeting.Match(text) is { Success: true } greeting ? greeting.Length : 0;
        var end = text.Length;
        var tailStart = Math.Max(start, text.Length - SignOffWindow);
        if (text.AsSpan(tailStart).IndexOfAny(SignOffWords) >= 0 && SignOff().Match(text, tailStart) is { Success: true } signOff)
        {
            end = signOff.Index;
        }

        return start == 0 && end == text.Length ? text : text[start..end];
    }

    /// <summary>
    /// "Dear all,", "Good afternoon everyone.", "Hello from Krakow.", "Ola, from Sao Paulo.", "Sawubona from Durban,":
    /// a greeting (in English or another language), to whom, and where from, ended by punctuation. Only these words
    /// may stand in it, so a question is never taken for one.
    /// </summary>
    private static readonly Regex Greeting = new(
        @"^\s*(?:dear (?:all|everyone|everybody|members|friends|folks|group|fellow \w+)|"
        + string.Join('|', Greetings.Openers.OrderByDescending(g => g.Length).Select(LooseSpelling))
        + @")(?: (?:all|everyone|everybody|folks|friends|there|group|members))?(?:,? (?:from|here in) [^.!?,\n]{1,30})?\s*[.!,:\n]+",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>
    /// A greeting as it may be typed before normalising: any vowel or "n" may carry an accent ("olá", "buenos días",
    /// "dzień dobry") and an apostrophe may stand between letters ("g'day").
    /// </summary>
    private static string LooseSpelling(string greeting) =>
        string.Concat(greeting.Select(c => c switch
        {
            'a' => "[aáàâã]",
            'e' => "[eéèê]",
            'i' => "[iíì]",
            'o' => "[oóòôõ]",
            'u' => "[uúù]",
            'n' => "[nńñ]",
            ' ' => " ",
            _ => Regex.Escape(c.ToString()) + "'?",
        }));

    /// <summary>
    /// A letter's closing after the question has ended (a sentence break or comma before it): "Kind regards,
    /// Desmond (Cork)", "With thanks, Brian (Ontario)", "Many thanks, Margaret". After the closing come at most three
    /// capitalised name words and a place in brackets, then the end: "thanks, does botox hurt?" keeps its question.
    /// </summary>
    [GeneratedRegex(
        @"(?:(?<=[.!?,;\n])|^)\s*(?i:(?:kind|warm|warmest|best|many|fond)\s+(?:regards|wishes|thanks)|with\s+(?:thanks|gratitude|best\s+wishes|love)|regards|sincerely|yours\s+(?:sincerely|truly|faithfully)|(?:thanks|thank\s+you)(?:\s+(?:all|everyone|so\s+much|in\s+advance))?|cheers|thx|god\s+bless|blessings)[\s,.!-]*(?:\p{Lu}[\p{L}'-]*(?:\s+\p{Lu}[\p{L}'-]*){0,2})?\s*(?:\([^()\n]{1,40}\))?[\s.!]*$",
        RegexOptions.CultureInvariant)]
    private static partial Regex SignOff();
}
