using System.Text;

namespace HfsBot.Cli;

/// <summary>The terminal the verbs and the chat talk to; tests substitute in-memory streams.</summary>
internal sealed record ConsoleStreams(TextReader In, TextWriter Out, TextWriter Error)
{
    /// <summary>
    /// The process's standard streams as UTF-8. Invalid bytes on stdin become U+FFFD instead of throwing, so
    /// junk input still gets one JSON line back.
    /// </summary>
    public static ConsoleStreams FromProcess()
    {
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);
        var input = new StreamReader(Console.OpenStandardInput(), utf8, detectEncodingFromByteOrderMarks: false);
        var output = new StreamWriter(Console.OpenStandardOutput(), utf8) { AutoFlush = true };
        var error = new StreamWriter(Console.OpenStandardError(), utf8) { AutoFlush = true };
        return new ConsoleStreams(input, output, error);
    }
}
