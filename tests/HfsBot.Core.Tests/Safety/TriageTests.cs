using HfsBot.Core.Safety;
using HfsBot.Core.Text;

namespace HfsBot.Core.Tests.Safety;

/// <summary>The real faq/safety.yml: what members might write, and what triage must make of it.</summary>
public sealed class TriageTests
{
    [Theory]
    [InlineData("honestly cant do this anymore, ive been thinking about ending my life because of my face")]
    [InlineData("i want to die, the spasms never stop")]
    [InlineData("I've been having suicidal thoughts since starting the new tablets")]
    [InlineData("sometimes i think everyone would be better off without me")]
    [InlineData("i've started hurting myself again")]
    [InlineData("I can't go on like this, there's no point in living with this face")]
    public void Classify_SuicidalOrSelfHarm_IsCrisis(string message) =>
        Assert.Equal(TriageCategory.Crisis, RealFaq.Triage.Classify(message).Category);

    [Theory]
    [InlineData("had mvd last week, now fever 39.5, neck is super stiff and worst headache of my life, light hurts my eyes")]
    [InlineData("post op day 2 after mvd, im getting more and more confused and keep throwing up, head pain way worse than yesterday")]
    [InlineData("woke up this morning totally deaf in my left ear, surgery was 5 days ago on that side")]
    [InlineData("my husband's face just drooped on one side and his speech is slurred")]
    [InlineData("clear watery fluid keeps dripping from my nose since the op and it tastes salty")]
    [InlineData("got botox on monday and now i can't swallow properly")]
    [InlineData("3 weeks on tegretol and now I have a rash with blisters and sores in my mouth")]
    [InlineData("my mum's face suddenly dropped this morning, what do i do")]
    public void Classify_EmergencyHappeningNow_IsUrgent(string message) =>
        Assert.Equal(TriageCategory.Urgent, RealFaq.Triage.Classify(message).Category);

    /// <summary>
    /// Every message is read by each category's prefilter, so each must be one regex: within .NET's default size
    /// limit for linear-time regexes the crisis rules alone took 13, and triage cost 12 µs an ordinary question
    /// instead of 4 (docs/performance.md). The parser raises the limit; this fails if that stops working.
    /// </summary>
    [Fact]
    public void RealRules_EachCategoryPrefilter_IsOneRegex()
    {
        foreach (var category in RealFaq.Catalog.Safety.InTriageOrder)
        {
            Assert.Equal(1, category.Prefilters.RegexCount);
        }

        Assert.Equal(1, RealFaq.Catalog.Safety.Urgent.General!.RegexCount);
    }

    [Theory]
    [InlineData("how many mg of tegretol should i be taking, im 60kg")]
    [InlineData("spasms are bad tonight, can i take an extra clonazepam")]
    [InlineData("should i stop my tegretol before the op?")]
    [InlineData("can you read my mri report and tell me what it means")]
    [InlineData("can anyone recommend a good neurosurgeon in ohio")]
    [InlineData("which surgeon do you recommend in manchester")]
    [InlineData("what neurologist would you recommend near boston for botox")]
    [InlineData("which neurosurgeon did you use in london and would you recommend them")]
    [InlineData("who would you all recommend for mvd around chicago")]
    [InlineData("who's the best person to see for hfs in sydney")]
    [InlineData("where should i go for mvd in germany")]
    public void Classify_PersonalDosingOrResults_IsAdvice(string message) =>
        Assert.Equal(TriageCategory.Advice, RealFaq.Triage.Classify(message).Category);

