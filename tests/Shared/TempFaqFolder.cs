using System.Text;

namespace HfsBot.Testing;

/// <summary>
/// A throw-away FAQ folder for tests: the repository's safety.yml, synonyms.yml and safety-examples.tsv, plus entries the test
/// writes. <see cref="ValidEntry"/> produces a file that passes validation, so a test changes one thing at a time.
/// </summary>
internal sealed class TempFaqFolder : IDisposable
{
    public TempFaqFolder(bool withSpecialFiles = true)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "hfsbot-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
        if (withSpecialFiles)
        {
            System.IO.File.Copy(System.IO.Path.Combine(RepoPaths.Faq, "safety.yml"), File("safety.yml"));
            System.IO.File.Copy(System.IO.Path.Combine(RepoPaths.Faq, "synonyms.yml"), File("synonyms.yml"));
            System.IO.File.Copy(System.IO.Path.Combine(RepoPaths.Faq, "safety-examples.tsv"), File("safety-examples.tsv"));
        }
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public string Write(string name, string text)
    {
        System.IO.File.WriteAllText(File(name), text, new UTF8Encoding(false));
        return File(name);
    }

    /// <summary>Copies in every entry of the real FAQ (faq/*.md); returns this folder.</summary>
    public TempFaqFolder WithRealEntries()
    {
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Faq, "*.md"))
        {
            System.IO.File.Copy(file, File(System.IO.Path.GetFileName(file)));
        }

        return this;
    }

    /// <summary>Writes <c>id.md</c>; returns its path.</summary>
    public string WriteEntry(string id, string text) => Write(id + ".md", text);

    public static string ValidEntry(
        string title = "How long does Botox last?",
        string[]? questions = null,
        string body = "Botox usually works for about three months, so injections are repeated every three to four months.",
        string? related = null,
        string reviewed = "2026-11-01",
        string? extraKeys = null)
    {
        questions ??= ["when does botox wear off", "how often do i need botox shots", "how many weeks do the jabs work"];
        var text = new StringBuilder();
        text.Append("---\n");
        text.Append($"title: {title}\n");
        text.Append("questions:\n");
        foreach (var question in questions)
        {
            text.Append($"  - {question}\n");
        }

        text.Append("sources:\n");
        text.Append("  - title: Hemifacial Spasm\n");
        text.Append("    publisher: National Institute of Neurological Disorders and Stroke\n");
        text.Append("    url: https://www.ninds.nih.gov/health-information/disorders/hemifacial-spasm\n");
        text.Append($"reviewed: {reviewed}\n");
        text.Append("reviewed_by: Support-group moderators\n");
        if (related is not null)
        {
            text.Append($"related: [{related}]\n");
        }

        text.Append(extraKeys);
        text.Append("---\n");
        text.Append(body).Append('\n');
        return text.ToString();
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // a watcher in a test may still hold the folder; the temp folder is cleaned by the OS eventually
        }
    }
}
