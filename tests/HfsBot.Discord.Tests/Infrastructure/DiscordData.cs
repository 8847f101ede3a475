using System.Text.Json;
using System.Text.Json.Nodes;

namespace HfsBot.Discord.Tests.Infrastructure;

/// <summary>Discord's published samples, copied into the test output (see DiscordData/SOURCES.md).</summary>
internal static class DiscordData
{
    public static string PathOf(string relative) => Path.Combine(AppContext.BaseDirectory, "DiscordData", relative);

    public static string Text(string relative) => File.ReadAllText(PathOf(relative));

    public static JsonElement Json(string relative)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(PathOf(relative)));
        return document.RootElement.Clone();
    }

    public static JsonNode Node(string relative) => JsonNode.Parse(File.ReadAllBytes(PathOf(relative)))!;

    /// <summary>Structural equality: same keys and values, key order and whitespace ignored.</summary>
    public static bool JsonEqual(string a, string b) => JsonNode.DeepEquals(JsonNode.Parse(a), JsonNode.Parse(b));
}