    [Theory]
    [InlineData("what symptoms after MVD mean I should call the surgeon?")]
    [InlineData("which post-op symptoms after mvd are a ring-the-ward-immediately thing vs just normal healing")]
    [InlineData("can botox ever cause trouble swallowing?")]
    [InlineData("is hearing loss a common risk of mvd")]
    [InlineData("which rashes on tegretol are dangerous")]
    [InlineData("got botox tuesday and now my eyelid is drooping, will it come back up")]
    [InlineData("had mvd 3 weeks ago and im still twitching, did it fail?")]
    [InlineData("so my neuro gave me tegretol and says if that doesnt work we try botox and then maybe surgery but should i just skip the pills and go for mvd")]
    [InlineData("how long does botox last")]
    [InlineData("what doctor would you recommend for hfs")]
    [InlineData("where should i go for help with hfs")]
    [InlineData("which doctor should i see for hfs")]
    [InlineData("what specialist should i see for my face twitching")]
    [InlineData("what is the risk of a csf leak after microvascular decompression")]
    [InlineData("")]
    public void Classify_OrdinaryOrGeneralQuestion_IsNotTriaged(string message) =>
        Assert.True(RealFaq.Triage.Classify(message).IsOrdinary, RealFaq.Triage.Classify(message).RuleName);

    [Fact]
    public void Classify_EmergencyBuriedInALongMessage_IsStillFound()
    {
        var message = string.Concat(Enumerable.Repeat("so much going on with work and the kids lately. ", 60))
            + "anyway since yesterday clear fluid is dripping out of my nose after the mvd. "
            + string.Concat(Enumerable.Repeat("also wondering about botox timing. ", 20));

        Assert.Equal(TriageCategory.Urgent, RealFaq.Triage.Classify(message).Category);
    }

    [Theory]
    [InlineData("my hearing went after my op back in 2017, is that common?")]
    [InlineData("starting carbamazepine next week, which rash signs should i look out for?")]
    public void Classify_GeneralQuestionARuleFiresOn_TheNetCanClear(string message)
    {
        var normalized = TextNormalizer.Normalize(message, Triage.MaxInputLength);
        var safety = RealFaq.Catalog.Safety;

        Assert.NotNull(safety.Urgent.FirstFiringRule(normalized)); // the rule alone would send it to A&E
        Assert.Equal(GeneralQuestion.ButSaysNow, safety.Urgent.AsGeneralQuestion(normalized)); // needs a confident net
        Assert.True(RealFaq.Triage.Classify(message).IsOrdinary, RealFaq.Triage.Classify(message).RuleName);
    }

    [Theory]
    [InlineData("read in a magazine about a lady who lost her hearing after brain surgery. does that happen with MVD?")]
    [InlineData("went through a grim patch a couple of winters ago, never got near hurting myself but it scared me. is depression common with hfs?")]
    public void Classify_AQuestionNoGeneralShapeKnows_IsClearedByANearCertainNetThatKnowsTheWords(string message)
    {
        var normalized = TextNormalizer.Normalize(message, Triage.MaxInputLength);
        var safety = RealFaq.Catalog.Safety;
        var category = safety.Crisis.FirstFiringRule(normalized) is not null ? safety.Crisis : safety.Urgent;
        var rule = category.FirstFiringRule(normalized);

        Assert.NotNull(rule); // the rule alone would send it to A&E or the crisis reply
        Assert.Equal(GeneralQuestion.No, category.AsGeneralQuestion(normalized)); // no general shape clears it
        Assert.InRange(safety.Net!.Assess(normalized).Probability, 0, SafetyNet.RulesOutQuestionBelow);
        Assert.True(safety.Net.Knows(rule.FoundWords(category.ForRules(normalized))));
        Assert.True(RealFaq.Triage.Classify(message).IsOrdinary, RealFaq.Triage.Classify(message).RuleName);
    }

