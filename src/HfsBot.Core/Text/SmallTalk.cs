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

    /// <summary>Words a greeting is addressed to: "evening all", "morning folks", "hi there everyone", "good evening to you all".</summary>
    private static readonly FrozenSet<string> Addressees = FrozenSet.Create(
        StringComparer.Ordinal,
        "all", "everyone", "everybody", "folks", "guys", "people", "team", "friends", "fam", "yall", "ya", "you", "there",
        "again", "bot", "group", "lovely", "lovelies", "peeps", "gang", "ladies", "gents", "to", "x", "xx", "xxx");

    /// <summary>The most words a message that is only a greeting has ("good evening to you all").</summary>
    private const int MaxGreetingOnlyWords = 6;

    /// <summary>
    /// Chat with the bot itself rather than a question about HFS: "bot tell me a joke", "are you a real person?".
    /// The greeting, which says what the bot is for, answers these better than any entry, question or not.
    /// </summary>
    private static readonly PhraseList ChatWithTheBot = new(
        "tell me a joke", "tell us a joke", "know any jokes", "got any jokes", "know any good jokes", "are you a robot",
        "are you a bot", "are you real", "are you a real person", "are you human", "are you a human", "are you ai",
        "are you an ai", "are you chatgpt", "who made you", "who built you", "who created you", "who programmed you",
        "whats your name", "what is your name", "do you have feelings", "are you alive", "do you love me",
        "will you marry me", "how old are you");

    public static SmallTalkKind Classify(string message) => Classify(message, thanksOnly: false);

    /// <summary>
    /// For callers that keep a confident answer after a greeting ("hi, my botox wore off after 6 weeks"):
    /// <see cref="SmallTalkKind.Thanks"/> when the message only says thanks, <see cref="SmallTalkKind.Greeting"/>
    /// only when it says hello and nothing else or chats with the bot (see <see cref="IsOnlyGreetingOrChat"/>),
    /// otherwise none, so the longer greeting lists need not be read (every question pays for this).
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
        if (IsOnlyGreetingOrChat(normalized, padded))
        {
            return SmallTalkKind.Greeting;
        }

        var kind = ThanksPhrases.AnyIn(padded) ? SmallTalkKind.Thanks
            : !thanksOnly && (GreetingStarts.AnyStarts(padded) || GreetingPhrases.AnyIn(padded)) ? SmallTalkKind.Greeting
            : SmallTalkKind.None;

        // Checked last because it is the costlier test and most messages have no greeting or thanks in them.
        return kind != SmallTalkKind.None && QuestionDetector.LooksLikeQuestion(message) ? SmallTalkKind.None : kind;
    }

    /// <summary>
    /// Whether the message gets the greeting whatever it matches: it only says hello ("good evening everyone 👋",
    /// "morning all": "evening" is in a phrasing about evening spasms), or it chats with the bot ("bot tell me a
    /// joke"). Emergencies are triaged before small talk is asked.
    /// </summary>
    private static bool IsOnlyGreetingOrChat(string normalized, string padded)
    {
        if (ChatWithTheBot.AnyIn(padded))
        {
            return true;
        }

        if (TextNormalizer.WordCount(normalized) > MaxGreetingOnlyWords || GreetingStarts.LongestStartInWords(padded) is not (> 0 and var opener))
        {
            return false;
        }

        return normalized.Split(' ').Skip(opener).All(Addressees.Contains);
    }
}
