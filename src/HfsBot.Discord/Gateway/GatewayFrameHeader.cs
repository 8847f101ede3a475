using System.Text.Json;

namespace HfsBot.Discord.Gateway;

/// <summary>
/// The <c>op</c>, <c>t</c> and <c>s</c> of a received frame, read without materialising <c>d</c>. Most dispatches
/// a bot receives (typing, presences, reactions) have no handler: reading only their header spares copying a
/// payload that nobody will look at.
/// </summary>
internal readonly record struct GatewayFrameHeader(int Op, string? T, long? S)
{
    /// <summary>
    /// False when the frame is not a JSON object with a whole-number <c>op</c>, or <c>t</c>/<c>s</c> have the wrong
    /// type, or it is not valid JSON at all: the full parse then reports what is wrong with it.
    /// </summary>
    public static bool TryRead(ReadOnlySpan<byte> frame, out GatewayFrameHeader header)
    {
        header = default;
        var reader = new Utf8JsonReader(frame);
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            int? op = null;
            string? t = null;
            long? s = null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.ValueSpan;
                reader.Read();
                if (name.SequenceEqual("op"u8))
                {
                    if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt32(out var value))
                    {
                        return false;
                    }

                    op = value;
                }
                else if (name.SequenceEqual("t"u8) && reader.TokenType != JsonTokenType.Null)
                {
                    if (reader.TokenType != JsonTokenType.String)
                    {
                        return false;
                    }

                    t = reader.GetString();
                }
                else if (name.SequenceEqual("s"u8) && reader.TokenType != JsonTokenType.Null)
                {
                    if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt64(out var value))
                    {
                        return false;
                    }

                    s = value;
                }
                else
                {
                    reader.Skip(); // "d", or a key Discord may add: skipped, never copied
                }
            }

            if (reader.TokenType != JsonTokenType.EndObject || op is null || reader.Read())
            {
                return false;
            }

            header = new GatewayFrameHeader(op.Value, t, s);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
