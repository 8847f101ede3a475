namespace HfsBot.Cli;

/// <summary>What the command line asked for.</summary>
internal enum Verb
{
    /// <summary>No verb: the console chat without a token, the Discord bot with one.</summary>
    Run,
    Ask,
    AskJson,
    FaqCheck,
    FaqList,
    FaqGaps,
    Eval,
    Health,
    Help,
}

/// <summary>
/// The parsed command line. Arguments of the form <c>--Section:Key=value</c> are configuration overrides (the
/// .NET convention) and go to the host; everything else belongs to the verb.
/// </summary>
internal sealed record CommandLine(Verb Verb, string? Argument, string? Directory, bool Verbose, string[] ConfigurationArgs, string? Error)
{
    /// <summary>For <c>eval</c>: how many synthetic distractor entries to add to the real FAQ.</summary>
    public int Distractors { get; init; }

    public const string Usage = """
        Usage: dotnet run --project src/HfsBot -- [verb]

          (no verb)                 console chat (no Discord token configured) or the Discord bot (token configured)
          ask "question"            answer one question and exit
          ask --json                read questions from stdin, one per line; write one JSON object per line
          faq check [--dir DIR]     validate the FAQ folder; exit 1 with path:line: message lines on errors
          faq list                  list entry ids and titles
          faq gaps                  unanswered questions grouped by similarity, with counts
          eval FILE.tsv [--verbose] [--distractors N]
                                    score the matcher on question<TAB>expected rows (id, NONE or URGENT);
                                    --distractors adds N synthetic entries to measure quality and speed at scale
          health                    exit 0 when the running bot is connected and the FAQ is loaded, else 1

        Configuration overrides use --Section:Key=value, e.g. --Faq:Directory=other/faq
        (except Discord:Token: set it in user secrets or the environment variable Discord__Token)
        """;

    private const string TokenOnCommandLine =
        "Discord:Token is not accepted on the command line, where the process list and the shell history would show it. "
        + "Set it with 'dotnet user-secrets set Discord:Token <token> --project src/HfsBot' or the environment variable Discord__Token.";

    public static CommandLine Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var configuration = args.Where(IsConfigurationOverride).ToArray();
        if (configuration.Any(IsToken))
        {
            return Fail(TokenOnCommandLine, []);
        }

        var words = args.Where(a => !IsConfigurationOverride(a)).ToList();
        if (words.Count == 0)
        {
            return new CommandLine(Verb.Run, null, null, false, configuration, null);
        }

        var rest = words.Skip(1).ToList();
        return words[0] switch
        {
            "ask" => ParseAsk(rest, configuration),
            "faq" => ParseFaq(rest, configuration),
            "eval" => ParseEval(rest, configuration),
            "health" when rest.Count == 0 => new CommandLine(Verb.Health, null, null, false, configuration, null),
            "help" or "--help" or "-h" => new CommandLine(Verb.Help, null, null, false, configuration, null),
            _ => Fail($"unknown verb '{string.Join(' ', words)}'", configuration),
        };
    }

    private static bool IsConfigurationOverride(string arg) =>
        arg.StartsWith("--", StringComparison.Ordinal) && arg.Contains('=', StringComparison.Ordinal) && arg.Contains(':', StringComparison.Ordinal);

    /// <summary>
    /// The bot token comes from the environment or user secrets only (design §5): on the command line it would
    /// show in the process list and the shell history. Configuration keys ignore case, so this does too.
    /// </summary>
    private static bool IsToken(string configurationOverride) =>
        configurationOverride.AsSpan(2, configurationOverride.IndexOf('=', StringComparison.Ordinal) - 2).Equals("Discord:Token", StringComparison.OrdinalIgnoreCase);

    private static CommandLine ParseAsk(List<string> rest, string[] configuration) => rest switch
    {
        ["--json"] => new CommandLine(Verb.AskJson, null, null, false, configuration, null),
        [] => Fail("ask needs a question in quotes, or --json to read questions from stdin", configuration),
        _ when rest.Contains("--json") => Fail("ask --json reads questions from stdin; give no question after it", configuration),
        _ => new CommandLine(Verb.Ask, string.Join(' ', rest), null, false, configuration, null),
    };

    private static CommandLine ParseFaq(List<string> rest, string[] configuration) => rest switch
    {
        ["check"] => new CommandLine(Verb.FaqCheck, null, null, false, configuration, null),
        ["check", "--dir", var dir] => new CommandLine(Verb.FaqCheck, null, dir, false, configuration, null),
        ["list"] => new CommandLine(Verb.FaqList, null, null, false, configuration, null),
        ["gaps"] => new CommandLine(Verb.FaqGaps, null, null, false, configuration, null),
        _ => Fail("faq takes 'check [--dir DIR]', 'list' or 'gaps'", configuration),
    };

    private static CommandLine ParseEval(List<string> rest, string[] configuration)
    {
        string? file = null;
        var verbose = false;
        var distractors = 0;
        for (var i = 0; i < rest.Count; i++)
        {
            switch (rest[i])
            {
                case "--verbose":
                    verbose = true;
                    break;
                case "--distractors" when i + 1 < rest.Count && int.TryParse(rest[i + 1], out var count) && count is >= 0 and <= 1_000_000:
                    distractors = count;
                    i++;
                    break;
                case var arg when !arg.StartsWith('-') && file is null:
                    file = arg;
                    break;
                default:
                    return Fail("eval takes a TSV file: eval FILE.tsv [--verbose] [--distractors N]", configuration);
            }
        }

        return file is null
            ? Fail("eval takes a TSV file: eval FILE.tsv [--verbose] [--distractors N]", configuration)
            : new CommandLine(Verb.Eval, file, null, verbose, configuration, null) { Distractors = distractors };
    }

    private static CommandLine Fail(string error, string[] configuration) =>
        new(Verb.Help, null, null, false, configuration, error);
}