    [Fact]
    public void Classify_ANearCertainNet_ClearsAQuestionOnlyWhenItKnowsTheWordsTheRuleFound()
    {
        // A net that has seen this sentence shape as ordinary many times, but "pyrexia" (what the rule found,
        // with "carbamazepine") never, or only as often as it has seen it.
        const string Message = "been on carbamazepine a month now and i have pyrexia today, is that normal for people on it? asking for peace of mind";
        var ordinary = Enumerable.Range(0, 40).Select(i => $"been on carbamazepine a month now and i have {i} questions today, is that normal for people on it? asking for peace of mind");
        var pyrexiaSeen = Enumerable.Range(0, SafetyNet.KnownAfterExamples).Select(i => $"what does pyrexia mean on leaflet {i}");
        string[] emergencies = ["my dad suddenly cant lift his arm and his words are wrong", "i have saved up my pills and tonight i will take them all"];
        var examples = emergencies.Select(e => new SafetyExample(e, TriageCategory.Urgent)).ToArray();
        var safety = RealFaq.Catalog.Safety;

        var blindNet = SafetyNet.Train(examples, [.. ordinary]);
        var knowingNet = SafetyNet.Train(examples, [.. ordinary, .. pyrexiaSeen]);
        var normalized = TextNormalizer.Normalize(Message, Triage.MaxInputLength);

        // Both are all but certain it is ordinary; only what they know differs.
        Assert.InRange(blindNet.Assess(normalized).Probability, 0, SafetyNet.RulesOutQuestionBelow);
        Assert.InRange(knowingNet.Assess(normalized).Probability, 0, SafetyNet.RulesOutQuestionBelow);
        Assert.Equal(TriageCategory.Urgent, new Triage(safety with { Net = blindNet }).Classify(Message).Category);
        Assert.True(new Triage(safety with { Net = knowingNet }).Classify(Message).IsOrdinary);
    }

    [Fact]
    public void Classify_AnAlwaysRule_StandsHoweverSureTheNetAndWhateverItKnows()
    {
        // A net that has seen this very sentence as ordinary forty times: certain, and it knows every word.
        const string Message = "been on carbamazepine a month now and my face suddenly drooped and my speech went slurred today, is that normal for people on it? asking for peace of mind";
        var ordinary = Enumerable.Range(0, 40).Select(i => $"{Message} {i}");
        var net = SafetyNet.Train([new("i have saved up my pills and tonight i will take them all", TriageCategory.Crisis)], [.. ordinary]);
        var normalized = TextNormalizer.Normalize(Message, Triage.MaxInputLength);
        var safety = RealFaq.Catalog.Safety with { Net = net };
        var rule = Assert.IsType<TriageRule>(safety.Urgent.FirstFiringRule(normalized));

        Assert.True(rule.Always, rule.Name);
        Assert.InRange(net.Assess(normalized).Probability, 0, SafetyNet.RulesOutQuestionBelow);
        Assert.True(net.Knows(rule.FoundWords(safety.Urgent.ForRules(normalized))));
        Assert.Equal(TriageCategory.Urgent, new Triage(safety).Classify(Message).Category);
    }

    [Fact]
    public void Classify_AShortQuestion_KeepsTheRulesReadingHoweverSureTheNet()
    {
        // In a short message "is that normal?" outweighs the symptom for the net.
        const string Message = "having a seizure after surgery, is that normal?";

        Assert.InRange(NetProbability(Message), 0, SafetyNet.RulesOutQuestionBelow);
        Assert.Equal(TriageCategory.Urgent, RealFaq.Triage.Classify(Message).Category);
    }

    [Fact]
    public void Classify_AMessageThatAsksNothing_KeepsTheRulesReadingHoweverSureTheNet()
    {
        // The check is for questions: a message that only tells is left to the rules, even a harmless one like this.
        const string Asked = "read in a magazine about a lady who lost her hearing after brain surgery. does that happen with MVD";
        const string Told = "read in a magazine about a lady who lost her hearing after brain surgery. my mvd is booked for march";

        Assert.InRange(NetProbability(Told), 0, SafetyNet.RulesOutQuestionBelow);
        Assert.True(RealFaq.Triage.Classify(Asked).IsOrdinary); // a question, even without its question mark
        Assert.Equal(TriageCategory.Urgent, RealFaq.Triage.Classify(Told).Category);
    }

    private static double NetProbability(string message) =>
        RealFaq.Catalog.Safety.Net!.Assess(TextNormalizer.Normalize(message, Triage.MaxInputLength)).Probability;

