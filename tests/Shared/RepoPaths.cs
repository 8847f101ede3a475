namespace HfsBot.Testing;

/// <summary>Finds files of the repository from a test's output folder.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Faq => Path.Combine(Root, "faq");

    /// <summary>The app as its own build produced it (same configuration as the tests), to run as a real process.</summary>
    public static string BuiltApp => Path.Combine(Root, "src", "HfsBot", "bin", Configuration, "net10.0", "HfsBot.dll");

#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    public static string TestData(string fileName) => Path.Combine(Root, "tests", "data", fileName);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "HfsBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("HfsBot.sln not found above " + AppContext.BaseDirectory);
    }
}
