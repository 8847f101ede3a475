using HfsBot.Core.Answering;
using HfsBot.Core.Faq;
using HfsBot.Core.Matching;
using HfsBot.Testing;
using HfsBot.Core.Text;

namespace HfsBot.Core.Tests.Matching;

/// <summary>The three bands on a small, fixed catalog, so these tests do not move when the real FAQ is edited.</summary>
public sealed class FaqMatcherTests : IDisposable
{
    private readonly TempFaqFolder _folder = new();
    private readonly FaqCatalog _catalog;
    private readonly FaqAnswerer _answerer;

    public FaqMatcherTests()
    {
        _folder.WriteEntry("botox-duration", TempFaqFolder.ValidEntry(
            title: "How long does Botox last?",
            questions: ["when does botox wear off", "how often do i need botox shots", "how many weeks do the jabs work for hemifacial spasm"]));
        _folder.WriteEntry("botox-side-effects", TempFaqFolder.ValidEntry(
            title: "What are the side effects of Botox?",
            questions: ["can botox make my eyelid droop", "is a dry eye after injections normal", "botox side effects face"]));
        _folder.WriteEntry("botox-long-term", TempFaqFolder.ValidEntry(
            title: "Is it safe to have Botox for many years?",
            questions: ["is botox safe long term", "does botox stop working after years", "years of injections any harm"]));
        _folder.WriteEntry("mvd-risks", TempFaqFolder.ValidEntry(
            title: "What are the risks of microvascular decompression?",
            questions: ["can mvd cause hearing loss", "how dangerous is the brain surgery", "complications of the operation"]));
        _catalog = new FaqFolderLoader(new FakeTimeProvider()).Load(_folder.Path).Catalog;
        Assert.Equal(4, _catalog.Entries.Length);
        _answerer = new FaqAnswerer(_catalog, new MatchingOptions());
    }

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("how long does botox last", "botox-duration")]
    [InlineData("How long do the jabs last??", "botox-duration")]
    [InlineData("how lnog does botxo last", "botox-duration")]
    [InlineData("how long dose botox last", "botox-duration")]
    [InlineData("is the brain op dangerous, what are the risks", "mvd-risks")]
    [InlineData("can MVD make me deaf? hearing loss worries me", "mvd-risks")]
    public void Answer_ClearQuestion_AnswersTheEntry(string question, string expectedId)
    {
        var reply = _answerer.Answer(question);

        Assert.Equal(ReplyOutcome.Answer, reply.Outcome);
        Assert.Equal(expectedId, reply.Entry!.Id);
        Assert.InRange(reply.Score, 0, 100);
    }

    [Fact]
    public void Answer_QuestionBetweenTwoEntries_SuggestsBoth()
    {
        var reply = _answerer.Answer("is botox bad for me");

        Assert.Equal(ReplyOutcome.Suggest, reply.Outcome);
        Assert.Null(reply.Entry);
        Assert.Contains("botox-long-term", reply.Suggestions.Select(s => s.Id));
        Assert.Contains("botox-side-effects", reply.Suggestions.Select(s => s.Id));
        Assert.InRange(reply.Suggestions.Length, 2, 3);
    }

    [Theory]
    [InlineData("is bells palsy contagious? my coworker has it")]
    [InlineData("thanks for the info bot, really helpful")]
    [InlineData("what time is the meetup on saturday")]
    [InlineData("")]
    [InlineData("?!?! ... ")]
    public void Answer_NothingFits_IsNone(string question)
    {
        var reply = _answerer.Answer(question);

        Assert.Equal(ReplyOutcome.None, reply.Outcome);
        Assert.Null(reply.Entry);
        Assert.Empty(reply.Suggestions);
        Assert.False(string.IsNullOrWhiteSpace(reply.Message));
    }

    [Fact]
    public void Answer_AnotherConditionNeverMentioningHfs_IsNone()
    {
        var migraine = _answerer.Answer("what are the side effects of botox for migraines");
        var hfs = _answerer.Answer("what are the side effects of botox for my spasms, i also get migraines");

        Assert.Equal(ReplyOutcome.None, migraine.Outcome);
        Assert.Equal("migrain", Assert.Single(migraine.Match.OtherTopicWords)); // the stem of "migraines"
        Assert.Empty(hfs.Match.OtherTopicWords); // it names HFS, so the other-topic check does not apply
    }

    [Theory]
    // The real entry names cosmetic Botox only to compare: a question about the cosmetic use itself is not its question.
    [InlineData("botox for wrinkles", ReplyOutcome.None)]
    [InlineData("can i get botox for wrinkles too", ReplyOutcome.None)]
    [InlineData("is it the same botox they use for wrinkles", ReplyOutcome.Answer)]
    [InlineData("is botox for wrinkles different from the hfs kind", ReplyOutcome.Answer)]
    public void Answer_CosmeticBotox_IsAnsweredOnlyWhenComparedWithHfsBotox(string question, ReplyOutcome expected)
    {
        var reply = RealFaq.Answerer.Answer(question);

        Assert.Equal(expected, reply.Outcome);
        Assert.Equal(expected == ReplyOutcome.Answer ? "botox-how-it-works" : null, reply.Entry?.Id);
    }

    [Theory]
    // Chat that shares a word or two with an entry ("week", "kids"): offered "did you mean" without the chat model;
    // or clearly enough to be answered from it ("day", "sleep").
    [InlineData("the grandkids are staying all week lol", ReplyOutcome.Suggest)]
    [InlineData("the kids are off school all week", ReplyOutcome.Suggest)]
    [InlineData("lol that made my day", ReplyOutcome.Answer)]
    [InlineData("night all, sleep well", ReplyOutcome.Answer)]
    public void Answer_ChatThatWouldGetArticles_GetsTheGreeting(string message, ReplyOutcome withoutChatModel)
    {
        var without = new FaqAnswerer(RealFaq.Catalog, new MatchingOptions { ChatThreshold = 1, ChatAnswerThreshold = 1 }).Answer(message);
        var reply = RealFaq.Answerer.Answer(message);

        Assert.Equal(withoutChatModel, without.Outcome);
        Assert.Null(without.Match.ChatProbability);
        Assert.Equal(ReplyOutcome.None, reply.Outcome);
        Assert.True(reply.Match.ReadsAsChat);
        var options = new MatchingOptions();
        Assert.True(reply.Match.ChatProbability >= (withoutChatModel == ReplyOutcome.Answer ? options.ChatAnswerThreshold : options.ChatThreshold));
        Assert.Equal(SmallTalkKind.Greeting, reply.SmallTalk);
    }

    [Theory]
    // Word coverage alone falls short of an answer (under the answer threshold), but the learned classifier all but
    // agrees on a clear best entry: answered, where the member used to have to click the suggestion.
    [InlineData("Will it clear up by itself if I leave it? I've no time for hospitals with the farm.", "goes-away-on-its-own")]
    [InlineData("I'm a lorry driver and sometimes the spasm shuts my left eye. Do I have to tell the DVLA?", "driving-and-work")]
    [InlineData("is there a definitive test? EMG, bloodwork, anything", "diagnosis-how")]
    public void Answer_ClassifierAgreesOnAClearBestEntry_AnswersWhatScoreAloneWouldSuggest(string question, string id)
    {
        var options = new MatchingOptions();
        var onScoreAlone = new FaqAnswerer(RealFaq.Catalog, new MatchingOptions { AgreedAnswerThreshold = 100 }).Answer(question);
        var reply = RealFaq.Answerer.Answer(question);

        Assert.Equal(ReplyOutcome.Suggest, onScoreAlone.Outcome);
        Assert.Equal(id, onScoreAlone.Suggestions[0].Id);
        Assert.Equal(ReplyOutcome.Answer, reply.Outcome);
        Assert.Equal(id, reply.Entry?.Id);
        var best = reply.Match.Candidates[0];
        Assert.True(best.Score < options.AnswerThreshold || best.Score - reply.Match.Candidates[1].Score < options.AnswerMargin, $"score {best.Score}");
        Assert.True(best.Learned >= options.AgreedAnswerProbability, $"learned {best.Learned}");
    }

    [Theory]
    // Questions the FAQ does not answer, sharing a word or two with an entry ("op", "meds"): offered "did you mean"
    // without the off-topic model.
    [InlineData("who pays for the taxi home after my op, the nhs or me")]
    [InlineData("what do i put on the benefits form about my meds, anyone done one")]
    public void Answer_OffTopicQuestionThatWouldGetSuggestions_GetsNoAnswerNotedForTheModerators(string question)
    {
        var without = new FaqAnswerer(RealFaq.Catalog, new MatchingOptions { OffTopicThreshold = 1 }).Answer(question);
        var reply = RealFaq.Answerer.Answer(question);

        Assert.Equal(ReplyOutcome.Suggest, without.Outcome);
        Assert.Null(without.Match.OffTopicProbability);
        Assert.Equal(ReplyOutcome.None, reply.Outcome);
        Assert.True(reply.Match.ReadsAsOffTopic);
        Assert.False(reply.Match.ReadsAsChat);
        Assert.True(reply.Match.OffTopicProbability >= new MatchingOptions().OffTopicThreshold);

        // A question, not chat: no greeting, and noted among the unanswered for the moderators' gaps.
        Assert.Equal(SmallTalkKind.None, reply.SmallTalk);
        Assert.True(reply.IsUnanswered);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Answer_AgreedAnswer_KeepsTheSuggestionsChecks(bool offTopicCheck)
    {
        // An answer made by the classifier's agreement was a suggestion on score, so the chat model and the off-topic
        // model are asked as for a suggestion; an answer clear on score is asked only as answers are (here: not at
        // all). A threshold this low takes every message the model is asked about.
        var options = offTopicCheck
            ? new MatchingOptions { OffTopicThreshold = 0.0001 }
            : new MatchingOptions { ChatThreshold = 0.0001, ChatAnswerThreshold = 1 };
        var answerer = new FaqAnswerer(RealFaq.Catalog, options);

        var agreed = answerer.Answer("Will it clear up by itself if I leave it? I've no time for hospitals with the farm.");
        var clear = answerer.Answer("how long does botox last for hemifacial spasm");

        Assert.Equal(ReplyOutcome.None, agreed.Outcome);
        Assert.True(offTopicCheck ? agreed.Match.ReadsAsOffTopic : agreed.Match.ReadsAsChat);
        Assert.Equal(ReplyOutcome.Answer, clear.Outcome);
        Assert.Null(offTopicCheck ? clear.Match.OffTopicProbability : clear.Match.ChatProbability);
    }

    [Fact]
    public void Answer_SingleCandidate_IsNeverAnsweredOnTheClassifiersWord()
    {
        // With one candidate the classifier's softmax is 1 by construction: it agrees with nothing. Bands so low that
        // only the agreement could answer, and a question only one entry shares a word with.
        var options = new MatchingOptions { AnswerThreshold = 100, AgreedAnswerThreshold = 0, AgreedAnswerLead = 0, AgreedAnswerProbability = 0 };
        var reply = new FaqAnswerer(_catalog, options).Answer("complications");

        Assert.Single(reply.Match.Candidates);
        Assert.Equal(1.0, reply.Match.Candidates[0].Learned);
        Assert.NotEqual(ReplyOutcome.Answer, reply.Outcome);
    }

    [Fact]
    public void Answer_LongAnsweredQuestion_IsNotAskedWhetherItIsChat()
    {
        // The chat that gets answered is short; a longer answered message is a question, and asking costs time.
        var reply = RealFaq.Answerer.Answer("how long does the botox usually last before i need to go back for more injections");

        Assert.Equal(ReplyOutcome.Answer, reply.Outcome);
        Assert.True(TextNormalizer.WordCount(TextNormalizer.Normalize(reply.Question)) > 12);
        Assert.Null(reply.Match.ChatProbability);
    }

    [Theory]
    // Terse questions read a little as chat too, but not enough to lose their suggestions or answers.
    [InlineData("curable?", ReplyOutcome.Suggest)]
    [InlineData("warning signs", ReplyOutcome.Suggest)]
    [InlineData("acupuncture?", ReplyOutcome.Answer)]
    [InlineData("acupunture?", ReplyOutcome.Answer)]
    [InlineData("hereditery?", ReplyOutcome.Answer)]
    public void Answer_TerseQuestion_KeepsItsBand(string question, ReplyOutcome expected)
    {
        var reply = RealFaq.Answerer.Answer(question);

        Assert.Equal(expected, reply.Outcome);
        Assert.False(reply.Match.ReadsAsChat);
    }

    [Theory]
    [InlineData("will medicare pay for botox for my hemifacial spasm", "medicar")]
    [InlineData("my dog's face twitches when he sleeps, how long does botox last for that", "dog")]
    [InlineData("is there a charity for hemifacial spasm research i can donate to", "donat")]
    [InlineData("any grant money for travel to my mvd hospital", "grant")]
    public void Answer_OutOfScopeWord_IsNoneEvenWhenTheQuestionIsAboutHfs(string question, string word)
    {
        var reply = _answerer.Answer(question);

        Assert.Equal(ReplyOutcome.None, reply.Outcome);
        Assert.Contains(word, reply.Match.OtherTopicWords);
    }

    [Fact]
    public void Answer_EverydayWordsTheFaqNeverSaw_DoNotCountAsAnotherTopic()
    {
        // "honestly", "story" and "apparently" are chat: they dilute the match but name no other topic.
        var chatty = _answerer.Answer("honestly the story apparently goes that botox wears off, when does it");
        var offTopic = _answerer.Answer("when does hernia mesh inflammation wear off");

        Assert.True(chatty.Match.UnknownShare < 0.1, $"unknown share {chatty.Match.UnknownShare}");
        Assert.Equal("botox-duration", chatty.Entry?.Id ?? chatty.Suggestions.FirstOrDefault()?.Id);
        Assert.Equal(ReplyOutcome.None, offTopic.Outcome);
        Assert.True(offTopic.Match.UnknownShare > 0.5, $"unknown share {offTopic.Match.UnknownShare}");
    }

    [Fact]
    public void Answer_MostlyUnfamiliarWordsButAStrongMatch_IsSuggestedNeverAnswered()
    {
        // "quasimodo" is a word the FAQ never saw and carries most of the weight; the rest is word for word an entry.
        const string question = "quasimodo: when does botox wear off";
        var strict = new FaqAnswerer(_catalog, new MatchingOptions { UnknownWordsSuggestThreshold = 100 }).Answer(question);
        // Bands low enough that the match would be answered outright if the unfamiliar word did not hold it back.
        var lenient = new FaqAnswerer(_catalog, new MatchingOptions { AnswerThreshold = 44, AnswerMargin = 0, UnknownWordsSuggestThreshold = 44 }).Answer(question);

        Assert.True(strict.Match.UnknownShare > 0.5, $"unknown share {strict.Match.UnknownShare}");
        Assert.True(strict.Score >= 50, $"score {strict.Score}");
        Assert.Equal(ReplyOutcome.None, strict.Outcome);
        Assert.Equal(ReplyOutcome.Suggest, lenient.Outcome);
        Assert.Equal("botox-duration", lenient.Suggestions[0].Id);
    }

    [Theory]
    [InlineData("how long does the botox last for my hfs", ReplyOutcome.Suggest)]
    [InlineData("how long does the botox last for my twitching", ReplyOutcome.Suggest)]
    [InlineData("how long does the botox last", ReplyOutcome.None)]
    [InlineData("how long does the botox last for the twitching in my thigh", ReplyOutcome.None)]
    [InlineData("how long does the botox last for my hfs, will medicare pay", ReplyOutcome.None)]
    // "this" as the thing the member has is the condition, in an HFS group; "this weekend" is not.
    [InlineData("how long does the botox last for this", ReplyOutcome.Suggest)]
    [InlineData("how long does the botox last this weekend", ReplyOutcome.None)]
    [InlineData("how long does the botox last for this twitching in my thigh", ReplyOutcome.None)]
    public void Answer_QuestionAboutHfs_IsOfferedTheNearestEntriesOnAWeakerMatch(string question, ReplyOutcome expected)
    {
        // Nothing scores high enough for the ordinary threshold; only a question about HFS gets the lower one.
        var options = new MatchingOptions { AnswerThreshold = 100, SuggestThreshold = 100, HfsQuestionSuggestThreshold = 1 };
        var answerer = new FaqAnswerer(_catalog, options);

        var reply = answerer.Answer(question);

        Assert.True(expected == reply.Outcome, $"{reply.Outcome} {reply.Score} floor {reply.Match.SuggestFloor} unknown {reply.Match.UnknownShare} [{string.Join(',', reply.Match.UnknownWords)}] other [{string.Join(',', reply.Match.OtherTopicWords)}] band {reply.Match.Band}");
        if (expected == ReplyOutcome.Suggest)
        {
            Assert.Equal("botox-duration", reply.Suggestions[0].Id);
        }
    }

    [Theory]
    // A condition the FAQ discusses elsewhere, named in passing in a strong match, does not push the question out.
    [InlineData("my eyelid drooped after the injection and i panicked because droop is a stroke sign, but the doctor said its just the botox. how long does a botox droop usually last", "botox-side-effects")]
    // Another condition as the subject, or a cost, still does.
    [InlineData("does acupuncture work for migraines", null)]
    [InlineData("recovery time after cataract surgery?", null)]
    [InlineData("tinnitus from loud concerts", null)] // the ear-clicking entry names tinnitus, but not concerts
    [InlineData("will my insurance cover botox for hfs? i'm with blue cross", null)]
    // another condition said as a phrase (synonyms.yml): "jaw", "forehead" and "pain" alone are in the FAQ
    [InlineData("my jaw clicking when i eat", null)]
    [InlineData("botox for my frown lines", null)]
    [InlineData("gabapentin for a bad back", null)]
    [InlineData("lower back spasm, any remedy", null)]
    // the FAQ's words in another sense (synonyms.yml, out-of-scope.txt): a vaccine "jab", insurance for anything but
    // the car, booking, hay fever
    [InlineData("how long do flu jab side effects last", null)]
    [InlineData("does insurance cover botox for hfs", null)]
    [InlineData("do i have to tell my car insurance about hfs", "driving-and-work")]
    [InlineData("how do i reschedule my botox appointment to next week", null)]
    [InlineData("what helps hay fever", null)]
    public void Answer_AnotherTopicNamedInPassing_OnlyAStrongMatchKeepsItsEntry(string question, string? expectedId)
    {
        var reply = RealFaq.Answerer.Answer(question);

        Assert.Equal(expectedId, reply.Entry?.Id);
        if (expectedId is null)
        {
            Assert.Equal(ReplyOutcome.None, reply.Outcome);
            Assert.NotEmpty(reply.Match.OtherTopicWords);
        }
    }

    [Theory]
    // Members' own names for things (synonyms.yml): "hemi", "the keyhole op", "the nerve tablets".
    [InlineData("any cure for hemi?", "is-there-a-cure")]
    [InlineData("how long off work after the keyhole op, i drive a forklift", "mvd-recovery-timeline")]
    // "spinning" is not "spine": the stemmer reads them alike, so "spine" is not an other-topic word.
    [InlineData("just diagnosed, head spinning. what are the ways people treat this?", "treatment-options-overview")]
    // the same words as an other-topic phrase, about HFS: a jaw muscle in spasm is not a clicking jaw
    [InlineData("jaw muscle spasm on one side, is that hfs or something else", "hfs-vs-mimics")]
    public void Answer_MembersOwnWords_AnswerTheEntry(string question, string expectedId)
    {
        var reply = RealFaq.Answerer.Answer(question);

        Assert.Equal(ReplyOutcome.Answer, reply.Outcome);
        Assert.Equal(expectedId, reply.Entry!.Id);
    }

    [Theory]
    // Scots function words are no unknown words that make a question read as off-topic.
    [InlineData("does stress make ma face worse? see when i'm stressed at work it's murder", "triggers-stress-sleep")]
    [InlineData("ma jags are wearin aff at about 9 weeks, is that aboot normal", "botox-duration-frequency")]
    [InlineData("whit are they lookin for on the mri for ma twitch", "mri-mra-imaging")]
    // Jamaican English and Patois, Spanish mixed with English, and contractions whose apostrophe is dropped: their
    // function words are no unknown words either (written for this test, not taken from the labelled sets).
    [InlineData("how long di botox jab dem a last fi?", "botox-duration-frequency")]
    [InlineData("mi madda seh her face a jump, wah kinda doctor fi see?", "which-doctor")]
    [InlineData("es para siempre o hay cura para el espasmo?", "is-there-a-cure")]
    [InlineData("my daughter asks if she'll get it from me, is it in the genes", "who-gets-hfs")]
    [InlineData("quanto dura il botox? ogni 3 mesi?", "botox-duration-frequency")]
    // Whole questions in other languages, read in English through the other-languages lists (ForeignPhrases)
    [InlineData("cada cuanto hay que repetir las inyecciones de botox", "botox-duration-frequency")]
    [InlineData("il tic puo passare all altro lato della faccia?", "spread-other-side")]
    [InlineData("czy operacja mvd moze uszkodzic sluch", "mvd-risks")]
    [InlineData("o espasmo hemifacial tem cura definitiva?", "is-there-a-cure")]
    [InlineData("comment se passe la recuperation apres la mvd", "mvd-recovery-timeline")]
    public void Answer_QuestionInOtherWords_PutsTheEntryFirst(string question, string expectedId)
    {
        var reply = RealFaq.Answerer.Answer(question);

        var first = reply.Outcome == ReplyOutcome.Answer ? reply.Entry!.Id : reply.Suggestions.FirstOrDefault()?.Id;
        Assert.Equal(expectedId, first);
    }

    [Fact]
    public void Answer_AnotherCondition_IsAnsweredByAnEntryThatTalksAboutIt()
    {
        using var folder = new TempFaqFolder();
        folder.WriteEntry("botox-how-it-works", TempFaqFolder.ValidEntry(
            title: "How does Botox work for HFS?",
            questions: ["how do the injections stop the spasm", "is it the same botox they use for wrinkles", "how does botulinum toxin relax the muscle"]));
        folder.WriteEntry("botox-duration", TempFaqFolder.ValidEntry());
        var answerer = new FaqAnswerer(new FaqFolderLoader(new FakeTimeProvider()).Load(folder.Path).Catalog, new MatchingOptions());

        var reply = answerer.Answer("is it the same botox as they use for wrinkles?");

        Assert.Equal(ReplyOutcome.Answer, reply.Outcome);
        Assert.Equal("botox-how-it-works", reply.Entry!.Id);
        Assert.Empty(reply.Match.OtherTopicWords);
    }

    [Theory]
    // Chat borrowing the FAQ's words: "driving" (driving and work), "job", "face", "twitchy".
    [InlineData("boss is driving me mad")]
    [InlineData("nerves before my job interview")]
    [InlineData("couldnt keep a straight face lol")]
    [InlineData("twitchy about my exam results")] // its only word for the spasm is inside the figure
    public void Answer_FigureOfSpeechInChat_IsNone(string message)
    {
        var reply = RealFaq.Answerer.Answer(message);

        Assert.Equal(ReplyOutcome.None, reply.Outcome);
        Assert.NotNull(reply.Match.FigureOfSpeech);
        Assert.Equal(HfsBot.Core.Text.SmallTalkKind.Greeting, reply.SmallTalk);
        Assert.StartsWith("Hello", reply.Message, StringComparison.Ordinal); // not "I've noted the question"
        Assert.False(reply.IsUnanswered); // chat, not a gap in the FAQ for the moderators
    }

    [Theory]
    // The same figures in a question about HFS are matched as usual.
    [InlineData("this twitch is driving me mad, how long does botox last", "botox-duration-frequency")]
    [InlineData("anyone else get a tapping noise in the ear when the spasm hits? drives me mad", "ear-clicking")]
    // Not about HFS by its words, but the rest is a question on its own.
    [InlineData("anyone got a tick tick sound in the ear when the face goes? drives me nuts", "ear-clicking")]
    [InlineData("botox wearing off early, driving me mad", "botox-duration-frequency")]
    public void Answer_FigureOfSpeechInAQuestionAboutHfs_IsMatchedAsUsual(string question, string expectedId)
    {
        var reply = RealFaq.Answerer.Answer(question);

        Assert.NotEqual(ReplyOutcome.None, reply.Outcome);
        Assert.Equal(expectedId, reply.Match.Best?.Entry.Id);
        Assert.Null(reply.Match.FigureOfSpeech);
    }

    [Theory]
    [InlineData("cheers bot, that really helped", "You're welcome")]
    [InlineData("morning all, hope everyone has a spasm free day with no botox side effects", "Hello")]
    [InlineData("good evening everyone 👋", "Hello")] // "evening" is in a phrasing about spasms worse in the evening
    [InlineData("bot, tell me a joke to cheer me up", "Hello")] // "cheer me up" is in the entry on mood
    public void Answer_SmallTalk_GetsAFriendlyReplyThatIsNotAGap(string message, string expectedStart)
    {
        var reply = _answerer.Answer(message);

        Assert.Equal(ReplyOutcome.None, reply.Outcome);
        Assert.NotEqual(HfsBot.Core.Text.SmallTalkKind.None, reply.SmallTalk);
        Assert.StartsWith(expectedStart, reply.Message, StringComparison.Ordinal);
        Assert.Empty(reply.Suggestions);
        Assert.False(reply.IsUnanswered);
    }

    [Fact]
    public void Answer_ThanksForAnAnswer_IsThanksEvenWhenItsWordsMatchAnEntry()
    {
        // Without the chat model's view of answers, the matcher is confident ("cleared" is in the entry on clear
        // scans); after thanks it is a reaction all the same.
        var reply = new FaqAnswerer(RealFaq.Catalog, new MatchingOptions { ChatAnswerThreshold = 1 }).Answer("thank you bot, that cleared it up");

        Assert.Equal(MatchBand.Answer, reply.Match.Band);
        Assert.Equal(HfsBot.Core.Text.SmallTalkKind.Thanks, reply.SmallTalk);
        Assert.Null(reply.Entry);
        Assert.False(reply.IsUnanswered);
    }

    [Fact]
    public void Answer_GreetingWithAClearQuestion_IsStillAnswered()
    {
        var reply = _answerer.Answer("hi all, when does botox wear off");

        Assert.Equal(ReplyOutcome.Answer, reply.Outcome);
        Assert.Equal("botox-duration", reply.Entry!.Id);
    }

    [Fact]
    public void Answer_EveryOutcomeCarriesTheDisclaimer()
    {
        string[] questions = ["how long does botox last", "is botox safe", "is bells palsy contagious", "i want to end my life", "how many mg of tegretol should i take"];

        foreach (var question in questions)
        {
            Assert.Contains("not medical advice", _answerer.Answer(question).Disclaimer, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Answer_CrisisWinsOverAnFaqMatch()
    {
        var reply = _answerer.Answer("botox wore off again and honestly i want to kill myself");

        Assert.Equal(ReplyOutcome.Crisis, reply.Outcome);
        Assert.Null(reply.Entry);
        Assert.Empty(reply.Suggestions);
        Assert.Contains("988", reply.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Answer_Urgent_GivesEmergencyTextAndNoAnswer()
    {
        var reply = _answerer.Answer("had mvd 4 days ago, clear fluid is dripping from my nose");

        Assert.Equal(ReplyOutcome.Urgent, reply.Outcome);
        Assert.Null(reply.Entry);
        Assert.Contains("999", reply.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Answer_Advice_ReferToDoctorAndOffersGeneralEntries()
    {
        var reply = _answerer.Answer("how many botox units should i get in my eyelid");

        Assert.Equal(ReplyOutcome.Advice, reply.Outcome);
        Assert.Null(reply.Entry);
        Assert.Contains("your own doctor", reply.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Answer_AnsweredEntry_ListsRunnerUpsWithoutItself()
    {
        var reply = _answerer.Answer("how long does botox last");

        Assert.DoesNotContain("botox-duration", reply.Suggestions.Select(s => s.Id));
        Assert.True(reply.Suggestions.Length <= 3);
    }

    [Fact]
    public void AnswerEntry_ById_AnswersThatExactEntry()
    {
        var reply = _answerer.AnswerEntry("mvd-risks", "picked from a list");

        Assert.Equal(ReplyOutcome.Answer, reply!.Outcome);
        Assert.Equal("mvd-risks", reply.Entry!.Id);
        Assert.Null(_answerer.AnswerEntry("no-such-id", "x"));
    }

    [Fact]
    public void Match_IsDeterministic()
    {
        var first = _answerer.Answer("is botox bad for me");
        var second = _answerer.Answer("is botox bad for me");

        Assert.Equal(first.Match.Candidates.Select(c => (c.Entry.Id, c.Score)), second.Match.Candidates.Select(c => (c.Entry.Id, c.Score)));
    }
}