    [Theory]
    [InlineData("clear fluid is dripping from my nose since the op yesterday, is that normal?")]
    [InlineData("is it normal that my wound is leaking and red today, 10 days after mvd")]
    // They read as general questions too ("reading this thread", "can you go"): the net must not clear them.
    [InlineData("reading this thread and my wifes face just dropped on one side and she cant lift her arm")]
    [InlineData("can you go to a and e with this, his face dropped and speech is slurred")]
    public void Classify_EmergencyAskedAsAQuestion_IsStillUrgent(string message) =>
        Assert.Equal(TriageCategory.Urgent, RealFaq.Triage.Classify(message).Category);

    [Fact]
    public void Classify_AnAlwaysRule_ActsOnAGeneralQuestion_EvenWhenAClearableRuleComesFirst()
    {
        // Put the stroke rules last, so the hearing rule fires first on this general question and would be cleared.
        var safety = RealFaq.Catalog.Safety;
        var reordered = safety with { Urgent = safety.Urgent with { Rules = [.. safety.Urgent.Rules.OrderBy(r => r.Always)] } };
        const string message = "is it true you can go deaf after mvd? my dads face dropped and he cant speak";

        var result = new Triage(reordered).Classify(message);

        Assert.False(reordered.Urgent.Rules[0].Always);
        Assert.Equal(TriageCategory.Urgent, result.Category);
        Assert.True(reordered.Urgent.Rules.Single(r => r.Name == result.RuleName).Always, result.RuleName);
    }

    [Theory]
    [InlineData("mvd last week, no stiff neck or vomiting, but a fever", "fever", "vomiting")]
    [InlineData("no fever, no leak, without any swelling", "", "fever leak swelling")]
    [InlineData("no fever, vomiting all night", "vomiting", "fever")]
    [InlineData("no hearing in my left ear since the op", "no hearing", "")]
    [InlineData("two weeks after mvd, nothing dripping from my nose, no salty taste", "nose", "dripping")]
    [InlineData("botox yesterday, no trouble swallowing, no breathing trouble, a mild headache", "headache", "swallowing breathing")]
    [InlineData("she not have fever, he is not vomiting and not confused", "", "fever vomiting confused")]
    [InlineData("six days after mvd, temp fine, temperature 36.6 this morning", "morning", "temp")]
    [InlineData("no breathing, his lips are blue", "breathing", "")]
    [InlineData("i havent fainted and my face isnt drooping, temperature always 36.8", "face", "fainted drooping temperature")]
    [InlineData("temperature 39, not fine at all", "temperature 39", "")]
    public void ForRules_BlanksOnlyWhatTheMessageSaysIsAbsent(string message, string kept, string removed)
    {
        var forRules = RealFaq.Catalog.Safety.Urgent.ForRules(TextNormalizer.Normalize(message, Triage.MaxInputLength));

        // Space-separated words: each kept one must still be there, each removed one gone.
        Assert.All(kept.Split(' ', StringSplitOptions.RemoveEmptyEntries), word => Assert.Contains(word, forRules, StringComparison.Ordinal));
        Assert.All(removed.Split(' ', StringSplitOptions.RemoveEmptyEntries), word => Assert.DoesNotContain(word, forRules, StringComparison.Ordinal));
    }

    [Theory]
    // The harmless phrase is blanked, and what is left still fires a rule.
    [InlineData("he fell and hurt himself last week and now he says he wants to end it all", "suicidal thoughts")]
    [InlineData("i dont want to die but i want to end it all tonight", "suicidal thoughts")]
    [InlineData("no thoughts of hurting myself, but i have started cutting my arms again", "self-harm")]
    // Only the harmless phrase was alarming: no rule fires.
    [InlineData("could she fall and hurt herself on the new tablets", null)]
    // Asking how the bot works is harmless only about someone else; asked for oneself, the rest is still read.
    [InlineData("what would the bot do if someone wrote they were going to hurt themselves? i moderate a group", null)]
    [InlineData("what would the bot do if i said i took all my pills tonight", "overdose plans")]
    [InlineData("gave my old books to the charity shop before my holiday, i will not need them", null)]
    [InlineData("took my tools to my brothers so theyre in good hands before i go. wont need them where im headed", "a goodbye with hopelessness")]
    [InlineData("he isnt thinking of hurting himself, he sees a counsellor", null)]
    [InlineData("if they cancel my op one more time ill jump off a bridge lol, who do i complain to", null)]
    public void CrisisRules_ReadTheMessageWithItsHarmlessPhrasesBlanked(string message, string? rule)
    {
        var crisis = RealFaq.Catalog.Safety.Crisis;

        var fired = crisis.FirstFiringRule(TextNormalizer.Normalize(message, Triage.MaxInputLength));

        Assert.NotNull(crisis.Harmless);
        Assert.Equal(rule, fired?.Name);
    }

