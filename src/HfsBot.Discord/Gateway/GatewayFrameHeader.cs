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
    /// Reads until <c>op</c>, <c>t</c> and <c>s</c> are all known. Discord sends them before <c>d</c>, so for a
    /// dispatch this costs a few tokens and the rest of the frame is not read (<see cref="IsWellFormed"/> checks it
    /// when that matters). False when the frame does not start as a JSON object, <c>op</c> is missing or not a whole
    /// number, or <c>t</c>/<c>s</c> have the wrong type: the full parse then reports what is wrong.
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
            bool seenT = false, seenS = false;
            while ((op is null || !seenT || !seenS) && reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
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
                else if (name.SequenceEqual("t"u8))
                {
                    seenT = true;
                    if (reader.TokenType is not (JsonTokenType.String or JsonTokenType.Null))
                    {
                        return false;
                    }

                    t = reader.GetString();
                }
                else if (name.SequenceEqual("s"u8))
                {
                    seenS = true;
                    if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var value))
                    {
                        s = value;
                    }
                    else if (reader.TokenType != JsonTokenType.Null)
                    {
                        return false;
                    }
                }
                else
                {
                    reader.Skip(); // "d" before the header, or a key Discord may add: skipped, never copied
                }
            }

            if (op is null)
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

    /// <summary>Whether the frame is one complete JSON object and nothing else: read through, nothing copied.</summary>
    public static bool IsWellFormed(ReadOnlySpan<byte> frame)
    {
        var reader = new Utf8JsonReader(frame);
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            reader.Skip();
            return !reader.Read();
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
