using System.Text.Json.Serialization;
using HfsBot.Core.Answering;

namespace HfsBot.Cli;

/// <summary>
/// One line of the <c>ask --json</c> contract (design.md §3). Fields may be added, never renamed.
/// </summary>
internal sealed record AskJsonLine(
    [property: JsonPropertyName("question")] string Question,
    [property: JsonPropertyName("outcome")] string Outcome,
    [property: JsonPropertyName("id")] string? Id,
    [property: JsonPropertyName("score")] double Score,
    [property: JsonPropertyName("suggestions")] IReadOnlyList<string> Suggestions)
{
    public static AskJsonLine From(FaqReply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        return new AskJsonLine(
            reply.Question,
            reply.Outcome.WireName(),
            reply.Entry?.Id,
            Math.Round(reply.Score, 1),
            [.. reply.Suggestions.Select(s => s.Id)]);
    }
}

[JsonSourceGenerationOptions(WriteIndented = false, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(AskJsonLine))]
internal sealed partial class CliJsonContext : JsonSerializerContext;
