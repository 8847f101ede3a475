using System.Text.RegularExpressions;
using HfsBot.Testing;

namespace HfsBot.Tests.Ship;

/// <summary>
/// The image cannot be built on these machines (no Docker daemon), so its inputs are checked instead: every
/// path the Dockerfile copies exists, and the build context keeps what the image needs.
/// </summary>
public sealed partial class DockerfileTests
{
    private static readonly string[] Lines = File.ReadAllLines(Path.Combine(RepoPaths.Root, "Dockerfile"));

    [Fact]
    public void EveryPathTheDockerfileCopiesExists()
    {
        var sources = Lines
            .Select(l => CopyPattern().Match(l))
            .Where(m => m.Success && !m.Groups["options"].Value.Contains("--from", StringComparison.Ordinal))
            .SelectMany(m => m.Groups["args"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).SkipLast(1))
            .ToList();

        Assert.NotEmpty(sources);
        Assert.All(sources, source => Assert.True(
            File.Exists(Path.Combine(RepoPaths.Root, source)) || Directory.Exists(Path.Combine(RepoPaths.Root, source)),
            $"the Dockerfile copies '{source}', which does not exist"));
    }

    [Fact]
    public void Dockerfile_RunsAsNonRootWithAHealthCheckAndExecFormEntrypoint()
    {
        Assert.Contains(Lines, l => l.StartsWith("USER $APP_UID", StringComparison.Ordinal));
        Assert.Contains(Lines, l => l.StartsWith("HEALTHCHECK", StringComparison.Ordinal) && l.Contains("\"health\"", StringComparison.Ordinal));
        Assert.Contains(Lines, l => l.StartsWith("ENTRYPOINT [", StringComparison.Ordinal));
        Assert.Contains(Lines, l => l.StartsWith("VOLUME [\"/app/data\"]", StringComparison.Ordinal));
        Assert.All(Lines.Where(l => l.StartsWith("FROM ", StringComparison.Ordinal)), from => Assert.Matches(@"mcr\.microsoft\.com/dotnet/(sdk|runtime):\d+\.\d+\.\d+ ", from + " "));
    }

    [Fact]
    public void DockerIgnore_KeepsTheFaqAnswers()
    {
        var ignored = File.ReadAllLines(Path.Combine(RepoPaths.Root, ".dockerignore")).Where(l => !l.StartsWith('#') && l.Trim().Length > 0).ToList();

        Assert.DoesNotContain(ignored, pattern => pattern.Contains(".md", StringComparison.Ordinal) || pattern.TrimEnd('/') is "faq" or "src");
    }

    [GeneratedRegex(@"^COPY(?<options>(\s+--\S+)*)\s+(?<args>.+)$")]
    private static partial Regex CopyPattern();
}
