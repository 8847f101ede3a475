using HfsBot.Chat;
using HfsBot.Testing;

namespace HfsBot.Tests.Chat;

public sealed class ConsoleChatTests
{
    [Fact]
    public async Task Chat_AnswersUntilExit_AndSaysHowToUseDiscord()
    {
        var result = await AppRunner.RunAsync("how long does botox last\nexit\nnever read\n");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("HfsBot console chat: 42 FAQ entries loaded", result.Out, StringComparison.Ordinal);
        Assert.Contains(ConsoleChatService.DiscordHint, result.Out, StringComparison.Ordinal);
        Assert.Contains("You asked about: How long does Botox last", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("never read", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chat_UnansweredQuestion_IsRecordedForFaqGaps_AsTheReplySays()
    {
        using var data = new TempFaqFolder(withSpecialFiles: false);

        var chat = await AppRunner.RunAsync("what time does the pharmacy on main street open\nhow long does botox last\n", $"--Data:Directory={data.Path}");
        var gaps = await AppRunner.RunAsync("", "faq", "gaps", $"--Data:Directory={data.Path}");

        Assert.Contains("I've noted the question", chat.Out, StringComparison.Ordinal);
        Assert.Contains("what time does the pharmacy on main street open", gaps.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("how long does botox last", gaps.Out, StringComparison.Ordinal); // answered
    }

    [Fact]
    public async Task AskOne_RecordsAnUnansweredQuestion_AskJsonDoesNot()
    {
        using var data = new TempFaqFolder(withSpecialFiles: false);

        var one = await AppRunner.RunAsync("", "ask", "what time does the pharmacy on main street open", $"--Data:Directory={data.Path}");
        await AppRunner.RunAsync("which bus goes to the hospital car park\n", "ask", "--json", $"--Data:Directory={data.Path}");
        var gaps = await AppRunner.RunAsync("", "faq", "gaps", $"--Data:Directory={data.Path}");

        Assert.Contains("I've noted the question", one.Out, StringComparison.Ordinal);
        Assert.Contains("what time does the pharmacy on main street open", gaps.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("which bus goes to the hospital car park", gaps.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chat_EndOfInput_QuitsCleanly()
    {
        var result = await AppRunner.RunAsync("what is hemifacial spasm\n");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("You asked about: What is hemifacial spasm", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chat_WithABrokenFile_StartsWithTheValidEntriesAndNamesTheSkippedFile()
    {
        using var folder = new TempFaqFolder();
        folder.WriteEntry("good", TempFaqFolder.ValidEntry());
        var broken = folder.WriteEntry("broken", "title: no front matter\n");

        var result = await AppRunner.RunAsync("how long does botox last\n", $"--Faq:Directory={folder.Path}");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("1 FAQ entries loaded", result.Out, StringComparison.Ordinal);
        Assert.Contains($"Skipped {broken} because it has errors", result.Out, StringComparison.Ordinal);
        Assert.Contains("You asked about: How long does Botox last?", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chat_NumberAfterSuggestions_AnswersThatSuggestion()
    {
        using var folder = new TempFaqFolder();
        folder.WriteEntry("botox-side-effects", TempFaqFolder.ValidEntry(
            title: "What are the side effects of Botox?",
            questions: ["can botox make my eyelid droop", "is a dry eye after injections normal", "botox side effects face"]));
        folder.WriteEntry("botox-long-term", TempFaqFolder.ValidEntry(
            title: "Is it safe to have Botox for many years?",
            questions: ["is botox safe long term", "does botox stop working after years", "years of injections any harm"]));

        var result = await AppRunner.RunAsync("is botox bad for me\n1\n", $"--Faq:Directory={folder.Path}");

        var afterSuggestions = result.Out[result.Out.IndexOf("Did you mean one of these?", StringComparison.Ordinal)..];
        var firstChoice = afterSuggestions.Split('\n')[1].Trim()[3..]; // "  1. <title>"
        Assert.Contains($"You asked about: {firstChoice}", afterSuggestions, StringComparison.Ordinal);
    }
}
