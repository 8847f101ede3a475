using System.Collections.Immutable;
using System.Text.Json;
using HfsBot.Core.Answering;
using HfsBot.Core.Faq;
using HfsBot.Discord.Bot;
using HfsBot.Discord.Json;
using HfsBot.Discord.Tests.Infrastructure;

namespace HfsBot.Discord.Tests.Bot;

/// <summary>Whatever moderators write, a reply stays inside Discord's limits and never pings anyone.</summary>
public sealed class DiscordReplyBuilderTests
{
    private static FaqEntry Entry(string id, int titleLength = 60, int bodyLength = 500, int sources = 2, string[]? related = null) => new()
    {
        Id = id,
        Title = new string('T', titleLength - 1) + "?",
        Questions = ["a", "b", "c"],
        Sources = [.. Enumerable.Range(0, sources).Select(i => new FaqSource($"A [long] source title number {i} " + new string('s', 150), "Publisher", new Uri($"https://www.ncbi.nlm.nih.gov/books/NBK{i}/")))],
        Reviewed = new DateOnly(2026, 11, 21),
        ReviewedBy = "HfsBot FAQ team",
        ReviewDue = new DateOnly(2027, 11, 21),
        Related = [.. related ?? []],
        Body = string.Concat(Enumerable.Repeat("word ", bodyLength / 5)),
        FilePath = id + ".md",
    };

    private static JsonElement Serialize(DiscordReply reply) =>
        JsonSerializer.SerializeToElement(reply.AsMessage(replyTo: 1), DiscordJsonContext.Default.MessageCreateRequest);

    [Fact]
    public void Answer_WithOversizedContent_StaysWithinEveryLimit()
    {
        var related = Enumerable.Range(0, 5).Select(i => Entry($"related-{i}", titleLength: 190)).ToList();
        var entry = Entry("huge", titleLength: 200, bodyLength: 4000, sources: 40, related: [.. related.Select(r => r.Id)]);
        var reply = new FaqReply
        {
            Question = "q",
            Outcome = ReplyOutcome.Answer,
            Entry = entry,
            Score = 90,
            Related = [.. related],
            Disclaimer = new string('d', 2500),
        };

        var body = Serialize(DiscordReplyBuilder.Build(reply));

        Assert.Empty(DocsLimits.Check(body));
        var embed = body.GetProperty("embeds")[0];
        Assert.Contains("…and", embed.GetProperty("fields")[0].GetProperty("value").GetString(), StringComparison.Ordinal);
        Assert.True(embed.GetProperty("footer").GetProperty("text").GetString()!.Length <= 2048);
        Assert.Equal(0, body.GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength());
    }

    [Fact]
    public void Suggest_HasOneButtonPerSuggestionAndNoneOfThese_WithShortLabelsAndIds()
    {
        var entries = Enumerable.Range(0, 3).Select(i => Entry($"entry-with-a-fairly-long-id-{i}", titleLength: 150)).ToImmutableArray();
        var reply = new FaqReply { Question = "q", Outcome = ReplyOutcome.Suggest, Suggestions = entries, Message = "Did you mean?", Disclaimer = "Not medical advice." };

        var body = Serialize(DiscordReplyBuilder.Build(reply, "abc123"));

        var buttons = body.GetProperty("components")[0].GetProperty("components").EnumerateArray().ToList();
        Assert.Equal(4, buttons.Count);
        Assert.Equal("None of these", buttons[^1].GetProperty("label").GetString());
        Assert.Equal("faq:none:abc123", buttons[^1].GetProperty("custom_id").GetString());
        Assert.All(buttons, b => Assert.InRange(b.GetProperty("label").GetString()!.Length, 1, 80));
        Assert.All(buttons, b => Assert.InRange(b.GetProperty("custom_id").GetString()!.Length, 1, 100));
        Assert.Empty(DocsLimits.Check(body));
    }

    [Fact]
    public void SafetyReply_IsPlainTextWithTheDisclaimer_AndWithinTheContentLimit()
    {
        var reply = new FaqReply { Question = "q", Outcome = ReplyOutcome.Urgent, Message = new string('u', 2500), Disclaimer = "Not medical advice." };

        var body = Serialize(DiscordReplyBuilder.Build(reply));

        Assert.False(body.TryGetProperty("embeds", out _));
        Assert.InRange(body.GetProperty("content").GetString()!.Length, 1, 2000);
    }

    [Theory]
    [InlineData("short", 10, "short")]
    [InlineData("a sentence that is much too long for the limit", 20, "a sentence that is…")]
    public void Truncate_CutsAtAWordAndMarksTheCut(string text, int max, string expected) =>
        Assert.Equal(expected, DiscordLimits.Truncate(text, max));

    [Fact]
    public void Truncate_NeverSplitsASurrogatePair()
    {
        var text = new string('a', 8) + "😀😀😀";

        var cut = DiscordLimits.Truncate(text, 10);

        Assert.True(cut.Length <= 10);
        Assert.False(char.IsHighSurrogate(cut[^2]) && !char.IsLowSurrogate(cut[^1]));
    }
}
