using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace HfsBot.Discord.Tests.Infrastructure;

internal sealed record SchemaViolation(string Path, string Code, string Message)
{
    public override string ToString() => $"{(Path.Length == 0 ? "$" : Path)}: {Code} {Message}";
}

/// <summary>
/// A JSON-schema checker for the subset Discord's OpenAPI 3.1 spec uses: $ref, type (including ["string","null"]),
/// properties, required, additionalProperties, enum, const, pattern, oneOf/anyOf/allOf, maxLength/minLength, maxItems/minItems,
/// uniqueItems, minimum/maximum, maxProperties. With <c>rejectUnknownProperties</c> it also reports properties the
/// schema does not declare, so the client cannot send fields Discord does not know.
/// </summary>
internal sealed class OpenApiSchemaChecker
{
    private readonly JsonElement _root;
    private readonly JsonElement _schemas;

    private OpenApiSchemaChecker(JsonDocument document)
    {
        _root = document.RootElement;
        _schemas = _root.GetProperty("components").GetProperty("schemas");
    }

    public static OpenApiSchemaChecker Spec { get; } = new(JsonDocument.Parse(File.ReadAllBytes(DiscordData.PathOf("openapi/openapi.json"))));

    /// <summary>
    /// Properties where the docs say "string" but the spec says integer (protocol.md section 7.3); the spec README
    /// says integers are accepted as parsable strings, so a string of digits passes there.
    /// </summary>
    public static IReadOnlySet<string> StringIntegerProperties { get; } = new HashSet<string>(StringComparer.Ordinal) { "default_member_permissions" };

    public JsonElement Schema(string name) => _schemas.GetProperty(name);

    /// <summary>The application/json request schema of an operation, e.g. ("/channels/{channel_id}/messages", "post").</summary>
    public JsonElement RequestSchema(string path, string method) =>
        _root.GetProperty("paths").GetProperty(path).GetProperty(method).GetProperty("requestBody")
            .GetProperty("content").GetProperty("application/json").GetProperty("schema");

    public IReadOnlyList<SchemaViolation> Validate(JsonElement instance, JsonElement schema, bool rejectUnknownProperties = true)
    {
        var violations = new List<SchemaViolation>();
        Check(instance, schema, "", null, rejectUnknownProperties, violations);
        return violations;
    }

    private void Check(JsonElement instance, JsonElement schema, string path, string? propertyName, bool strict, List<SchemaViolation> violations)
    {
        if (schema.ValueKind == JsonValueKind.True)
        {
            return;
        }

        if (schema.ValueKind == JsonValueKind.False)
        {
            violations.Add(new SchemaViolation(path, "NOT_ALLOWED", "no value is allowed here"));
            return;
        }

        if (schema.TryGetProperty("$ref", out var reference))
        {
            Check(instance, Resolve(reference.GetString()!), path, propertyName, strict, violations);
        }

        if (schema.TryGetProperty("allOf", out var allOf))
        {
            foreach (var part in allOf.EnumerateArray())
            {
                Check(instance, part, path, propertyName, strict, violations);
            }
        }

        if (schema.TryGetProperty("oneOf", out var oneOf))
        {
            CheckAlternatives(instance, oneOf, path, propertyName, strict, violations, exactlyOne: true);
        }

        if (schema.TryGetProperty("anyOf", out var anyOf))
        {
            CheckAlternatives(instance, anyOf, path, propertyName, strict, violations, exactlyOne: false);
        }

        if (schema.TryGetProperty("type", out var type) && !MatchesType(instance, type, propertyName, out var expected))
        {
            violations.Add(new SchemaViolation(path, "BASE_TYPE_INVALID", $"expected {expected}, got {instance.ValueKind}"));
            return;
        }

        if (schema.TryGetProperty("const", out var constant) && !JsonEquals(constant, instance))
        {
            violations.Add(new SchemaViolation(path, "BASE_TYPE_CHOICES", $"value {instance.GetRawText()} is not {constant.GetRawText()}"));
        }

        if (schema.TryGetProperty("enum", out var values) && !values.EnumerateArray().Any(v => JsonEquals(v, instance)))
        {
            violations.Add(new SchemaViolation(path, "BASE_TYPE_CHOICES", $"value {instance.GetRawText()} is not one of {values.GetRawText()}"));
        }

        switch (instance.ValueKind)
        {
            case JsonValueKind.String:
                CheckString(instance.GetString()!, schema, path, violations);
                break;
            case JsonValueKind.Number:
                CheckNumber(instance.GetDecimal(), schema, path, violations);
                break;
            case JsonValueKind.Array:
                CheckArray(instance, schema, path, strict, violations);
                break;
            case JsonValueKind.Object:
                CheckObject(instance, schema, path, strict, violations);
                break;
            default:
                break;
        }
    }

