using System.Collections.Immutable;
using HfsBot.Core.Faq;
using HfsBot.Core.Matching;
using HfsBot.Core.Safety;
using HfsBot.Core.Text;

namespace HfsBot.Core.Answering;

/// <summary>
/// The answering pipeline for one catalog: triage first (crisis, urgent, advice), then matching, then the
/// reply. Safety replies never carry an FAQ answer in place of the emergency text.
/// </summary>
public sealed class FaqAnswerer
{
    private readonly Triage _triage;
    private readonly FaqMatcher _matcher;
    private readonly MatchingOptions _options;

    public FaqAnswerer(FaqCatalog catalog, MatchingOptions options)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        Catalog = catalog;
        _options = options;
        _triage = new Triage(catalog.Safety);

        // The safety net and the matcher's models learn independently: trained side by side, a large FAQ's first
        // load waits for the slower of the two, not both. The net is ready before the first message either way.
        FaqMatcher? matcher = null;
        Parallel.Invoke(
            () => _ = catalog.Safety.Net,
            () => matcher = new FaqMatcher(catalog, options));
        _matcher = matcher!;
        Autocomplete = new FaqAutocomplete(catalog, _matcher);
    }

    /// <summary>Suggestions while a question is being typed.</summary>
    public FaqAutocomplete Autocomplete { get; }

    public FaqCatalog Catalog { get; }

    private string Disclaimer => Catalog.Safety.Messages.Disclaimer;

    public FaqReply Answer(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var triage = _triage.Classify(question);
        if (triage.Category is TriageCategory.Crisis or TriageCategory.Urgent)
        {
            return new FaqReply
            {
                Question = question,
                Outcome = triage.Category == TriageCategory.Crisis ? ReplyOutcome.Crisis : ReplyOutcome.Urgent,
                Message = triage.Reply,
                Disclaimer = Disclaimer,
                TriageRule = triage.RuleName,
            };
        }

        var match = _matcher.Match(question);
        if (triage.Category == TriageCategory.Advice)
        {
            return AdviceReply(question, triage, match);
        }

        // "Morning all, hope everyone has a twitch-free day" shares words with FAQ entries, but offering articles
        // in reply to a greeting is odd and it is not a gap in the FAQ. After a greeting a confident answer still
        // wins: "hi, my botox wore off after 6 weeks" is answered. Thanks come after an answer, and what follows
        // them is a reaction to it: "thanks bot, that cleared it up" is not asking about clear scans. A message that
        // is only a greeting, or chat with the bot, gets the greeting whatever the match: "good evening everyone" is
        // not about evening spasms, and "bot tell me a joke" is not about the emotional impact of HFS.
        var smallTalk = match.Band == MatchBand.Answer ? SmallTalk.ClassifyThanks(question) : SmallTalk.Classify(question);

        // Chat with a figure of speech ("my boss is driving me mad"), or any message that reads as chat ("grandkids
        // here all weekend"), asks nothing either: it gets the greeting, which says what the bot is for, and is no
        // gap (the no-answer reply says the question was noted for moderators).
        if (smallTalk == SmallTalkKind.None && (match.FigureOfSpeech is not null || match.ReadsAsChat))
        {
            smallTalk = SmallTalkKind.Greeting;
        }

        return smallTalk == SmallTalkKind.None ? MatchReply(question, match) : SmallTalkReply(question, smallTalk, match);
    }

    /// <summary>The reply for one entry picked by id (a "did you mean" button, an autocomplete choice).</summary>
    public FaqReply? AnswerEntry(string id, string question)
    {
        ArgumentNullException.ThrowIfNull(id);
        return Catalog.ById.TryGetValue(id, out var entry)
            ? new FaqReply { Question = question, Outcome = ReplyOutcome.Answer, Entry = entry, Score = 100, Related = [.. Catalog.RelatedOf(entry)], Disclaimer = Disclaimer }
            : null;
    }

    /// <summary>Triage alone, for callers that must react to emergencies before anything else (auto-answer).</summary>
    public TriageResult Classify(string message) => _triage.Classify(message);

    private FaqReply MatchReply(string question, MatchResult match) => match.Band switch
    {
        MatchBand.Answer => new FaqReply
        {
            Question = question,
            Outcome = ReplyOutcome.Answer,
            Entry = match.Best!.Entry,
            Score = match.Score,
            Suggestions = [.. match.Candidates.Skip(1).Where(c => c.Score >= match.SuggestFloor).Take(_options.MaxSuggestions).Select(c => c.Entry)],
            Related = [.. Catalog.RelatedOf(match.Best.Entry)],
            Disclaimer = Disclaimer,
            Match = match,
        },
        MatchBand.Suggest => new FaqReply
        {
            Question = question,
            Outcome = ReplyOutcome.Suggest,
            Score = match.Score,
            Suggestions = SuggestionsFrom(match),
            Message = Catalog.Safety.Messages.DidYouMean,
            Disclaimer = Disclaimer,
            Match = match,
        },
        _ => new FaqReply
        {
            Question = question,
            Outcome = ReplyOutcome.None,
            Score = match.Score,
            Message = Catalog.Safety.Messages.NoAnswer,
            Disclaimer = Disclaimer,
            Match = match,
        },
    };

    private FaqReply SmallTalkReply(string question, SmallTalkKind kind, MatchResult match) => new()
    {
        Question = question,
        Outcome = ReplyOutcome.None,
        Score = match.Score,
        Message = kind == SmallTalkKind.Thanks ? Catalog.Safety.Messages.Thanks : Catalog.Safety.Messages.Greeting,
        Disclaimer = Disclaimer,
        SmallTalk = kind,
        Match = match,
    };

    /// <summary>Personal advice is for the member's own doctor; general entries on the topic may still help.</summary>
    private FaqReply AdviceReply(string question, TriageResult triage, MatchResult match) => new()
    {
        Question = question,
        Outcome = ReplyOutcome.Advice,
        Score = match.Score,
        Suggestions = match.Band == MatchBand.None ? [] : SuggestionsFrom(match),
        Message = triage.Reply,
        Disclaimer = Disclaimer,
        TriageRule = triage.RuleName,
        Match = match,
    };

    private ImmutableArray<FaqEntry> SuggestionsFrom(MatchResult match) =>
        [.. match.Candidates
            .Where(c => c.Score >= match.SuggestFloor && c.Score >= match.Score - _options.SuggestWindow)
            .Take(_options.MaxSuggestions)
            .Select(c => c.Entry)];
}
