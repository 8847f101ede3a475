using System.Diagnostics;
using System.Text;
using System.Text.Json;
using HfsBot.Testing;

namespace HfsBot.Tests.Cli;

/// <summary>The <c>ask --json</c> line contract of design.md §3, which other tools test against.</summary>
public sealed class AskJsonContractTests
{
    private static readonly string[] ContractFields = ["question", "outcome", "id", "score", "suggestions"];
    private static readonly string[] Outcomes = ["answer", "suggest", "none", "urgent", "crisis", "advice"];

    private static JsonElement ParseLine(string line)
    {
        using var document = JsonDocument.Parse(line);
        var root = document.RootElement.Clone();
        var fields = root.EnumerateObject().Select(p => p.Name).ToArray();
        Assert.All(ContractFields, field => Assert.Contains(field, fields)); // fields may be added, never renamed
        Assert.Contains(root.GetProperty("outcome").GetString(), Outcomes);
        Assert.InRange(root.GetProperty("score").GetDouble(), 0, 100);
        Assert.True(root.GetProperty("suggestions").GetArrayLength() <= 3);
        return root;
    }

    [Fact]
    public async Task AskJson_TheReadmeExample_AnswersBotoxDuration()
    {
        var result = await AppRunner.RunAsync("how long does botox last\n", "ask", "--json");

        Assert.Equal(0, result.ExitCode);
        var line = ParseLine(Assert.Single(result.OutLines));
        Assert.Equal("how long does botox last", line.GetProperty("question").GetString());
        Assert.Equal("answer", line.GetProperty("outcome").GetString());
        Assert.Equal("botox-duration-frequency", line.GetProperty("id").GetString());
        Assert.DoesNotContain("botox-duration-frequency", line.GetProperty("suggestions").EnumerateArray().Select(s => s.GetString()));
    }

    [Fact]
    public async Task AskJson_EveryOutcomeShape_FollowsTheContract()
    {
        var input = string.Join('\n',
            "how long does botox last",
            "worried about the jabs",
            "is bells palsy contagious? my coworker has it",
            "i have been thinking about ending my life",
            "had mvd last week, now fever and a stiff neck and the worst headache of my life",
            "how many mg of tegretol should i be taking") + "\n";

        var result = await AppRunner.RunAsync(input, "ask", "--json");

        var outcomes = result.OutLines.Select(l => ParseLine(l).GetProperty("outcome").GetString()!).ToArray();
        Assert.Equal(["answer", "suggest", "none", "crisis", "urgent", "advice"], outcomes);
        foreach (var line in result.OutLines.Skip(1).Select(ParseLine))
        {
            Assert.Equal(JsonValueKind.Null, line.GetProperty("id").ValueKind); // id is set only for answers
        }

        var suggest = ParseLine(result.OutLines[1]);
        Assert.InRange(suggest.GetProperty("suggestions").GetArrayLength(), 1, 3); // "did you mean": suggestions set
    }

    [Fact]
    public async Task AskJson_EmptyHugeAndJunkLines_OneJsonLineEach()
    {
        var junk = new byte[] { 0xC3, 0x28, 0xFF, 0xFE, 0x80, 0x00, 0x1B, (byte)'[', (byte)'3', (byte)'1', (byte)'m', 0xED, 0xA0, 0x80 };
        var bytes = new List<byte>();
        bytes.AddRange(Encoding.UTF8.GetBytes("\n"));                                  // empty line
        bytes.AddRange(Encoding.UTF8.GetBytes(new string('a', 10_000) + " botox\n"));  // 10,000+ characters
        bytes.AddRange(junk);                                                         // invalid UTF-8 and control bytes
        bytes.AddRange(Encoding.UTF8.GetBytes("\n\"quotes\" and \\backslashes\\ and a\ttab\n"));

        var result = await AppRunner.RunAsync(new MemoryStream([.. bytes]), "ask", "--json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(4, result.OutLines.Length);
        var lines = result.OutLines.Select(ParseLine).ToArray();
        Assert.Equal("none", lines[0].GetProperty("outcome").GetString());
        Assert.Equal(10_006, lines[1].GetProperty("question").GetString()!.Length);
        Assert.Contains('\uFFFD', lines[2].GetProperty("question").GetString()!);
        Assert.Equal("\"quotes\" and \\backslashes\\ and a\ttab", lines[3].GetProperty("question").GetString());
    }

    /// <summary>The real process, through a pipe: each answer must arrive before the next question is sent.</summary>
    [Fact]
    public async Task AskJson_RealProcess_FlushesEachLineAsItGoes()
    {
        var start = new ProcessStartInfo("dotnet", [RepoPaths.BuiltApp, "ask", "--json"])
        {
            WorkingDirectory = RepoPaths.Root,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
        };
        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        await process.StandardInput.WriteLineAsync("how long does botox last");
        await process.StandardInput.FlushAsync(timeout.Token);
        var first = await process.StandardOutput.ReadLineAsync(timeout.Token); // would hang here if not flushed
        await process.StandardInput.WriteLineAsync("what is hemifacial spasm");
        await process.StandardInput.FlushAsync(timeout.Token);
        var second = await process.StandardOutput.ReadLineAsync(timeout.Token);
        process.StandardInput.Close();
        await process.WaitForExitAsync(timeout.Token);

        Assert.Equal("botox-duration-frequency", ParseLine(first!).GetProperty("id").GetString());
        Assert.Equal("what is hemifacial spasm", ParseLine(second!).GetProperty("question").GetString());
        Assert.Null(await process.StandardOutput.ReadLineAsync(timeout.Token));
        Assert.Equal(0, process.ExitCode);
    }
}
