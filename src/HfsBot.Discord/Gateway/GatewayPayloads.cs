using System.Text.Json;
using System.Text.Json.Serialization;

namespace HfsBot.Discord.Gateway;

/// <summary>
/// A received frame: <c>{op, d, s, t}</c>. The published examples omit keys rather than sending null (Hello has no
/// <c>s</c>/<c>t</c>, an ACK has no <c>d</c>), so everything but <c>op</c> is optional.
/// </summary>
internal sealed record GatewayPayload
{
    public required int Op { get; init; }

    public JsonElement? D { get; init; }

    public long? S { get; init; }

    public string? T { get; init; }
}

internal static class GatewayOpcodes
{
    public const int Dispatch = 0;
    public const int Heartbeat = 1;
    public const int Identify = 2;
    public const int PresenceUpdate = 3;
    public const int Resume = 6;
    public const int Reconnect = 7;
    public const int InvalidSession = 9;
    public const int Hello = 10;
    public const int HeartbeatAck = 11;
}

internal sealed record HelloData
{
    public required double HeartbeatInterval { get; init; }
}

internal sealed record IdentifyData
{
    /// <summary>The raw token: the gateway takes no <c>Bot </c> prefix.</summary>
    public required string Token { get; init; }

    public required int Intents { get; init; }

    public required IdentifyProperties Properties { get; init; }
}

internal sealed record IdentifyProperties
{
    public required string Os { get; init; }

    public required string Browser { get; init; }

    public required string Device { get; init; }
}

internal sealed record ResumeData
{
    public required string Token { get; init; }

    public required string SessionId { get; init; }

    /// <summary>Named <c>seq</c> here, not <c>s</c>.</summary>
    public required long Seq { get; init; }
}

/// <summary>Op 3. Every field is required by the docs, so <c>since</c> is written even when null.</summary>
public sealed record PresenceUpdate
{
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public long? Since { get; init; }

    public IReadOnlyList<PresenceActivity> Activities { get; init; } = [];

    /// <summary>online, dnd, idle, invisible or offline.</summary>
    public string Status { get; init; } = "online";

    public bool Afk { get; init; }
}

public sealed record PresenceActivity
{
    public required string Name { get; init; }

    /// <summary>0 Playing, 2 Listening, 3 Watching, 4 Custom, 5 Competing.</summary>
    public int Type { get; init; }

    /// <summary>The text of a custom status (type 4).</summary>
    public string? State { get; init; }
}