    [Theory]
    [InlineData("Won't be around next week, Spain holiday!", true)]
    [InlineData("giving away all my clothes cos im moving to halls and half dont fit anyway", true)]
    [InlineData("lined up my pills in a weekly box so I don't miss the tegretol", true)]
    [InlineData("Stepping down as admin after 6 years, handing over to Priya", true)]
    [InlineData("Tonight is my last night before the MVD tomorrow. Nervous but ready! see you on the other side", true)]
    // A reason denied in its own words, or given as a cover, is no reason.
    [InlineData("giving my stuff away to the girls on the line. told them im moving house. im not moving.", false)]
    [InlineData("Need someone to take my cat for good. Not a holiday.", false)]
    [InlineData("Told them I'm retiring. I'm not retiring.", false)]
    // "Retired" says who someone is, not why they are going.
    [InlineData("Retired sergeant. I've sat with my pistol every night this week.", false)]
    public void CrisisEverydayReasons_NameOnlyWhatTheySay(string message, bool givesReason) =>
        Assert.Equal(givesReason, RealFaq.Catalog.Safety.Crisis.GivesEverydayReason(TextNormalizer.Normalize(message, Triage.MaxInputLength)));

    [Theory]
    // The twenty-fifth session's reasons, each beside the message it must not explain: a cover story named as one, an
    // ending after a date, a letter that ends hope.
    [InlineData("finally clearing out the loft, the old fishing rods are off to the charity shop", true)]
    [InlineData("giving away my guitar and records all week. people think im decluttering. im not", false)]
    [InlineData("clearing out everything, wont be needing any of it after friday", false)]
    [InlineData("what have you all got planned for the bank holiday weekend", true)]
    [InlineData("my grandad always says hed rather die than let a surgeon near his head", true)]
    [InlineData("i would rather die than live like this", false)]
    [InlineData("got the appointment letter from the hospital at last, neuro clinic in june", true)]
    [InlineData("got the letter from the hospital. op cancelled again. i have nothing left", false)]
    public void CrisisEverydayReasons_OfTheTwentyFifthSession_NameOnlyWhatTheySay(string message, bool givesReason) =>
        Assert.Equal(givesReason, RealFaq.Catalog.Safety.Crisis.GivesEverydayReason(TextNormalizer.Normalize(message, Triage.MaxInputLength)));

    [Theory]
    [InlineData("did a run to the tip with the old shed panels, clearing out at last", true)]
    // "the tip of my nose" is no trip to the tip
    [InlineData("my face went numb right down to the tip of my nose", false)]
    [InlineData("nosebleed this morning from the dry air, stopped after a few minutes", true)]
    [InlineData("nosebleed stopped but now i cant swallow properly", false)]
    [InlineData("had my review at the neuro clinic today, now waiting for the letter", true)]
    [InlineData("took the boat out this morning, face behaved itself for once", true)]
    [InlineData("face behaved all day but now my speech is slurred", false)]
    public void UrgentEverydayReasons_NameOnlyWhatTheySay(string message, bool givesReason) =>
        Assert.Equal(givesReason, RealFaq.Catalog.Safety.Urgent.GivesEverydayReason(TextNormalizer.Normalize(message, Triage.MaxInputLength)));