    private void CheckAlternatives(JsonElement instance, JsonElement alternatives, string path, string? propertyName, bool strict, List<SchemaViolation> violations, bool exactlyOne)
    {
        var results = alternatives.EnumerateArray().Select(alternative =>
        {
            var local = new List<SchemaViolation>();
            Check(instance, alternative, path, propertyName, strict, local);
            return local;
        }).ToList();
        var matches = results.Count(r => r.Count == 0);
        if (matches == 0)
        {
            // Report the alternative that came closest: one of the right type first (not "expected null"), then the
            // one with the fewest violations. Its violations say what to fix.
            violations.AddRange(results
                .OrderBy(r => r.Any(v => v.Path == path && v.Code == "BASE_TYPE_INVALID") ? 1 : 0)
                .ThenBy(r => r.Count)
                .First());
        }
        else if (exactlyOne && matches > 1)
        {
            violations.Add(new SchemaViolation(path, "ONE_OF", $"matches {matches} alternatives of a oneOf"));
        }
    }

    private static bool MatchesType(JsonElement instance, JsonElement type, string? propertyName, out string expected)
    {
        var allowed = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()!).ToArray() : [type.GetString()!];
        expected = string.Join("|", allowed);
        foreach (var name in allowed)
        {
            var ok = name switch
            {
                "null" => instance.ValueKind == JsonValueKind.Null,
                "string" => instance.ValueKind == JsonValueKind.String,
                "boolean" => instance.ValueKind is JsonValueKind.True or JsonValueKind.False,
                "number" => instance.ValueKind == JsonValueKind.Number,
                "integer" => (instance.ValueKind == JsonValueKind.Number && instance.GetDecimal() == decimal.Truncate(instance.GetDecimal()))
                    || (instance.ValueKind == JsonValueKind.String && propertyName is not null && StringIntegerProperties.Contains(propertyName)
                        && ulong.TryParse(instance.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out _)),
                "array" => instance.ValueKind == JsonValueKind.Array,
                "object" => instance.ValueKind == JsonValueKind.Object,
                _ => false,
            };
            if (ok)
            {
                return true;
            }
        }

