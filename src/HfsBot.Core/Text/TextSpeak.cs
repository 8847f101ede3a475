using System.Collections.Frozen;

namespace HfsBot.Core.Text;

/// <summary>
/// Spells out the text-speak a member in distress types on a phone ("i wnt 2 die. srsly. im nt ok", "cnt do this
/// anymr. 2nite is the nite", "wont b around 4 the meetup nxt wk"), so that triage's rules read the words they were
/// written for. Only the rules read the result: the safety net learned text-speak from its examples as written (spelling
/// it out there too moved the net's verdicts on hundreds of messages that have none), and matching has its own typo
/// tolerance.
/// Digits and single letters are spelled out only where their neighbours say they are words ("want 2 die", "around 4
/// the meetup", "wont b around", "last yr"), never as numbers ("2 days after mvd", "took 4 tablets").
/// </summary>
public static class TextSpeak
{
    /// <summary>Words that mean one thing in any position.</summary>
    private static readonly FrozenDictionary<string, string> Always = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["2nite"] = "tonight", ["2night"] = "tonight", ["tnite"] = "tonight", ["tonite"] = "tonight", ["2nyt"] = "tonight",
        ["nite"] = "night", ["2day"] = "today", ["2moro"] = "tomorrow", ["2morrow"] = "tomorrow", ["tmrw"] = "tomorrow",
        ["tmr"] = "tomorrow", ["tmoro"] = "tomorrow", ["2mrw"] = "tomorrow", ["yday"] = "yesterday", ["ystrday"] = "yesterday",
        ["anymr"] = "anymore", ["anymor"] = "anymore", ["nemore"] = "anymore", ["nymore"] = "anymore",
        ["cnt"] = "cant", ["wnt"] = "want", ["wnna"] = "wanna", ["nt"] = "not", ["dnt"] = "dont",
        ["kno"] = "know", ["knw"] = "know", ["srsly"] = "seriously", ["srlsy"] = "seriously", ["sry"] = "sorry",
        ["soz"] = "sorry", ["every1"] = "everyone", ["evry1"] = "everyone", ["ne1"] = "anyone", ["any1"] = "anyone",
        ["some1"] = "someone", ["sum1"] = "someone", ["no1"] = "no one", ["b4"] = "before", ["l8r"] = "later",
        ["nxt"] = "next", ["wk"] = "week", ["wks"] = "weeks", ["mnth"] = "month", ["mnths"] = "months", ["yrs"] = "years",
        ["ppl"] = "people", ["rly"] = "really", ["aftr"] = "after", ["jst"] = "just", ["abt"] = "about", ["hosp"] = "hospital",
        ["nvr"] = "never", ["evr"] = "ever", ["ovr"] = "over", ["bn"] = "been", ["hv"] = "have", ["hav"] = "have",
        ["wen"] = "when", ["thru"] = "through", ["tho"] = "though", ["cud"] = "could", ["wud"] = "would", ["wld"] = "would",
        ["gna"] = "gonna", ["tryna"] = "trying to", ["rn"] = "right now", ["idk"] = "i dont know", ["w8"] = "wait",
        ["l8"] = "late", ["gr8"] = "great", ["h8"] = "hate", ["m8"] = "mate", ["bk"] = "back", ["msg"] = "message",
        ["txt"] = "text", ["w"] = "with", ["n"] = "and", ["everythin"] = "everything", ["nothin"] = "nothing",
        ["somethin"] = "something", ["anythin"] = "anything", ["goin"] = "going", ["doin"] = "doing", ["tryin"] = "trying",
        ["feelin"] = "feeling", ["gettin"] = "getting", ["sayin"] = "saying", ["leavin"] = "leaving", ["takin"] = "taking",
        ["livin"] = "living", ["dyin"] = "dying", ["breathin"] = "breathing", ["talkin"] = "talking", ["bleedin"] = "bleeding",
        ["swallowin"] = "swallowing", ["droolin"] = "drooling", ["slurrin"] = "slurring", ["leakin"] = "leaking",
        ["vomitin"] = "vomiting", ["pukin"] = "puking", ["hurtin"] = "hurting", ["endin"] = "ending", ["thinkin"] = "thinking",
        ["movin"] = "moving", ["freakin"] = "freaking", ["nethin"] = "anything", ["nuthin"] = "nothing",
        ["u"] = "you", ["ur"] = "your", ["ths"] = "this", ["tht"] = "that", ["grp"] = "group", ["luv"] = "love",
        ["wat"] = "what", ["wot"] = "what", ["wht"] = "what", ["cuz"] = "because", ["coz"] = "because", ["bc"] = "because",
        ["bcoz"] = "because", ["bcz"] = "because", ["rite"] = "right", ["cudnt"] = "couldnt", ["wudnt"] = "wouldnt",
        ["gurl"] = "girl", ["dat"] = "that", ["dis"] = "this", ["ma"] = "my", ["wiv"] = "with",
        ["gud"] = "good", ["pic"] = "picture", ["bfore"] = "before", ["befor"] = "before", ["shd"] = "should",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Words before which "2" is "to": "want 2 die", "going 2 end it".</summary>
    private static readonly FrozenSet<string> BeforeTo = new[]
    {
        "want", "wanna", "going", "gonna", "need", "ready", "trying", "decided", "plan", "planning", "about",
        "used", "able", "hard", "how", "what", "way", "easier", "better", "reason", "talk", "nobody", "noone", "sorry",
        "nice", "hope", "like", "love", "tried", "try", "wish",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words after which "2" is a number even after one of <see cref="BeforeTo"/>: "need 2 injections".</summary>
    private static readonly FrozenSet<string> CountedAfterTwo = new[]
    {
        "days", "day", "weeks", "wks", "week", "months", "hours", "hrs", "mins", "minutes", "years", "yrs", "times",
        "tablets", "pills", "units", "mg", "doses", "injections", "jabs", "shots", "kids", "children", "more", "of",
        "or", "and", "x",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words after which "4" is "for": "around 4 the meetup", "ty 4 everything".</summary>
    private static readonly FrozenSet<string> AfterFor = new[]
    {
        "the", "a", "me", "you", "u", "him", "her", "us", "them", "everything", "everythin", "every", "everyone",
        "every1", "ever", "good", "my", "your", "ur", "all", "being", "nothing", "it", "this", "that", "tonight",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words before which "b" is "be": "wont b around", "will b gone".</summary>
    private static readonly FrozenSet<string> BeforeBe = new[]
    {
        "to", "2", "wont", "will", "cant", "gonna", "not", "nt", "wanna", "may", "might", "could", "would", "should",
        "must", "ll", "ill", "itll", "shell", "hell", "never", "always", "just",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words before which "1" is "one": "which 1 would you pick", "first 1 is friday", "no 1 cares".</summary>
    private static readonly FrozenSet<string> OneBefore = new[]
    {
        "which", "first", "the", "no", "every", "some", "any", "this", "that", "last", "another", "only", "next", "other",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words before which "yr" is "year": "last yr", "a yr ago".</summary>
    private static readonly FrozenSet<string> BeforeYear = new[] { "last", "this", "next", "a", "one", "1", "per", "every", "that" }
        .ToFrozenSet(StringComparer.Ordinal);

    /// <param name="normalized">Text after <see cref="TextNormalizer.Normalize"/>: lower case, one space between words.</param>
    /// <returns>The same text with text-speak spelled out; the same instance when there is none.</returns>
    public static string Expand(string normalized)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        var words = TextNormalizer.Tokenize(normalized);
        var changed = false;
        for (var i = 0; i < words.Length; i++)
        {
            // Each word is read after the words before it are spelled out: in "wnt 2 die" the "2" follows "want".
            if (Spell(words, i) is { } spelled)
            {
                words[i] = spelled;
                changed = true;
            }
        }

        return changed ? string.Join(' ', words) : normalized;
    }

    private static string? Spell(string[] words, int i)
    {
        var word = words[i];
        if (Always.TryGetValue(word, out var spelled))
        {
            return spelled;
        }

        var previous = i > 0 ? words[i - 1] : "";
        var next = i + 1 < words.Length ? words[i + 1] : "";
        return word switch
        {
            "2" when BeforeTo.Contains(previous) && next.Length > 0 && !char.IsAsciiDigit(next[0]) && !CountedAfterTwo.Contains(next) => "to",
            "4" when AfterFor.Contains(next) => "for",
            "b" when BeforeBe.Contains(previous) => "be",
            "r" when i > 0 && next.Length > 0 => "are",
            "1" when OneBefore.Contains(previous) => "one",
            "yr" when BeforeYear.Contains(previous) || char.IsAsciiDigit(previous.FirstOrDefault()) => "year",
            _ => null,
        };
    }
}