    [Theory]
    // The safety net alone read these as crises (0.6-0.85); the everyday reason explains them.
    [InlineData("Won't be around next week, Spain holiday!")]
    [InlineData("Saying goodbye to my bus route, retiring Friday!")]
    [InlineData("lined up my pills in a weekly box so I don't miss the tegretol")]
    public void Classify_GoodbyeOrPillsWithAnEverydayReason_IsNotACrisis(string message) =>
        Assert.Equal(TriageCategory.None, RealFaq.Triage.Classify(message).Category);

    [Theory]
    // No rule catches these; the net is all but certain, so the everyday reason they give (retiring, a weekly pill box)
    // does not explain them away.
    [InlineData("retiring friday. said my goodbyes. tonight i finally rest")]
    [InlineData("lined up all my pills in the weekly box. all of them tonight. goodbye")]
    public void Classify_EverydayReason_DoesNotExplainAwayANearCertainNet(string message)
    {
        var normalized = TextNormalizer.Normalize(message, Triage.MaxInputLength);
        var safety = RealFaq.Catalog.Safety;

        var result = RealFaq.Triage.Classify(message);

        Assert.True(safety.Crisis.GivesEverydayReason(normalized));
        Assert.True(safety.Net!.Assess(normalized).Probability >= SafetyNet.EverydayReasonExplainsBelow);
        Assert.Equal(TriageCategory.Crisis, result.Category);
        Assert.Equal(Triage.SafetyNetRuleName, result.RuleName);
    }

    [Fact]
    public void Classify_EverydayReason_DoesNotSilenceTheRules() =>
        Assert.Equal(TriageCategory.Crisis, RealFaq.Triage.Classify("moving house next week and i want to end it all").Category);

    [Theory]
    // A general question ("years ago", "last year") that seems to say "now" is cleared only by a very sure net;
    // a "now" that names no symptom must not count as one.
    [InlineData("took too many of her pills by mistake last year, shes fine now", GeneralQuestion.Yes)]
    [InlineData("had a seizure after mvd in 2019, treated since. can she have botox now", GeneralQuestion.Yes)]
    [InlineData("i keep checking my skin for the rash i read about, is that silly", GeneralQuestion.Yes)]
    [InlineData("what happens if you get a blistering rash on carbamazepine? pharmacist mentioned it and now im paranoid, my skin is totally fine", GeneralQuestion.Yes)]
    [InlineData("what happens if you get a blistering rash on carbamazepine? my skin is fine but now i have sores in my mouth", GeneralQuestion.ButSaysNow)]
    [InlineData("took too many of her pills by mistake last year, shes drowsy now", GeneralQuestion.ButSaysNow)]
    [InlineData("on tegretol last winter i got a rash and a fever, they stopped it. why is that such a big deal", GeneralQuestion.Yes)]
    [InlineData("on tegretol last winter i got a rash, and now i have a fever again", GeneralQuestion.ButSaysNow)]
    [InlineData("read about the rash, now i have blisters", GeneralQuestion.ButSaysNow)]
    [InlineData("on casualty last night someone overdosed on their epilepsy tablets. are the hfs tablets the same", GeneralQuestion.Yes)]
    [InlineData("on the ward last night my husband collapsed. is that common after mvd", GeneralQuestion.ButSaysNow)]
    [InlineData("had sudden hearing loss in 2020, steroids fixed it. now i have hfs on the same side, is that common", GeneralQuestion.Yes)]
    [InlineData("had sudden hearing loss in 2020, steroids fixed it. now i have ringing on the same side, is that common", GeneralQuestion.ButSaysNow)]
    [InlineData("what if the injection goes wrong and i cant swallow", GeneralQuestion.Yes)]
    [InlineData("had a fever on oxcarbazepine in march, the gp said it was a cold. its gone now, should i mention it", GeneralQuestion.Yes)]
    [InlineData("had a fever on oxcarbazepine in march, the gp said it was a cold. my hearing has gone now", GeneralQuestion.ButSaysNow)]
    // A time gone by covers what followed it ("lost hearing suddenly"), but not one still going on ("since last month").
    [InlineData("back in march my dad lost hearing suddenly after his mvd, steroids helped. would he need a hearing aid", GeneralQuestion.Yes)]
    [InlineData("last month my mother has high fever after operation, is it common", GeneralQuestion.Yes)]
    [InlineData("since last month my mother has a fever after the operation, is it common", GeneralQuestion.ButSaysNow)]
    // A past-tense condition with "would" is a hypothetical; so is asking where the line is, and "if I can't".
    [InlineData("if i suddenly lost hearing in one ear after the op would that be a reason to call", GeneralQuestion.Yes)]
    [InlineData("what are the warning signs? i suddenly lost hearing in one ear after the op", GeneralQuestion.ButSaysNow)]
    [InlineData("what are the warning signs, is hearing loss a wait and see or go now thing", GeneralQuestion.Yes)]
    [InlineData("what are the warning signs, my hearing is going now", GeneralQuestion.ButSaysNow)]
    [InlineData("what are the warning signs? should i wait or go now? clear fluid dripping from nose", GeneralQuestion.ButSaysNow)]
    [InlineData("in case it ever happens, what should i do if i cant swallow after injections", GeneralQuestion.Yes)]
    [InlineData("in case it ever happens, what should i do, i cant swallow after injections", GeneralQuestion.ButSaysNow)]
    [InlineData("last week my mum has a rash on tegretol, is that a known side effect", GeneralQuestion.Yes)]
    // A "now" that dates a recovery is not one; a symptom said with it still is.
    [InlineData("what are the warning signs of infection? he is now three weeks after the op", GeneralQuestion.Yes)]
    [InlineData("what are the warning signs of infection? he is now three weeks after the op and his wound is hot", GeneralQuestion.ButSaysNow)]
    // "if I got a fever ... would" is a hypothetical; a treatment still to come says nothing is happening.
    [InlineData("if i got a fever and stiff neck after mvd would that be straight to er", GeneralQuestion.Yes)]
    [InlineData("what are the warning signs after mvd? my op is next month and i want to be ready", GeneralQuestion.Yes)]
    [InlineData("what are the warning signs after mvd? my op was last week and my neck is stiff", GeneralQuestion.ButSaysNow)]
    public void AsGeneralQuestion_ANowThatNamesNoSymptom_DoesNotCount(string message, GeneralQuestion expected) =>
        Assert.Equal(expected, RealFaq.Catalog.Safety.Urgent.AsGeneralQuestion(TextNormalizer.Normalize(message, Triage.MaxInputLength)));