        return false;
    }

    private static void CheckString(string value, JsonElement schema, string path, List<SchemaViolation> violations)
    {
        // JSON Schema counts code points.
        var length = value.EnumerateRunes().Count();
        if (schema.TryGetProperty("maxLength", out var max) && length > max.GetInt32())
        {
            violations.Add(new SchemaViolation(path, "BASE_TYPE_MAX_LENGTH", $"Must be {max.GetInt32()} or fewer in length."));
        }

        if (schema.TryGetProperty("minLength", out var min) && length < min.GetInt32())
        {
            violations.Add(new SchemaViolation(path, "BASE_TYPE_MIN_LENGTH", $"Must be {min.GetInt32()} or more in length."));
        }

        if (schema.TryGetProperty("pattern", out var pattern) && !Regex.IsMatch(value, pattern.GetString()!, RegexOptions.None, TimeSpan.FromSeconds(1)))
        {
            violations.Add(new SchemaViolation(path, "STRING_TYPE_REGEX", $"Must match {pattern.GetString()}."));
        }
    }

    private static void CheckNumber(decimal value, JsonElement schema, string path, List<SchemaViolation> violations)
    {
        if (schema.TryGetProperty("maximum", out var max) && value > max.GetDecimal())
        {
            violations.Add(new SchemaViolation(path, "NUMBER_TYPE_MAX", $"Must be at most {max.GetRawText()}."));
        }

        if (schema.TryGetProperty("minimum", out var min) && value < min.GetDecimal())
        {
            violations.Add(new SchemaViolation(path, "NUMBER_TYPE_MIN", $"Must be at least {min.GetRawText()}."));
        }
    }

    private void CheckArray(JsonElement instance, JsonElement schema, string path, bool strict, List<SchemaViolation> violations)
    {
        var count = instance.GetArrayLength();
        if (schema.TryGetProperty("maxItems", out var max) && count > max.GetInt32())
        {
            violations.Add(new SchemaViolation(path, "BASE_TYPE_MAX_LENGTH", $"Must be {max.GetInt32()} or fewer in length."));
        }

        if (schema.TryGetProperty("minItems", out var min) && count < min.GetInt32())
        {
            violations.Add(new SchemaViolation(path, "BASE_TYPE_MIN_LENGTH", $"Must be {min.GetInt32()} or more in length."));
        }

        if (schema.TryGetProperty("uniqueItems", out var unique) && unique.ValueKind == JsonValueKind.True)
        {
            var raw = instance.EnumerateArray().Select(e => e.GetRawText()).ToList();
            if (raw.Distinct(StringComparer.Ordinal).Count() != raw.Count)
            {
                violations.Add(new SchemaViolation(path, "SET_TYPE_ALREADY_CONTAINS_VALUE", "The items must be unique."));
            }
        }

        if (schema.TryGetProperty("items", out var items))
        {
            var index = 0;
            foreach (var item in instance.EnumerateArray())
            {
                Check(item, items, Join(path, index.ToString(CultureInfo.InvariantCulture)), null, strict, violations);
                index++;
            }
        }
    }

    private void CheckObject(JsonElement instance, JsonElement schema, string path, bool strict, List<SchemaViolation> violations)
    {
        if (schema.TryGetProperty("required", out var required))
        {
            foreach (var name in required.EnumerateArray().Select(r => r.GetString()!))
            {
                if (!instance.TryGetProperty(name, out _))
                {
                    violations.Add(new SchemaViolation(Join(path, name), "BASE_TYPE_REQUIRED", "This field is required"));
                }
            }
        }

        if (schema.TryGetProperty("maxProperties", out var maxProperties) && instance.EnumerateObject().Count() > maxProperties.GetInt32())
        {
            violations.Add(new SchemaViolation(path, "DICT_TYPE_MAX_LENGTH", $"At most {maxProperties.GetInt32()} properties."));
        }

        var hasProperties = schema.TryGetProperty("properties", out var properties);
        var hasAdditional = schema.TryGetProperty("additionalProperties", out var additional);
        foreach (var property in instance.EnumerateObject())
        {
            if (hasProperties && properties.TryGetProperty(property.Name, out var propertySchema))
            {
                Check(property.Value, propertySchema, Join(path, property.Name), property.Name, strict, violations);
            }
            else if (hasAdditional)
            {
                Check(property.Value, additional, Join(path, property.Name), property.Name, strict, violations);
            }
            else if (strict && hasProperties)
            {
                violations.Add(new SchemaViolation(Join(path, property.Name), "UNKNOWN_FIELD", "The schema does not declare this property."));
            }
        }
    }

    private JsonElement Resolve(string reference)
    {
        const string Prefix = "#/components/schemas/";
        return reference.StartsWith(Prefix, StringComparison.Ordinal)
            ? _schemas.GetProperty(reference[Prefix.Length..])
            : throw new NotSupportedException($"Unsupported $ref {reference}");
    }

    private static bool JsonEquals(JsonElement a, JsonElement b) => (a.ValueKind, b.ValueKind) switch
    {
        (JsonValueKind.Number, JsonValueKind.Number) => a.GetDecimal() == b.GetDecimal(),
        (JsonValueKind.String, JsonValueKind.String) => a.GetString() == b.GetString(),
        _ => a.ValueKind == b.ValueKind && a.GetRawText() == b.GetRawText(),
    };

    private static string Join(string path, string segment) => path.Length == 0 ? segment : $"{path}.{segment}";
}
