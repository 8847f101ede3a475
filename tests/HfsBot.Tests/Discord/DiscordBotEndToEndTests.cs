using System.Text.Json;
using HfsBot.Discord.Tests.Infrastructure;

namespace HfsBot.Tests.Discord;

/// <summary>The whole bot against the fake Discord: what members and moderators do, and what the bot sends.</summary>
public sealed class DiscordBotEndToEndTests
{
    private static void AssertSafeMessage(JsonElement body)
    {
        var mentions = body.GetProperty("allowed_mentions");
        Assert.Equal(0, mentions.GetProperty("parse").GetArrayLength());
        Assert.False(mentions.GetProperty("replied_user").GetBoolean()); // required: a reply must not ping its author
        Assert.Empty(DocsLimits.Check(body));
    }

    [Fact]
    public async Task Mention_IsAnsweredWithAnAnswerCardAsAReply()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var message = BotUnderTest.Message("how long does botox last", mentionsBot: true);

        await bot.DispatchAsync("MESSAGE_CREATE", message);

        var reply = BotUnderTest.Body(await bot.WaitForRequestAsync(r => BotUnderTest.IsMessageTo(r, BotUnderTest.ChannelId), "reply"));
        var embed = reply.GetProperty("embeds")[0];
        Assert.StartsWith("You asked about: How long does Botox last", embed.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Contains("https://", embed.GetProperty("fields")[0].GetProperty("value").GetString(), StringComparison.Ordinal);
        Assert.Equal("Sources", embed.GetProperty("fields")[0].GetProperty("name").GetString());
        Assert.Contains("Last reviewed 2026-", embed.GetProperty("footer").GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Contains("not medical advice", embed.GetProperty("footer").GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal(message["id"]!.GetValue<string>(), reply.GetProperty("message_reference").GetProperty("message_id").GetString());
        Assert.False(reply.GetProperty("message_reference").GetProperty("fail_if_not_exists").GetBoolean());
        AssertSafeMessage(reply);
    }

    [Fact]
    public async Task DirectMessage_IsAnswered()
    {
        await using var bot = await BotUnderTest.StartAsync();

        await bot.DispatchAsync("MESSAGE_CREATE", BotUnderTest.Message("what is hemifacial spasm", guildId: null));

        var reply = BotUnderTest.Body(await bot.WaitForRequestAsync(r => BotUnderTest.IsMessageTo(r, BotUnderTest.ChannelId), "reply to the DM"));
        Assert.StartsWith("You asked about: What is hemifacial spasm", reply.GetProperty("embeds")[0].GetProperty("title").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OrdinaryChannelChatter_BotsAndWebhooks_AreIgnored()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var before = bot.Discord.Requests.Count;

        await bot.DispatchAsync("MESSAGE_CREATE", BotUnderTest.Message("how long does botox last")); // no mention, not auto-answer
        await bot.DispatchAsync("MESSAGE_CREATE", BotUnderTest.Message("how long does botox last", mentionsBot: true, authorIsBot: true));
        var webhook = BotUnderTest.Message("how long does botox last", mentionsBot: true);
        webhook["webhook_id"] = "4444444444444444";
        await bot.DispatchAsync("MESSAGE_CREATE", webhook);
        await bot.DispatchAsync("MESSAGE_CREATE", BotUnderTest.Message("marker", guildId: null)); // a DM, to know the others were processed first
        await bot.WaitForRequestAsync(r => BotUnderTest.IsMessageTo(r, BotUnderTest.ChannelId), "reply to the marker DM", before);
        await Task.Delay(200); // events may be handled concurrently: give a late reply to the others time to show

        Assert.Single(bot.Discord.Requests.Skip(before), r => r.Method == "POST");
    }

    [Fact]
    public async Task SameMessageDeliveredTwice_IsAnsweredOnce()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var message = BotUnderTest.Message("what causes hemifacial spasm", mentionsBot: true);

        await bot.DispatchAsync("MESSAGE_CREATE", message);
        await bot.DispatchAsync("MESSAGE_CREATE", message);
        await bot.DispatchAsync("MESSAGE_CREATE", BotUnderTest.Message("marker", guildId: null));
        await bot.WaitForRequestAsync(r => BotUnderTest.IsMessageTo(r, BotUnderTest.ChannelId) && r.Body.Contains("\"content\"", StringComparison.Ordinal), "reply to the marker");
        await Task.Delay(200);

        Assert.Single(bot.Discord.Requests, r => BotUnderTest.IsMessageTo(r, BotUnderTest.ChannelId) && r.Body.Contains(message["id"]!.GetValue<string>(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task SlashFaq_IsEphemeralByDefault()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var interaction = BotUnderTest.Interaction(2, BotUnderTest.SlashFaq("is the brain op behind the ear risky"));

        await bot.DispatchAsync("INTERACTION_CREATE", interaction);

        var callback = BotUnderTest.Body(await bot.WaitForRequestAsync(r => BotUnderTest.IsCallbackFor(r, interaction["id"]!.GetValue<string>()), "/faq response"));
        Assert.Equal(4, callback.GetProperty("type").GetInt32());
        Assert.Equal(64, callback.GetProperty("data").GetProperty("flags").GetInt32());
        Assert.StartsWith("You asked about: What are the risks", callback.GetProperty("data").GetProperty("embeds")[0].GetProperty("title").GetString(), StringComparison.Ordinal);
        AssertSafeMessage(callback.GetProperty("data"));
    }

    [Fact]
    public async Task SameInteractionDeliveredTwice_IsAnsweredOnce()
    {
        // An interaction can be answered only once; a second callback would fail, and a redelivery after a
        // resume must not make the bot try.
        await using var bot = await BotUnderTest.StartAsync();
        var interaction = BotUnderTest.Interaction(2, BotUnderTest.SlashFaq("what causes hemifacial spasm"));
        var id = interaction["id"]!.GetValue<string>();

        await bot.DispatchAsync("INTERACTION_CREATE", interaction);
        await bot.DispatchAsync("INTERACTION_CREATE", interaction);
        await bot.DispatchAsync("MESSAGE_CREATE", BotUnderTest.Message("marker", guildId: null));
        await bot.WaitForRequestAsync(r => BotUnderTest.IsCallbackFor(r, id), "/faq response");
        await bot.WaitForRequestAsync(r => BotUnderTest.IsMessageTo(r, BotUnderTest.ChannelId), "reply to the marker");
        await Task.Delay(200); // events may be handled concurrently: give a second callback time to show

        Assert.Single(bot.Discord.Requests, r => BotUnderTest.IsCallbackFor(r, id));
    }

    [Fact]
    public async Task SlashFaqPublic_IsPostedForEveryone_AndARepeatPointsToIt()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var first = BotUnderTest.Interaction(2, BotUnderTest.SlashFaq("how long does botox last", isPublic: true));

        await bot.DispatchAsync("INTERACTION_CREATE", first);
        var deferral = BotUnderTest.Body(await bot.WaitForRequestAsync(r => BotUnderTest.IsCallbackFor(r, first["id"]!.GetValue<string>()), "deferral"));
        var edit = BotUnderTest.Body(await bot.WaitForRequestAsync(r => r.Method == "PATCH" && r.Path.EndsWith("/messages/@original", StringComparison.Ordinal), "answer"));
        await Task.Delay(200); // the fake records the edit before the bot reads Discord's answer and remembers the link
        var second = BotUnderTest.Interaction(2, BotUnderTest.SlashFaq("how long does botox last", isPublic: true));
        await bot.DispatchAsync("INTERACTION_CREATE", second);
        var repeat = BotUnderTest.Body(await bot.WaitForRequestAsync(r => BotUnderTest.IsCallbackFor(r, second["id"]!.GetValue<string>()), "repeat"));

        Assert.Equal(5, deferral.GetProperty("type").GetInt32());
        Assert.False(deferral.TryGetProperty("data", out var data) && data.TryGetProperty("flags", out _), "a public answer is not ephemeral");
        Assert.StartsWith("You asked about:", edit.GetProperty("embeds")[0].GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Contains("a moment ago: https://discord.com/channels/", repeat.GetProperty("data").GetProperty("content").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Autocomplete_OffersUpTo25Entries_AndAChoiceAnswersThatExactEntry()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var typing = BotUnderTest.Interaction(4, BotUnderTest.SlashFaq("botox", focused: true));

        await bot.DispatchAsync("INTERACTION_CREATE", typing);
        var choices = BotUnderTest.Body(await bot.WaitForRequestAsync(r => BotUnderTest.IsCallbackFor(r, typing["id"]!.GetValue<string>()), "autocomplete"))
            .GetProperty("data").GetProperty("choices").EnumerateArray().ToList();
        var chosen = choices[0].GetProperty("value").GetString()!;
        var submit = BotUnderTest.Interaction(2, BotUnderTest.SlashFaq(chosen));
        await bot.DispatchAsync("INTERACTION_CREATE", submit);
        var answer = BotUnderTest.Body(await bot.WaitForRequestAsync(r => BotUnderTest.IsCallbackFor(r, submit["id"]!.GetValue<string>()), "answer to the chosen entry"));

        Assert.InRange(choices.Count, 1, 25);
        Assert.All(choices, c => Assert.InRange(c.GetProperty("name").GetString()!.Length, 1, 100));
        Assert.All(choices, c => Assert.InRange(c.GetProperty("value").GetString()!.Length, 1, 100));
        Assert.StartsWith("botox-", chosen, StringComparison.Ordinal);
        Assert.Contains("You asked about:", answer.GetProperty("data").GetProperty("embeds")[0].GetProperty("title").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DidYouMean_ButtonsAnswerForTheClicker_AndNoneOfTheseIsLogged()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var ask = BotUnderTest.Interaction(2, BotUnderTest.SlashFaq("worried about the jabs"));

        await bot.DispatchAsync("INTERACTION_CREATE", ask);
        var suggestion = BotUnderTest.Body(await bot.WaitForRequestAsync(r => BotUnderTest.IsCallbackFor(r, ask["id"]!.GetValue<string>()), "did you mean")).GetProperty("data");
        var buttons = suggestion.GetProperty("components")[0].GetProperty("components").EnumerateArray().Select(b => b.GetProperty("custom_id").GetString()!).ToList();
        var pick = BotUnderTest.Interaction(3, BotUnderTest.Button(buttons[0]));
        await bot.DispatchAsync("INTERACTION_CREATE", pick);
        var picked = BotUnderTest.Body(await bot.WaitForRequestAsync(r => BotUnderTest.IsCallbackFor(r, pick["id"]!.GetValue<string>()), "picked answer")).GetProperty("data");
        var none = BotUnderTest.Interaction(3, BotUnderTest.Button(buttons[^1]));
        await bot.DispatchAsync("INTERACTION_CREATE", none);
        var thanks = BotUnderTest.Body(await bot.WaitForRequestAsync(r => BotUnderTest.IsCallbackFor(r, none["id"]!.GetValue<string>()), "none-of-these reply")).GetProperty("data");

        Assert.Contains("Did you mean", suggestion.GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("faq:pick:", buttons[0], StringComparison.Ordinal);
        Assert.StartsWith("faq:none:", buttons[^1], StringComparison.Ordinal);
        Assert.All(buttons, id => Assert.InRange(id.Length, 1, 100));
        Assert.Equal(64, picked.GetProperty("flags").GetInt32());
        Assert.Contains("You asked about:", picked.GetProperty("embeds")[0].GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Contains("passed the question on", thanks.GetProperty("content").GetString(), StringComparison.Ordinal);
        await bot.StopAsync(); // flushes the log
        var log = await File.ReadAllTextAsync(Path.Combine(bot.DataDirectory, "unanswered.jsonl"));
        Assert.Contains("\"outcome\":\"none-of-these\"", log, StringComparison.Ordinal);
        Assert.Contains("worried about the jabs", log, StringComparison.Ordinal);
        Assert.DoesNotContain(BotUnderTest.MemberId.ToString(System.Globalization.CultureInfo.InvariantCulture), log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerWithFaq_PostsTheAnswerAsAReplyToTheMembersMessage()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var memberMessage = BotUnderTest.Message("does anyone know how long the jabs last for hfs?");
        var command = BotUnderTest.Interaction(2, BotUnderTest.AnswerWithFaq(memberMessage));

        await bot.DispatchAsync("INTERACTION_CREATE", command);

        var posted = BotUnderTest.Body(await bot.WaitForRequestAsync(r => BotUnderTest.IsMessageTo(r, BotUnderTest.ChannelId), "posted answer"));
        var ack = BotUnderTest.Body(await bot.WaitForRequestAsync(r => BotUnderTest.IsCallbackFor(r, command["id"]!.GetValue<string>()), "helper's acknowledgement"));
        Assert.Equal(memberMessage["id"]!.GetValue<string>(), posted.GetProperty("message_reference").GetProperty("message_id").GetString());
        Assert.StartsWith("You asked about: How long does Botox last", posted.GetProperty("embeds")[0].GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal(64, ack.GetProperty("data").GetProperty("flags").GetInt32());
        AssertSafeMessage(posted);
    }

    [Fact]
    public async Task FaqAdmin_RefusesMembers_AndServesModeratorsByRoleOrPermission()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var member = BotUnderTest.Interaction(2, BotUnderTest.SlashAdmin("stats"));
        var byRole = BotUnderTest.Interaction(2, BotUnderTest.SlashAdmin("stats"), roles: [BotUnderTest.ModeratorRoleId]);
        var byPermission = BotUnderTest.Interaction(2, BotUnderTest.SlashAdmin("gaps"), permissions: "32");

        await bot.DispatchAsync("INTERACTION_CREATE", member);
        await bot.DispatchAsync("INTERACTION_CREATE", byRole);
        await bot.DispatchAsync("INTERACTION_CREATE", byPermission);

        string Content(JsonElement callback) => callback.GetProperty("data").GetProperty("content").GetString()!;
        var refused = BotUnderTest.Body(await bot.WaitForRequestAsync(r => BotUnderTest.IsCallbackFor(r, member["id"]!.GetValue<string>()), "refusal"));
        var stats = BotUnderTest.Body(await bot.WaitForRequestAsync(r => BotUnderTest.IsCallbackFor(r, byRole["id"]!.GetValue<string>()), "stats"));
        // Gaps may take a while to group: it is acknowledged (deferred, only the moderator sees it), then edited in.
        var gapsDeferral = BotUnderTest.Body(await bot.WaitForRequestAsync(r => BotUnderTest.IsCallbackFor(r, byPermission["id"]!.GetValue<string>()), "gaps deferral"));
        var gaps = BotUnderTest.Body(await bot.WaitForRequestAsync(r => r.Method == "PATCH" && r.Path.EndsWith("/messages/@original", StringComparison.Ordinal), "gaps report"));
        Assert.Contains("for the group's moderators", Content(refused), StringComparison.Ordinal);
        Assert.Contains("replies:", Content(stats), StringComparison.Ordinal);
        Assert.Equal(5, gapsDeferral.GetProperty("type").GetInt32());
        Assert.Contains("unanswered", gaps.GetProperty("content").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.All([refused, stats, gapsDeferral], c => Assert.Equal(64, c.GetProperty("data").GetProperty("flags").GetInt32()));
    }

    [Fact]
    public async Task FaqAdminReload_WithABrokenFile_KeepsServingAndReportsTheErrors()
    {
        await using var bot = await BotUnderTest.StartAsync("--Faq:WatchForChanges=false");
        var broken = bot.Faq.File("botox-duration-frequency.md");
        await File.WriteAllTextAsync(broken, (await File.ReadAllTextAsync(broken)).Replace("reviewed: 2026-11-21", "reviewed: last week", StringComparison.Ordinal));
        var reload = BotUnderTest.Interaction(2, BotUnderTest.SlashAdmin("reload"), permissions: "32");

        await bot.DispatchAsync("INTERACTION_CREATE", reload);

        var report = BotUnderTest.Body(await bot.WaitForRequestAsync(r => r.Method == "PATCH" && r.Path.EndsWith("/messages/@original", StringComparison.Ordinal), "reload report"));
        var modLog = BotUnderTest.Body(await bot.WaitForRequestAsync(r => BotUnderTest.IsMessageTo(r, BotUnderTest.ModLogChannelId), "mod-log notice"));
        Assert.Contains("**not** reloaded", report.GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.Contains($"{broken}:", report.GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.Contains("'reviewed' must be a date", modLog.GetProperty("content").GetString(), StringComparison.Ordinal);
        var ask = BotUnderTest.Message("how long does botox last", mentionsBot: true);
        await bot.DispatchAsync("MESSAGE_CREATE", ask);
        var stillServed = BotUnderTest.Body(await bot.WaitForRequestAsync(r => BotUnderTest.IsMessageTo(r, BotUnderTest.ChannelId) && r.Body.Contains(ask["id"]!.GetValue<string>(), StringComparison.Ordinal), "answer after the failed reload"));
        Assert.StartsWith("You asked about: How long does Botox last", stillServed.GetProperty("embeds")[0].GetProperty("title").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FaqAdminReload_WhenNothingWasLoaded_ServesTheValidFilesAndSaysSo()
    {
        using var empty = new HfsBot.Testing.TempFaqFolder();
        await using var bot = await BotUnderTest.StartAsync("--Faq:WatchForChanges=false", $"--Faq:Directory={empty.Path}");
        empty.WriteEntry("botox-duration", HfsBot.Testing.TempFaqFolder.ValidEntry());
        empty.WriteEntry("broken", HfsBot.Testing.TempFaqFolder.ValidEntry(title: "What is HFS?", questions: ["what is this condition", "explain it to me", "what does it mean"], reviewed: "soon"));
        var reload = BotUnderTest.Interaction(2, BotUnderTest.SlashAdmin("reload"), permissions: "32");

        await bot.DispatchAsync("INTERACTION_CREATE", reload);

        // With no good set to keep, the library swaps in the valid entries despite the errors: the report must say so.
        var report = BotUnderTest.Body(await bot.WaitForRequestAsync(r => r.Method == "PATCH" && r.Path.EndsWith("/messages/@original", StringComparison.Ordinal), "reload report"))
            .GetProperty("content").GetString()!;
        Assert.StartsWith("FAQ reloaded with 1 errors: 1 entries serving, 1 files skipped.", report, StringComparison.Ordinal);
        Assert.DoesNotContain("not** reloaded", report, StringComparison.Ordinal);
        Assert.Contains("'reviewed' must be a date", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HotReload_AfterAnEdit_PicksUpTheChangeAndTellsTheModerators()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var file = bot.Faq.File("ear-clicking.md");

        await File.WriteAllTextAsync(file, (await File.ReadAllTextAsync(file)).Replace("questions:\n", "questions:\n  - why does my ear go tick tock when my cheek jumps\n", StringComparison.Ordinal));

        var notice = BotUnderTest.Body(await bot.WaitForRequestAsync(r => BotUnderTest.IsMessageTo(r, BotUnderTest.ModLogChannelId), "reload notice"));
        Assert.StartsWith("FAQ reloaded: 42 entries", notice.GetProperty("content").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Urgent_GetsTheSafetyReplyAtOnce_AndModeratorsGetALinkNotTheText()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var message = BotUnderTest.Message("had mvd 5 days ago and clear fluid keeps dripping from my nose", mentionsBot: true);

        await bot.DispatchAsync("MESSAGE_CREATE", message);

        var reply = BotUnderTest.Body(await bot.WaitForRequestAsync(r => BotUnderTest.IsMessageTo(r, BotUnderTest.ChannelId), "safety reply"));
        var notice = BotUnderTest.Body(await bot.WaitForRequestAsync(r => BotUnderTest.IsMessageTo(r, BotUnderTest.ModLogChannelId), "mod-log notice")).GetProperty("content").GetString()!;
        Assert.Contains("emergency", reply.GetProperty("content").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("999", reply.GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.False(reply.TryGetProperty("embeds", out _), "the emergency text stands alone, not inside an FAQ card");
        Assert.Contains($"https://discord.com/channels/{BotUnderTest.GuildId}/{BotUnderTest.ChannelId}/{message["id"]}", notice, StringComparison.Ordinal);
        Assert.DoesNotContain("dripping from my nose", notice, StringComparison.OrdinalIgnoreCase); // the member's words stay in the channel
        AssertSafeMessage(reply);
    }

    [Fact]
    public async Task Cooldown_SlowsAMemberDown_ButNeverAnEmergency()
    {
        await using var bot = await BotUnderTest.StartAsync("--Discord:QuestionsPerMemberPerMinute=2");
        string[] questions = ["what is hfs", "what causes hfs", "is hfs dangerous"];

        foreach (var question in questions)
        {
            await bot.DispatchAsync("MESSAGE_CREATE", BotUnderTest.Message(question, mentionsBot: true));
            await bot.WaitForRequestAsync(r => BotUnderTest.IsMessageTo(r, BotUnderTest.ChannelId) && r.Body.Contains(question == "is hfs dangerous" ? "several questions in a row" : "You asked about", StringComparison.Ordinal), question);
        }

        await bot.DispatchAsync("MESSAGE_CREATE", BotUnderTest.Message("i want to end my life", mentionsBot: true));
        var crisis = await bot.WaitForRequestAsync(r => BotUnderTest.IsMessageTo(r, BotUnderTest.ChannelId) && r.Body.Contains("988", StringComparison.Ordinal), "crisis reply despite the cooldown");
        Assert.NotNull(crisis);

        // Design §4: every triage reply ignores the cooldown, personal medical advice included.
        var before = bot.Discord.Requests.Count;
        await bot.DispatchAsync("MESSAGE_CREATE", BotUnderTest.Message("how many mg of tegretol should i be taking", mentionsBot: true));
        var advice = await bot.WaitForRequestAsync(r => BotUnderTest.IsMessageTo(r, BotUnderTest.ChannelId), "advice reply despite the cooldown", before);
        Assert.Contains("your own doctor", advice.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("several questions in a row", advice.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AutoAnswerChannel_AnswersOnlyConfidentQuestions()
    {
        await using var bot = await BotUnderTest.StartAsync($"--Discord:AutoAnswerChannelIds:0={BotUnderTest.AutoAnswerChannelId}");
        var before = bot.Discord.Requests.Count;

        await bot.DispatchAsync("MESSAGE_CREATE", BotUnderTest.Message("good morning everyone, hope you're all well", channelId: BotUnderTest.AutoAnswerChannelId));
        await bot.DispatchAsync("MESSAGE_CREATE", BotUnderTest.Message("is bells palsy contagious?", channelId: BotUnderTest.AutoAnswerChannelId));
        await bot.DispatchAsync("MESSAGE_CREATE", BotUnderTest.Message("how long does botox last?", channelId: BotUnderTest.AutoAnswerChannelId));
        var answer = BotUnderTest.Body(await bot.WaitForRequestAsync(r => BotUnderTest.IsMessageTo(r, BotUnderTest.AutoAnswerChannelId), "auto answer", before));
        await bot.DispatchAsync("MESSAGE_CREATE", BotUnderTest.Message("what is the success rate of mvd?", channelId: BotUnderTest.AutoAnswerChannelId)); // same member: cooldown
        await Task.Delay(500);
        Assert.StartsWith("You asked about: How long does Botox last", answer.GetProperty("embeds")[0].GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Single(bot.Discord.Requests.Skip(before), r => BotUnderTest.IsMessageTo(r, BotUnderTest.AutoAnswerChannelId));
        var identify = bot.Gateway.Frames.First(f => f.Op == 2);
        Assert.Equal(37377, identify.D!["intents"]!.GetValue<int>()); // Message Content only because of the auto-answer channel
    }

    [Fact]
    public async Task Commands_AreRegisteredOncePerGuild_WhenGuildsAreConfigured()
    {
        await using var bot = await BotUnderTest.StartAsync($"--Discord:GuildIds:0={BotUnderTest.GuildId}");

        var registration = await bot.WaitForRequestAsync(r => r.Method == "PUT", "registration");
        var names = BotUnderTest.Body(registration).EnumerateArray().Select(c => c.GetProperty("name").GetString()!).ToArray();

        Assert.Equal($"/applications/{FakeDiscord.ApplicationId}/guilds/{BotUnderTest.GuildId}/commands", registration.Path);
        Assert.Equal(["faq", "faqadmin", "Answer with FAQ"], names);
        Assert.Equal(4609, bot.Gateway.Frames.First(f => f.Op == 2).D!["intents"]!.GetValue<int>());
    }

    [Fact]
    public async Task Stop_ClosesTheGatewayWith1000_AndExitsZero()
    {
        await using var bot = await BotUnderTest.StartAsync();

        var exitCode = await bot.StopAsync();

        Assert.Equal(0, exitCode);
        await bot.Gateway.Completion.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(1000, bot.Gateway.ClientCloseStatus);
    }
}

public sealed class DiscordBotLifecycleTests
{
    [Theory]
    [InlineData(4004, "rejected the bot token")]
    [InlineData(4014, "Message Content intent")]
    public async Task FatalCloseCode_StopsTheBotWithExitCode3AndAPlainSentence(int closeCode, string sentence)
    {
        await using var bot = await BotUnderTest.StartAsync(
            discord => discord.Script = async connection =>
            {
                await connection.SendHelloAsync();
                await connection.NextOpAsync(2);
                await connection.CloseAsync(closeCode);
            },
            waitForCommands: false);

        // The wait includes start-up (the bot is not waited for first), which alone has passed ten seconds on two
        // busy cores; 20 seconds here once timed out in CI.
        var exitCode = await bot.Run.WaitAsync(BotUnderTest.StartUpTimeout + TimeSpan.FromSeconds(10));

        Assert.Equal(3, exitCode);
        Assert.Contains("HfsBot stopped:", bot.Errors.ToString(), StringComparison.Ordinal);
        Assert.Contains(sentence, bot.Errors.ToString(), StringComparison.Ordinal);
        Assert.Single(bot.Discord.Connections); // no reconnect attempts after a fatal code
    }

    [Fact]
    public async Task Health_IsReportedFromTheLiveGateway_AndReadByTheHealthVerb()
    {
        await using var bot = await BotUnderTest.StartAsync(discord => discord.HeartbeatIntervalMs = 200, waitForCommands: true);
        var file = Path.Combine(bot.DataDirectory, "health.json");

        for (var waited = 0; waited < 12_000 && !(File.Exists(file) && File.ReadAllText(file).Contains("\"lastHeartbeatAck\":\"", StringComparison.Ordinal)); waited += 100)
        {
            await Task.Delay(100);
        }

        var healthy = await AppRunner.RunAsync("", "health", $"--Data:Directory={bot.DataDirectory}");
        Assert.Equal(0, healthy.ExitCode);
        Assert.Contains("healthy: 42 FAQ entries", healthy.Out, StringComparison.Ordinal);

        Assert.Equal(0, await bot.StopAsync());
        var stopped = await AppRunner.RunAsync("", "health", $"--Data:Directory={bot.DataDirectory}");
        Assert.Equal(1, stopped.ExitCode);
        Assert.Contains("unhealthy: the bot is not connected to Discord", stopped.Error, StringComparison.Ordinal);
    }
}

public sealed class DiscordBotPayloadTests
{
    /// <summary>Every kind of reply the bot sends, then every message body it sent: no pings, within limits.</summary>
    [Fact]
    public async Task EveryOutgoingMessage_SuppressesMentionsAndFitsDiscordLimits()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var flows = new List<(string Event, System.Text.Json.Nodes.JsonObject Data)>
        {
            ("MESSAGE_CREATE", BotUnderTest.Message("@everyone how long does botox last", mentionsBot: true)),
            ("MESSAGE_CREATE", BotUnderTest.Message("worried about the jabs", guildId: null)),
            ("MESSAGE_CREATE", BotUnderTest.Message("is bells palsy contagious", guildId: null)),
            ("MESSAGE_CREATE", BotUnderTest.Message("how many mg of tegretol should i take", guildId: null)),
            ("MESSAGE_CREATE", BotUnderTest.Message("my dad's face just drooped and his speech is slurred", mentionsBot: true, authorId: 8_000_000_000_000_002)),
            ("INTERACTION_CREATE", BotUnderTest.Interaction(2, BotUnderTest.SlashFaq("what are the risks of mvd", isPublic: true))),
            ("INTERACTION_CREATE", BotUnderTest.Interaction(2, BotUnderTest.AnswerWithFaq(BotUnderTest.Message("what is hemifacial spasm")))),
            ("INTERACTION_CREATE", BotUnderTest.Interaction(2, BotUnderTest.SlashAdmin("stats"), permissions: "8")),
        };

        foreach (var (name, data) in flows)
        {
            await bot.DispatchAsync(name, data);
        }

        await bot.WaitForRequestAsync(r => BotUnderTest.IsMessageTo(r, BotUnderTest.ModLogChannelId), "the urgent notice");
        await Task.Delay(500);
        var messages = bot.Discord.Requests
            .Where(r => (r.Method == "POST" && (r.Path.Contains("/messages", StringComparison.Ordinal) || r.Path.Contains("/callback", StringComparison.Ordinal))) || r.Method == "PATCH")
            .Select(r => (r.Path, Body: BotUnderTest.Body(r)))
            .Select(r => (r.Path, Message: r.Body.TryGetProperty("data", out var data) ? data : r.Body))
            .Where(r => r.Message.ValueKind == System.Text.Json.JsonValueKind.Object && (r.Message.TryGetProperty("content", out _) || r.Message.TryGetProperty("embeds", out _)))
            .ToList();

        Assert.True(messages.Count >= 9, $"expected a reply to every flow, got {messages.Count}");
        foreach (var (path, message) in messages)
        {
            var mentions = message.GetProperty("allowed_mentions");
            Assert.True(mentions.GetProperty("parse").GetArrayLength() == 0, path);
            Assert.True(mentions.TryGetProperty("replied_user", out var repliedUser) && !repliedUser.GetBoolean(), path);
            Assert.Empty(DocsLimits.Check(message));
        }
    }
}
