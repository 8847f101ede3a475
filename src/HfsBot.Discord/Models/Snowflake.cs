using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace HfsBot.Discord.Models;

/// <summary>
/// A Discord id. Sent as a JSON string (ids exceed 2^53, so JavaScript clients would lose precision); numbers are
/// accepted on input as well. The creation time is encoded in the top bits (REF "Snowflakes").
/// </summary>
[JsonConverter(typeof(SnowflakeJsonConverter))]
public readonly record struct Snowflake(ulong Value) : IComparable<Snowflake>
{
    /// <summary>Milliseconds since the Unix epoch of the first second of 2015, the Discord epoch.</summary>
    public const long DiscordEpochMilliseconds = 1_420_070_400_000;

    public DateTimeOffset CreatedAt => DateTimeOffset.FromUnixTimeMilliseconds((long)(Value >> 22) + DiscordEpochMilliseconds);

    public static Snowflake Parse(string text) => new(ulong.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture));

    public static bool TryParse(string? text, out Snowflake snowflake)
    {
        var ok = ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value);
        snowflake = new Snowflake(value);
        return ok;
    }

    public int CompareTo(Snowflake other) => Value.CompareTo(other.Value);

    public static bool operator <(Snowflake left, Snowflake right) => left.Value < right.Value;

    public static bool operator >(Snowflake left, Snowflake right) => left.Value > right.Value;

    public static bool operator <=(Snowflake left, Snowflake right) => left.Value <= right.Value;

    public static bool operator >=(Snowflake left, Snowflake right) => left.Value >= right.Value;

    public static implicit operator Snowflake(ulong value) => new(value);

    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}

public sealed class SnowflakeJsonConverter : JsonConverter<Snowflake>
{
    public override Snowflake Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.String when Snowflake.TryParse(reader.GetString(), out var id) => id,
        JsonTokenType.Number when reader.TryGetUInt64(out var value) => new Snowflake(value),
        _ => throw new JsonException("A snowflake must be a string of digits."),
    };

    public override void Write(Utf8JsonWriter writer, Snowflake value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());

    public override Snowflake ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Snowflake.TryParse(reader.GetString(), out var id) ? id : throw new JsonException("A snowflake key must be a string of digits.");

    public override void WriteAsPropertyName(Utf8JsonWriter writer, Snowflake value, JsonSerializerOptions options) =>
        writer.WritePropertyName(value.ToString());
}
