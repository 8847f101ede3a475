using System.Text;
using HfsBot.Cli;
using HfsBot.Testing;

namespace HfsBot.Tests;

/// <summary>Runs the real app in-process with in-memory terminal streams.</summary>
internal static class AppRunner
{
    public sealed record Result(int ExitCode, string Out, string Error)
    {
        public string[] OutLines => Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    public static Task<Result> RunAsync(string input, params string[] args) =>
        RunAsync(new MemoryStream(Encoding.UTF8.GetBytes(input)), args);

    public static async Task<Result> RunAsync(Stream input, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var streams = new ConsoleStreams(ConsoleStreams.LenientUtf8Reader(input), output, error);
        string[] withFaq = args.Any(a => a.StartsWith("--Faq:Directory=", StringComparison.Ordinal))
            ? args
            : [$"--Faq:Directory={RepoPaths.Faq}", .. args];
        // Unless a test names one, the run gets its own data folder: nothing is left in the working directory.
        using var data = new TempFaqFolder(withSpecialFiles: false);
        string[] withData = withFaq.Any(a => a.StartsWith("--Data:Directory=", StringComparison.Ordinal))
            ? withFaq
            : [$"--Data:Directory={data.Path}", .. withFaq];
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var exitCode = await HfsBotApp.RunAsync(withData, streams, timeout.Token);
        return new Result(exitCode, output.ToString(), error.ToString());
    }
}
