using System.Text.Json;

namespace HfsBot.Discord.Tests.Infrastructure;

/// <summary>
/// Limits from Discord's docs that the OpenAPI spec does not state, or states differently (protocol.md section 7:
/// the docs win): content 2000 (spec: 4000), the 6000-character embed total, autocomplete choice values 100 (spec:
/// 6000), and <c>parse</c> conflicting with an explicit <c>users</c>/<c>roles</c> list.
/// </summary>
internal static class DocsLimits
{
    public static IReadOnlyList<SchemaViolation> Check(JsonElement body)
    {
        var violations = new List<SchemaViolation>();
        if (body.ValueKind != JsonValueKind.Object)
        {
            return violations;
        }

        CheckMessage(body, "", violations);
        if (body.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object)
        {
            CheckMessage(data, "data", violations);
            if (data.TryGetProperty("choices", out var choices) && choices.ValueKind == JsonValueKind.Array)
            {
                if (choices.GetArrayLength() > 25)
                {
                    violations.Add(new SchemaViolation("data.choices", "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length."));
                }

                var index = 0;
                foreach (var choice in choices.EnumerateArray())
                {
                    foreach (var field in new[] { "name", "value" })
                    {
                        if (choice.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.String && value.GetString()!.Length > 100)
                        {
                            violations.Add(new SchemaViolation($"data.choices.{index}.{field}", "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length."));
                        }
                    }

                    index++;
                }
            }
        }

        return violations;
    }

    private static void CheckMessage(JsonElement message, string path, List<SchemaViolation> violations)
    {
        var prefix = path.Length == 0 ? "" : path + ".";
        if (message.TryGetProperty("content", out var content) && content.ValueKind == JsonValueKind.String && content.GetString()!.Length > 2000)
        {
            violations.Add(new SchemaViolation(prefix + "content", "BASE_TYPE_MAX_LENGTH", "Must be 2000 or fewer in length."));
        }

        if (message.TryGetProperty("embeds", out var embeds) && embeds.ValueKind == JsonValueKind.Array)
        {
            var total = 0;
            foreach (var embed in embeds.EnumerateArray())
            {
                total += Length(embed, "title") + Length(embed, "description");
                if (embed.TryGetProperty("footer", out var footer) && footer.ValueKind == JsonValueKind.Object)
                {
                    total += Length(footer, "text");
                }

                if (embed.TryGetProperty("fields", out var fields) && fields.ValueKind == JsonValueKind.Array)
                {
                    total += fields.EnumerateArray().Sum(f => Length(f, "name") + Length(f, "value"));
                }
            }

            if (total > 6000)
            {
                violations.Add(new SchemaViolation(prefix + "embeds", "MAX_EMBED_SIZE_EXCEEDED", "Embed size exceeds maximum size of 6000"));
            }
        }

        if (message.TryGetProperty("allowed_mentions", out var mentions) && mentions.ValueKind == JsonValueKind.Object
            && mentions.TryGetProperty("parse", out var parse) && parse.ValueKind == JsonValueKind.Array)
        {
            foreach (var (kind, list) in new[] { ("users", "users"), ("roles", "roles") })
            {
                if (parse.EnumerateArray().Any(p => p.GetString() == kind) && mentions.TryGetProperty(list, out var ids) && ids.ValueKind == JsonValueKind.Array && ids.GetArrayLength() > 0)
                {
                    violations.Add(new SchemaViolation(prefix + "allowed_mentions", "MESSAGE_ALLOWED_MENTIONS_PARSE_EXCLUSIVE", $"parse:[\"{kind}\"] and {list}: [ids] are mutually exclusive."));
                }
            }
        }
    }

    /// <summary>Counted after trimming, as the docs say; UTF-16 units, the conservative reading.</summary>
    private static int Length(JsonElement owner, string name) =>
        owner.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()!.Trim().Length : 0;
}
