using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace HfsBot.Services;

/// <summary>
/// What the running bot writes to <c>health.json</c> in <c>Data:Directory</c>, and what the <c>health</c> verb
/// (Docker's HEALTHCHECK) reads back.
/// </summary>
internal sealed record HealthReport(
    [property: JsonPropertyName("updated")] DateTimeOffset Updated,
    [property: JsonPropertyName("gatewayReady")] bool GatewayReady,
    [property: JsonPropertyName("lastHeartbeatAck")] DateTimeOffset? LastHeartbeatAck,
    [property: JsonPropertyName("faqEntries")] int FaqEntries)
{
    public const string FileName = "health.json";

    /// <summary>The report must be this fresh: the bot rewrites it every 5 seconds.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(60);

    /// <summary>Discord acknowledges a heartbeat every 41-45 seconds; two missed in a row is unhealthy.</summary>
    public static readonly TimeSpan MaxHeartbeatSilence = TimeSpan.FromSeconds(120);

    /// <summary>Null when healthy, otherwise one sentence saying what is wrong.</summary>
    public string? Problem(DateTimeOffset now)
    {
        if (now - Updated > MaxAge)
        {
            return string.Create(CultureInfo.InvariantCulture, $"the bot has not reported since {Updated:u}: it is stuck or not running");
        }

        if (FaqEntries == 0)
        {
            return "no FAQ entries are loaded";
        }

        if (LastHeartbeatAck is not { } ack)
        {
            return "the Discord gateway has not acknowledged a heartbeat yet";
        }

        if (!GatewayReady)
        {
            return "the bot is not connected to Discord (reconnecting, or stopped)";
        }

        if (now - ack > MaxHeartbeatSilence)
        {
            return string.Create(CultureInfo.InvariantCulture, $"the Discord gateway last acknowledged a heartbeat at {ack:u}");
        }

        return null;
    }

    public static HealthReport? TryRead(string path)
    {
        try
        {
            return JsonSerializer.Deserialize(File.ReadAllText(path), HealthJsonContext.Default.HealthReport);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException)
        {
            return null;
        }
    }
}

[JsonSerializable(typeof(HealthReport))]
internal sealed partial class HealthJsonContext : JsonSerializerContext;
