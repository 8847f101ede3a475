using System.Text;

namespace HfsBot.Cli;

/// <summary>The terminal the verbs and the chat talk to; tests substitute in-memory streams.</summary>
internal sealed record ConsoleStreams(TextReader In, TextWriter Out, TextWriter Error)
{
    /// <summary>
    /// The process's standard streams as UTF-8. Invalid bytes on stdin become U+FFFD instead of throwing, so
    /// junk input still gets one JSON line back.
    /// </summary>
    public static ConsoleStreams FromProcess() => new(
        LenientUtf8Reader(Console.OpenStandardInput()),
        new StreamWriter(Console.OpenStandardOutput(), Utf8) { AutoFlush = true },
        new StreamWriter(Console.OpenStandardError(), Utf8) { AutoFlush = true });

    /// <summary>Reads UTF-8, replacing invalid bytes with U+FFFD rather than throwing.</summary>
    public static StreamReader LenientUtf8Reader(Stream stream) =>
        new(stream, Utf8, detectEncodingFromByteOrderMarks: false);

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);
}
