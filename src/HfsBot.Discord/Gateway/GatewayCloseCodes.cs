namespace HfsBot.Discord.Gateway;

internal enum CloseAction
{
    /// <summary>Reconnect and resume (identify when there is no session).</summary>
    Resume,

    /// <summary>Reconnect with a new session.</summary>
    Identify,

    /// <summary>Stop: reconnecting cannot succeed until an operator changes something.</summary>
    Fatal,
}

/// <summary>What to do after Discord closes the connection (OPC "Gateway Close Event Codes", protocol.md 1.12).</summary>
internal static class GatewayCloseCodes
{
    public static CloseAction Classify(int? closeCode) => closeCode switch
    {
        4004 or 4010 or 4011 or 4012 or 4013 or 4014 => CloseAction.Fatal,

        // 4003 "not authenticated" means the session is gone; 4007 and 4009 tell us to start a new session; 4006 is
        // an old code that Discord.Net treats as fatal: a new session is the cautious middle way.
        4003 or 4006 or 4007 or 4009 => CloseAction.Identify,

        // 4000-4002, 4005, 4008, other 4xxx, server-sent 1000/1001/1005 and no close frame at all (1006): the
        // session may still be alive, and a resume that is too late is answered with op 9.
        _ => CloseAction.Resume,
    };

    /// <summary>One plain sentence for the operator; null for codes that are not fatal.</summary>
    public static string? FatalSentence(int closeCode) => closeCode switch
    {
        4004 => "Discord rejected the bot token (close code 4004): check Discord:Token; it may have been reset.",
        4010 => "Discord rejected the shard settings (close code 4010, invalid shard): HfsBot connects as a single unsharded client, so this is a bug in HfsBot.Discord.",
        4011 => "Discord requires sharding for this bot (close code 4011): it is in too many guilds for one connection, which HfsBot does not support.",
        4012 => "Discord rejected the gateway API version (close code 4012): this HfsBot.Discord version speaks a gateway version Discord no longer accepts; update HfsBot.",
        4013 => "Discord rejected the requested intents as invalid (close code 4013): the intent bitfield sent by HfsBot.Discord is wrong, which is a bug.",
        4014 => "Discord refused the Message Content intent (close code 4014): enable it for this bot in the Developer Portal (Bot > Privileged Gateway Intents), or remove Discord:AutoAnswerChannelIds.",
        _ => null,
    };

    /// <summary>Codes that mean the client sent something wrong: reconnecting is right, but it is a bug to report.</summary>
    public static bool IndicatesClientBug(int? closeCode) => closeCode is 4001 or 4002 or 4003 or 4005 or 4008;
}

/// <summary>The gateway cannot continue; <see cref="Exception.Message"/> is the plain sentence for the operator.</summary>
public sealed class DiscordFatalException : Exception
{
    public DiscordFatalException()
    {
    }

    public DiscordFatalException(string message)
        : base(message)
    {
    }

    public DiscordFatalException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public DiscordFatalException(string message, int? closeCode)
        : base(message)
    {
        CloseCode = closeCode;
    }

    /// <summary>The gateway close code that caused it, if any.</summary>
    public int? CloseCode { get; }
}

/// <summary>A gateway payload over Discord's 4096-byte limit was refused instead of sent (Discord would close with 4002).</summary>
public sealed class GatewayPayloadTooLargeException : Exception
{
    public GatewayPayloadTooLargeException()
    {
    }

    public GatewayPayloadTooLargeException(string message)
        : base(message)
    {
    }

    public GatewayPayloadTooLargeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
