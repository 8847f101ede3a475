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
        "really helpful", "so helpful", "good bot", "great bot", "nice one", "chur", "thanks heaps",
        // thanks in the languages members write from, and for a welcome
        "danke", "merci", "gracias", "obrigado", "obrigada", "grazie", "asante", "dhanyavad", "dhanyavaad", "shukran",
        "arigato", "terima kasih", "dank je", "spasibo", "salamat", "for the warm welcome", "for the welcome",
        "for having me", "kind welcome",
        // gratitude for the group: "I just wanted to say how grateful I am for this group"
        "grateful for this group", "grateful for you all", "grateful for everyone", "how grateful i am",
        "grateful for this server");

    /// <summary>
    /// Openers of a social message: hellos, goodnights and goodbyes, and wishes for a day ("happy diwali everyone",
    /// "merry xmas all"). Goodbyes are not in <see cref="Greetings.Openers"/>: before a question they are not a
    /// letter's greeting.
    /// </summary>
    private static readonly PhraseList GreetingStarts = new(
    [
        .. Greetings.Openers, "good night", "goodnight", "nite", "nite nite", "night night", "nighty night", "bore da",
        "noswaith dda", "howzit", "aloha", "sup", "wassup", "whats up", "mornin", "evenin", "bye", "bye bye", "goodbye",
        "see ya", "see you", "cya", "laters", "ta ra", "tara", "cheerio", "gtg", "g2g", "brb", "ttyl", "talk tomorrow",
        "talk soon", "catch you later", "happy", "merry", "eid mubarak", "ramadan mubarak", "welcome",
    ]);

    private static readonly PhraseList GreetingPhrases = new(
        "hope everyone", "hope you all", "hope youre all", "hope ur all", "hope all", "hope everybody",
        "have a good", "have a great", "have a nice", "have a lovely", "have a wonderful", "morning all",
        "evening all", "hello all", "hi all", "hi everyone", "hello everyone", "night all", "happy friday",
        "happy monday", "happy weekend", "happy holidays", "merry christmas", "happy new year", "take care everyone",
        "take care all", "see you all", "bye all", "bye everyone", "goodnight all", "goodnight everyone",
        "sleep well all", "sleep well everyone", "glad to be here", "happy to be here", "glad i found this group",
        "welcome to the group", "wish me luck", "miss you all", "missed you all", "miss you guys", "missed you guys",
        "pray for me", "prayers please", "sending hugs", "sending love", "hugs to all", "hugs everyone", "good luck tomorrow",
        "good luck today", "good luck with");

    /// <summary>Words a greeting is addressed to: "evening all", "morning folks", "hi there everyone", "good evening to you all".</summary>
    private static readonly FrozenSet<string> Addressees = FrozenSet.Create(
        StringComparer.Ordinal,
        "all", "everyone", "everybody", "folks", "guys", "people", "team", "friends", "fam", "yall", "ya", "you", "there",
        "again", "bot", "group", "lovely", "lovelies", "peeps", "gang", "ladies", "gents", "to", "x", "xx", "xxx",
        "my", "dear", "dears", "darlings", "bro", "bros", "mate", "mates", "sis", "crew", "lot", "world", "and", "one",
        "fellow", "warriors", "twitchers", "members", "ppl", "chaps", "family");

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
        "will you marry me", "how old are you",
        // errands and complaints for the bot itself: "can you cancel my appointment at the clinic", "can you help me
        // write an email to my landlord", "why do you keep telling me to see a doctor"
        "can you cancel my", "can you book my", "can you book me", "can you make my appointment",
        "can you make me an appointment", "can you reschedule my", "can you help me write", "can you write me",
        "can you write my", "why do you keep telling me", "why do you keep saying", "why do you always say",
        "stop telling me to",
        // the bot's memory, and writing for fun: "do you store what I type to you?", "write me a poem about my face"
        "do you store", "do you save what", "do you keep what", "do you record", "who can see what i type",
        "do you keep a record", "do you keep records", "do you log what", "your source data", "whats your source data",
        "do u save", "do u store", "do u keep what", "make me a meme", "make a meme", "remind me to", "set a reminder",
        "remind me about my appointment", "remind me about my appt", "remind me about my neuro",
        "write me a poem", "write a poem", "write me a song", "write me a story");

    /// <summary>
    /// Chat in a short message: questions about the bot or the group rather than HFS ("is the bot down?", "who
    /// built this bot", "is this group private") and everyday chat to the group ("anyone watching bake off"). Only
    /// short ones: in a longer message the question may be about HFS ("what's the weather got to do with my
    /// spasms?"). Not "what can you do" or "is this working": "what can you do about hfs" and "is this working,
    /// botox 3 weeks ago" are about HFS.
    /// </summary>
    private static readonly PhraseList ShortChat = new(
        // asking the group for prayers: "please can someone pray for me, my surgery is tomorrow"
        "pray for me", "pray for us", "pray for him", "pray for her", "pray for my", "say a prayer", "prayers please",
        "who built this bot", "who made this bot", "who made the bot", "who built the bot", "who runs this bot",
        "who created this bot", "who wrote this bot", "who coded this bot", "is the bot down", "is this bot down",
        "bot down", "bot is down", "is the bot working", "is this bot working", "bot working", "bot not working",
        "bot not responding", "is bot a real doctor", "is the bot a doctor", "is this bot a doctor", "is bot a doctor",
        "how do i use the bot", "how do i use this bot", "how does the bot work", "how does this bot work",
        "how to use the bot", "how to use this bot", "what can this bot do", "what can the bot do", "how do i reply",
        "how do i post",
        "is this group private", "is this group public", "is this server private", "is this chat private",
        "group rules", "server rules", "rules of the group", "where are the rules", "read the rules",
        "who are the mods", "who are the admins", "message a mod", "contact a mod", "how do i mute", "how do i leave",
        "who runs this", "who runs the group", "who owns this group", "who started this group", "share a link",
        "post a link", "are links allowed", "change my name", "change my nickname", "change my username",
        "zoom meeting", "zoom call", "next meetup", "next meeting", "are you awake", "are you a wake", "you awake",
        "bot awake", "are you there", "you there", "whats the weather", "what s the weather", "what is the weather",
        // everyday chat to the group: "anyone watching bake off", "what's everyone having for tea"
        "anyone watching", "anyone watch", "did anyone watch", "did anyone see", "whos watching", "who s watching",
        "whats everyone having", "what s everyone having", "what is everyone having", "whats everyone up to",
        "what s everyone up to", "back from night shift", "back from work", "back from holiday", "back from the shops",
        "back from shift");

    /// <summary>The most words a message of <see cref="ShortChat"/> has ("gran here, how do i reply").</summary>
    private const int MaxShortChatWords = 8;

    /// <summary>"anyone around tonight?", "anyone awake on night shift?", "who's online": someone to talk to.</summary>
    private static readonly PhraseList PresenceStarts = new(
        "anyone", "anybody", "any one", "is anyone", "is anybody", "whos", "who s", "who is", "hello anyone",
        "hi anyone", "anyone else", "is anyone else", "who else is", "who else s", "whos else");

    private static readonly FrozenSet<string> PresenceWords = FrozenSet.Create(
        StringComparer.Ordinal, "here", "around", "awake", "up", "online", "on", "about", "there", "alive", "home", "still");

    /// <summary>What may follow a presence check: when and where ("tonight", "at this hour", "on night shift").</summary>
    private static readonly FrozenSet<string> PresenceTail = FrozenSet.Create(
        StringComparer.Ordinal,
        "here", "around", "awake", "up", "online", "on", "about", "there", "alive", "still", "else", "tonight", "now",
        "today", "this", "morning", "evening", "afternoon", "late", "early", "at", "the", "moment", "night", "shift",
        "shifts", "rn", "atm", "lol", "x", "xx", "right", "hour", "or", "just", "me", "too", "in", "a", "weekend",
        "chat", "to", "talk", "want", "wanna", "for");

    /// <summary>
    /// "how's everyone today", "how is everybody doing", "feeling grand today folks": a check-in or a good mood said
    /// to the group, and nothing else. Not a low mood ("bit down today"): the emotional-impact entry may help there.
    /// </summary>
    private static readonly PhraseList CheckInStarts = new(
        "hows everyone", "how s everyone", "how is everyone", "hows everybody", "how s everybody", "how is everybody",
        "how are we all", "how are you all", "how are yall", "how r u all", "how are you guys", "how r u guys",
        "hows it going", "how s it going", "how are things", "hows things", "how s things", "hows life", "how s life",
        "feeling grand", "feeling great", "feeling good", "feeling fab", "feeling fine", "all good here", "doing well");

    /// <summary>What may follow a check-in: when, how and who ("today", "doing", "folks").</summary>
    private static readonly FrozenSet<string> CheckInTail = FrozenSet.Create(
        StringComparer.Ordinal,
        "today", "tonight", "this", "morning", "evening", "afternoon", "week", "weekend", "doing", "going", "keeping",
        "holding", "up", "all", "everyone", "everybody", "folks", "guys", "yall", "x", "xx", "lol", "then", "there", "on",
        "here", "with", "you", "in", "the", "group", "lovely", "lovelies", "people", "fam", "friends", "my", "dears",
        "mates", "team", "again", "so", "far", "thanks", "thank", "for", "asking");

    /// <summary>"test", "testing 123", "bot test pls": checking the bot answers.</summary>
    private static readonly FrozenSet<string> TestWords = FrozenSet.Create(
        StringComparer.Ordinal,
        "test", "testing", "tests", "tester", "1", "2", "3", "123", "one", "two", "three", "bot", "hello", "hi", "ok",
        "check", "mic", "ignore", "me", "please", "pls", "plz", "sorry", "this", "is", "a", "just", "only", "the");

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

        // Read in English like the rest of the message's path (see ForeignPhrases): "vandaag een jaar na mijn operatie,
        // bedankt allemaal" is news told to the group in any language.
        var normalized = ForeignPhrases.Translate(TextNormalizer.Normalize(message, 500));
        var words = TextNormalizer.WordCount(normalized);
        if (words == 0)
        {
            return SmallTalkKind.None;
        }

        if (words > MaxWords)
        {
            // Only a story the member says is shared, not asked, is long chat: "just sharing for the newbies".
            return GroupNews.IsNews(message, normalized) ? SmallTalkKind.Greeting : SmallTalkKind.None;
        }

        var padded = PhraseList.Pad(normalized);
        if (IsOnlyGreetingOrChat(message, normalized, padded))
        {
            return SmallTalkKind.Greeting;
        }

        var kind = ThanksPhrases.AnyIn(padded) ? SmallTalkKind.Thanks
            : !thanksOnly && (GreetingStarts.AnyStarts(padded) || GreetingPhrases.AnyIn(padded)) ? SmallTalkKind.Greeting
            : SmallTalkKind.None;

        // Checked last because it is the costlier test and most messages have no greeting or thanks in them.
        return kind != SmallTalkKind.None && QuestionDetector.LooksLikeQuestion(message, normalized) ? SmallTalkKind.None : kind;
    }

    /// <summary>
    /// Whether the message gets the greeting whatever it matches: it only says hello ("good evening everyone 👋",
    /// "morning all": "evening" is in a phrasing about evening spasms), or it chats with the bot ("bot tell me a
    /// joke"), or it is news told to the group ("jabs done, good for 3 months", see <see cref="GroupNews"/>).
    /// Emergencies are triaged before small talk is asked.
    /// </summary>
    private static bool IsOnlyGreetingOrChat(string message, string normalized, string padded)
    {
        if (ChatWithTheBot.AnyIn(padded) || IsShortChat(normalized, padded) || IsPresenceCheck(normalized, padded)
            || IsCheckIn(normalized, padded) || IsTest(normalized) || GroupNews.IsNews(message, normalized))
        {
            return true;
        }

        if (TextNormalizer.WordCount(normalized) > MaxGreetingOnlyWords || GreetingStarts.LongestStartInWords(padded) is not (> 0 and var opener))
        {
            return false;
        }

        return RestIsOnly(normalized, opener, Addressees);
    }

    /// <summary>Whether every word of <paramref name="normalized"/> after the first <paramref name="skip"/> is one of <paramref name="words"/>.</summary>
    private static bool RestIsOnly(string normalized, int skip, FrozenSet<string> words) =>
        normalized.Split(' ').Skip(skip).All(words.Contains);

    private static bool IsShortChat(string normalized, string padded) =>
        TextNormalizer.WordCount(normalized) <= MaxShortChatWords && ShortChat.AnyIn(padded);

    /// <summary>Someone looking for company and saying nothing else: "anyone awake on night shift?".</summary>
    private static bool IsPresenceCheck(string normalized, string padded)
    {
        if (PresenceStarts.LongestStartInWords(padded) is not (> 0 and var start))
        {
            return false;
        }

        var words = normalized.Split(' ');
        return words.Length > start && PresenceWords.Contains(words[start]) && words.Skip(start + 1).All(PresenceTail.Contains);
    }

    /// <summary>A check-in or a good mood and nothing else: "how's everyone today", "feeling grand today folks".</summary>
    private static bool IsCheckIn(string normalized, string padded) =>
        CheckInStarts.LongestStartInWords(padded) is > 0 and var start && RestIsOnly(normalized, start, CheckInTail);

    /// <summary>Only test words, one of them "test" or "testing": "test 123", "testing testing".</summary>
    private static bool IsTest(string normalized)
    {
        if (!normalized.Contains("test", StringComparison.Ordinal))
        {
            return false;
        }

        var words = normalized.Split(' ');
        return words.All(TestWords.Contains) && words.Any(w => w is "test" or "testing");
    }
}