    [Fact]
    public void Classify_AStatementNeedsLessOfTheNetThanAQuestion()
    {
        // Vague statements no rule fires on, which the net scores from about 0.15 to 0.85. Which of them sit between
        // the two thresholds moves whenever examples are added, so the test takes every one that does (there are
        // usually a dozen) and needs at least one.
        string[] openings = ["everything feels", "it all feels", "all of me feels", "everything seems", "my body feels", "i feel"];
        string[] feelings = ["heavy and strange", "heavy and odd", "weird and heavy", "heavy and foggy", "strange and slow", "heavy and not right"];
        string[] times = ["today", "tonight", "this evening", "this morning", "right now", "again"];
        var safety = RealFaq.Catalog.Safety;
        var between = (from opening in openings
                       from feeling in feelings
                       from time in times
                       let statement = $"{opening} {feeling} {time}"
                       let normalized = TextNormalizer.Normalize(statement, Triage.MaxInputLength)
                       where safety.InTriageOrder.All(category => category.FirstFiringRule(normalized) is null)
                       let probability = safety.Net!.Assess(normalized).Probability
                       where probability >= SafetyNet.StatementThreshold && probability < SafetyNet.Threshold
                       select statement).ToArray();
        Assert.NotEmpty(between);

        foreach (var statement in between)
        {
            Assert.NotEqual(TriageCategory.None, RealFaq.Triage.Classify(statement).Category);
            Assert.True(RealFaq.Triage.Classify(statement + "?").IsOrdinary, statement);
        }
    }

    [Fact]
    public void Classify_NamesTheRuleThatFired() =>
        Assert.Equal("sudden hearing loss", RealFaq.Triage.Classify("i suddenly went deaf in one ear after my mvd").RuleName);
}
