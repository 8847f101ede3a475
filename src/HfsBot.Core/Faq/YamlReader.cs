using System.Collections.Immutable;
using FuzzySharp;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace HfsBot.Core.Faq;

/// <summary>
/// Reads YAML through the representation model so that every value keeps its line number, and turns every
/// problem into a moderator-friendly diagnostic instead of an exception.
/// </summary>
internal static class YamlReader
{
    /// <summary>Parses <paramref name="yaml"/>; reports syntax errors and returns null when it is not a mapping.</summary>
    public static YamlMappingNode? LoadMapping(string yaml, DiagnosticBag diagnostics, string whatItIs)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException ex)
        {
            diagnostics.Error(ex.Start.Line, $"YAML syntax error: {DescribeYamlError(ex)}");
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            diagnostics.Error(1, $"{whatItIs} is empty");
            return null;
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode mapping)
        {
            diagnostics.Error(stream.Documents[0].RootNode.Start.Line, $"{whatItIs} must be a list of 'key: value' lines");
            return null;
        }

        return mapping;
    }

    /// <summary>Reports keys that are not in <paramref name="known"/>, suggesting the nearest known key.</summary>
    public static void ReportUnknownKeys(YamlMappingNode mapping, IReadOnlyCollection<string> known, DiagnosticBag diagnostics)
    {
        foreach (var key in mapping.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (known.Contains(name))
            {
                continue;
            }

            var nearest = known.MaxBy(k => Fuzz.Ratio(k, name));
            var hint = nearest is not null && Fuzz.Ratio(nearest, name) >= 60 ? $" (did you mean '{nearest}'?)" : "";
            diagnostics.Error(key.Start.Line, $"unknown key '{name}'{hint}; allowed keys: {string.Join(", ", known)}");
        }
    }

    public static YamlNode? Find(YamlMappingNode mapping, string key) =>
        mapping.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null;

    /// <summary>The line of <paramref name="key"/> in the mapping, or of the mapping itself when absent.</summary>
    public static long LineOf(YamlMappingNode mapping, string key) =>
        mapping.Children.Keys.FirstOrDefault(k => (k as YamlScalarNode)?.Value == key)?.Start.Line ?? mapping.Start.Line;

    /// <summary>Reads a required or optional non-empty text value.</summary>
    public static string? Text(YamlMappingNode mapping, string key, DiagnosticBag diagnostics, bool required)
    {
        var node = Find(mapping, key);
        if (node is null)
        {
            if (required)
            {
                diagnostics.Error(mapping.Start.Line, $"missing required key '{key}'");
            }

            return null;
        }

        if (node is not YamlScalarNode scalar)
        {
            diagnostics.Error(node.Start.Line, $"'{key}' must be a single text value, not a list or mapping");
            return null;
        }

        var value = scalar.Value?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            diagnostics.Error(node.Start.Line, $"'{key}' is empty");
            return null;
        }

        return value;
    }

    /// <summary>Reads a list of non-empty text values with their line numbers.</summary>
    public static ImmutableArray<(string Value, long Line)> TextList(YamlMappingNode mapping, string key, DiagnosticBag diagnostics, bool required)
    {
        var node = Find(mapping, key);
        if (node is null)
        {
            if (required)
            {
                diagnostics.Error(mapping.Start.Line, $"missing required key '{key}'");
            }

            return [];
        }

        return TextList(node, key, diagnostics);
    }

    public static ImmutableArray<(string Value, long Line)> TextList(YamlNode node, string key, DiagnosticBag diagnostics)
    {
        if (node is YamlScalarNode { Value: null or "" })
        {
            return [];
        }

        if (node is not YamlSequenceNode sequence)
        {
            diagnostics.Error(node.Start.Line, $"'{key}' must be a list (one '- item' per line, or [a, b])");
            return [];
        }

        var values = ImmutableArray.CreateBuilder<(string, long)>();
        foreach (var item in sequence.Children)
        {
            if (item is YamlScalarNode { Value: { } text } && !string.IsNullOrWhiteSpace(text))
            {
                values.Add((text.Trim(), item.Start.Line));
            }
            else
            {
                diagnostics.Error(item.Start.Line, $"every item of '{key}' must be a non-empty text value");
            }
        }

        return values.ToImmutable();
    }

    /// <summary>
    /// YamlDotNet messages start with "(Line: 3, Col: 5, Idx: 40) - (Line: …): "; the line is already in our
    /// prefix, so keep only the explanation.
    /// </summary>
    private static string DescribeYamlError(YamlException ex)
    {
        var message = (ex.InnerException as YamlException)?.Message ?? ex.Message;
        var cut = message.LastIndexOf("): ", StringComparison.Ordinal);
        var explanation = cut >= 0 ? message[(cut + 3)..] : message;
        var hint = explanation.Contains("mapping values are not allowed", StringComparison.OrdinalIgnoreCase)
            || explanation.Contains("invalid mapping", StringComparison.OrdinalIgnoreCase)
            ? " (a value that contains ': ' must be put in quotes)"
            : "";
        return explanation.TrimEnd('.') + hint;
    }
}
