using System.Text;
using HfsBot.Discord.Gateway;

namespace HfsBot.Discord.Tests;

/// <summary>Reading op, t and s without d: what the receive loop uses to drop unhandled dispatches unread.</summary>
public sealed class GatewayFrameHeaderTests
{
    [Theory]
    [InlineData("""{"op": 0, "t": "TYPING_START", "s": 42, "d": {"channel_id": "1", "nested": [1, {"a": null}]}}""", 0, "TYPING_START", 42L)]
    [InlineData("""{"t": "MESSAGE_CREATE", "s": 7, "op": 0, "d": {"content": "the header comes first, as Discord sends it"}}""", 0, "MESSAGE_CREATE", 7L)]
    [InlineData("""{"d": {"big": "payload first"}, "s": 7, "t": "PRESENCE_UPDATE", "op": 0}""", 0, "PRESENCE_UPDATE", 7L)]
    [InlineData("""{"op": 11}""", 11, null, null)]
    [InlineData("""{"op": 10, "d": {"heartbeat_interval": 41250}, "s": null, "t": null}""", 10, null, null)]
    [InlineData("""{"op": 0, "t": "SOMETHING_NEW", "s": 3, "d": {}, "future_key": [true]}""", 0, "SOMETHING_NEW", 3L)]
    public void TryRead_ReadsTheHeader_WhereverDIs(string frame, int op, string? t, long? s)
    {
        Assert.True(GatewayFrameHeader.TryRead(Encoding.UTF8.GetBytes(frame), out var header));
        Assert.Equal(new GatewayFrameHeader(op, t, s), header);
        Assert.True(GatewayFrameHeader.IsWellFormed(Encoding.UTF8.GetBytes(frame)));
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[1, 2, 3]")]
    [InlineData("""{"op": "zero", "d": {}}""")]
    [InlineData("""{"d": {}, "t": "MESSAGE_CREATE"}""")]
    [InlineData("""{"op": 0, "t": "MESSAGE_CREATE", "s": "two", "d": {}}""")]
    [InlineData("""{"op": 0, "t": 5, "s": 1, "d": {}}""")]
    [InlineData("""{"d": {"unterminated": [1, 2}, "op": 0, "t": "TYPING_START", "s": 1}""")]
    public void TryRead_RefusesWhatTheFullParseMustReport(string frame) =>
        Assert.False(GatewayFrameHeader.TryRead(Encoding.UTF8.GetBytes(frame), out _));

    [Theory]
    [InlineData("""{"op": 0, "t": "TYPING_START", "s": 1, "d": {"unterminated": [1, 2}}""")]
    [InlineData("""{"op": 0, "t": "TYPING_START", "s": 1, "d": {}} {"op": 1}""")]
    [InlineData("""{"op": 0, "t": "TYPING_START", "s": 1, "d": {}""")]
    public void IsWellFormed_CatchesWhatFollowsACompleteHeader(string frame)
    {
        // The header alone reads fine: the receive loop checks the rest before dropping an unhandled event unread,
        // so that a malformed one is still reported by the full parse.
        Assert.True(GatewayFrameHeader.TryRead(Encoding.UTF8.GetBytes(frame), out _));
        Assert.False(GatewayFrameHeader.IsWellFormed(Encoding.UTF8.GetBytes(frame)));
    }
}
