using System.Collections.Frozen;

namespace HfsBot.Core.Text;

/// <summary>What kind of social message, if any, a chat message is.</summary>
public enum SmallTalkKind
{
    None,
    Greeting,
    Thanks,
}

/// <summary>
/// Recognises greetings and thanks ("good morning all, hope everyone has a twitch-free day", "cheers bot, that
/// helped") so the bot answers them kindly instead of offering "did you mean" articles or logging them as
/// unanswered questions. A message that asks something is never small talk.
/// </summary>
public static class SmallTalk
{
    /// <summary>Longer messages usually say something more than hello or thanks.</summary>
    private const int MaxWords = 15;

    private static readonly PhraseList ThanksPhrases = new(
        "thanks", "thank you", "thankyou", "thank u", "thx", "ty", "tysm", "cheers", "ta", "appreciate it",
        "much appreciated", "appreciated", "that helped", "this helped", "that helps", "very helpful",
        "really helpful", "so helpful", "good bot", "great bot", "nice one");

    private static readonly PhraseList GreetingStarts = new([.. Greetings.Openers, "good night", "goodnight"]);

    private static readonly PhraseList GreetingPhrases = new(
        "hope everyone", "hope you all", "hope youre all", "hope ur all", "hope all", "hope everybody",
        "have a good", "have a great", "have a nice", "have a lovely", "have a wonderful", "morning all",
        "evening all", "hello all", "hi all", "hi everyone", "hello everyone", "night all", "happy friday",
        "happy monday", "happy weekend", "happy holidays", "merry christmas", "happy new year");

    /// <summary>Words a greeting is addressed to: "evening all", "morning folks", "hi there everyone".</summary>
    private static readonly FrozenSet<string> Addressees = FrozenSet.Create(
        StringComparer.Ordinal,
        "all", "everyone", "everybody", "folks", "guys", "people", "team", "friends", "fam", "yall", "ya", "you", "there",
        "again", "bot", "group", "lovely", "lovelies", "peeps", "gang", "ladies", "gents", "x", "xx", "xxx");

    /// <summary>The most words a message that is only a greeting has ("good evening to you all").</summary>
    private const int MaxGreetingOnlyWords = 6;

    public static SmallTalkKind Classify(string message) => Classify(message, thanksOnly: false);

    /// <summary>
    /// Whether the message says hello and nothing else ("good evening everyone 👋", "morning all"). Such a message
    /// gets the greeting even when its words match an entry well ("evening" is in a phrasing about evening spasms).
    /// </summary>
    public static bool IsOnlyGreeting(string message)
    {
        ArgumentNullException.ThrowIfNull(message);

        var normalized = TextNormalizer.Normalize(message, 200);
        var words = normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > MaxGreetingOnlyWords)
        {
            return false;
        }

        var padded = PhraseList.Pad(normalized);
        var opener = Greetings.Openers.Where(o => padded.StartsWith(" " + o + " ", StringComparison.Ordinal)).MaxBy(o => o.Length);
        return opener is not null && words.Skip(opener.Split(' ').Length).All(word => word == "to" || Addressees.Contains(word));
    }

    /// <summary>
    /// <see cref="SmallTalkKind.Thanks"/> when the message only says thanks, otherwise none: for callers that keep
    /// a confident answer after a greeting, so the greeting lists need not be read (every question pays for this).
    /// </summary>
    public static SmallTalkKind ClassifyThanks(string message) => Classify(message, thanksOnly: true);

    private static SmallTalkKind Classify(string message, bool thanksOnly)
    {
        ArgumentNullException.ThrowIfNull(message);

        var normalized = TextNormalizer.Normalize(message, 500);
        if (TextNormalizer.WordCount(normalized) is 0 or > MaxWords)
        {
            return SmallTalkKind.None;
        }

        var padded = PhraseList.Pad(normalized);
        var kind = ThanksPhrases.AnyIn(padded) ? SmallTalkKind.Thanks
            : !thanksOnly && (GreetingStarts.AnyStarts(padded) || GreetingPhrases.AnyIn(padded)) ? SmallTalkKind.Greeting
            : SmallTalkKind.None;

        // Checked last because it is the costlier test and most messages have no greeting or thanks in them.
        return kind != SmallTalkKind.None && QuestionDetector.LooksLikeQuestion(message) ? SmallTalkKind.None : kind;
    }
}
