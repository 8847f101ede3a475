using System.Diagnostics;
using System.Text;
using System.Text.Json;
using HfsBot.Discord.Tests.Infrastructure;
using HfsBot.Testing;
using HfsBot.Tests.Discord;

namespace HfsBot.Tests.Ship;

/// <summary>
/// The built app as its own process, configured the way the image runs it (JSON console logs, the token from the
/// environment), against the fake Discord: what operators see in the logs, and what a real SIGTERM does.
/// </summary>
public sealed class ProcessTests
{
    private const string HealthDetail = "my tegretol rash is spreading onto my lips since yesterday";

    [Fact]
    public async Task RealProcess_LogsJsonWithoutTheTokenOrAMembersWords_AndStopsCleanlyOnSigterm()
    {
        await using var discord = await FakeDiscord.StartAsync();
        using var faq = new TempFaqFolder().WithRealEntries();

        using var process = Start(discord, faq);
        var stdout = new StringBuilder();
        var stderr = new StringBuilder();
        process.OutputDataReceived += (_, e) => Append(stdout, e.Data);
        process.ErrorDataReceived += (_, e) => Append(stderr, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await WaitForAsync(() => discord.Requests.Any(r => r.Method == "PUT" && r.Path.Contains("/commands", StringComparison.Ordinal)), "command registration", process, stderr);
            var gateway = discord.Connections[^1];

            // A member describes an emergency: the bot must answer, and the logs must not repeat it.
            var message = BotUnderTest.Message(HealthDetail, mentionsBot: true);
            await gateway.SendDispatchAsync("MESSAGE_CREATE", gateway.NextSequence(), message.ToJsonString());
            await WaitForAsync(() => discord.Requests.Any(r => BotUnderTest.IsMessageTo(r, BotUnderTest.ChannelId)), "the reply", process, stderr);

            // What `docker stop` sends.
            using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync();
            }

            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
            await process.WaitForExitAsync(timeout.Token);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }

        process.WaitForExit(); // flushes the asynchronous readers
        var logs = stderr.ToString();
        Assert.Equal(0, process.ExitCode);
        Assert.Contains("urgent", discord.Requests.First(r => BotUnderTest.IsMessageTo(r, BotUnderTest.ChannelId)).Body, StringComparison.OrdinalIgnoreCase);
        Assert.NotEmpty(logs);
        Assert.DoesNotContain(FakeDiscord.Token, logs + stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("tegretol rash", logs + stdout, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onto my lips", logs + stdout, StringComparison.OrdinalIgnoreCase);
        foreach (var line in logs.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            using var entry = JsonDocument.Parse(line); // every line a JSON object, as log collectors expect
            Assert.True(entry.RootElement.TryGetProperty("LogLevel", out _), line);
        }
    }

    private static Process Start(FakeDiscord discord, TempFaqFolder faq)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = faq.Path,
        };
        start.ArgumentList.Add(RepoPaths.BuiltApp);
        start.ArgumentList.Add($"--Discord:ApiBaseUrl={discord.ApiBaseUrl}");
        start.ArgumentList.Add($"--Faq:Directory={faq.Path}");
        start.ArgumentList.Add($"--Data:Directory={Path.Combine(faq.Path, "data")}");
        start.Environment["Discord__Token"] = FakeDiscord.Token;
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["Logging__Console__FormatterName"] = "json";
        start.Environment["Logging__LogLevel__Default"] = "Trace"; // every level an operator could turn on
        return Process.Start(start)!;
    }

    private static void Append(StringBuilder text, string? line)
    {
        if (line is not null)
        {
            lock (text)
            {
                text.AppendLine(line);
            }
        }
    }

    private static async Task WaitForAsync(Func<bool> condition, string what, Process process, StringBuilder logs)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (!condition())
        {
            Assert.False(process.HasExited, $"the bot exited while waiting for {what}: {logs}");
            Assert.True(DateTime.UtcNow < deadline, $"timed out waiting for {what}: {logs}");
            await Task.Delay(50);
        }
    }
}
