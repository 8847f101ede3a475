using System.Text.RegularExpressions;

namespace HfsBot.Core.Safety;

/// <summary>
/// One compiled pattern from <c>faq/safety.yml</c>, read in linear time whatever the message.
/// <para>
/// .NET's linear-time engine keeps 0.1-9 MB of tables per regex however short the pattern, so the 103 regexes of
/// the real file held about 250 MB. Patterns triage reads often (the prefilters on every message; each rule's
/// <c>match</c> and the <c>harmless</c> and <c>absent</c> lists on every message a prefilter finds something in)
/// keep their linear-time regex: it is the fastest. So does the <c>general</c> list, read on every message a rule
/// fired on (member questions about warning signs often fire one). The rest (a rule's <c>and</c> and <c>unless</c>,
/// read only once its match found something; the <c>now</c> list, only for a general question) are kept for the
/// backtracking engine, which needs a few kilobytes each.
/// </para>
/// <para>
/// Backtracking is not trusted to finish, though: past <see cref="BacktrackingBudget"/> on any message, the pattern
/// is read by the linear-time engine from then on (built at that moment). Both engines accept exactly the same
/// messages, and the parser has checked that the linear-time engine accepts every pattern, so the answer never
/// depends on which one read it.
/// </para>
/// </summary>
public sealed class SafetyPattern
{
    /// <summary>
    /// Far more than any real pattern needs (they read the longest test message in well under a millisecond, once
    /// compiled), and long enough that compiling on a busy machine does not count as a slow pattern; a pattern written
    /// with nested repeats costs one message this long, once.
    /// </summary>
    public static readonly TimeSpan BacktrackingBudget = TimeSpan.FromMilliseconds(200);

    internal const RegexOptions LinearOptions = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant;

    /// <summary>
    /// Compiled to IL, which .NET does on a pattern's first read (up to about a tenth of a second for the largest):
    /// interpreted, reading a rule's <c>and</c> and <c>unless</c> made triage of a member question half as slow again.
    /// </summary>
    internal const RegexOptions BacktrackingOptions = RegexOptions.CultureInvariant | RegexOptions.Compiled;

    private readonly string _pattern;
    private readonly Regex? _backtracking;
    private Regex? _linear;

    private SafetyPattern(string pattern, Regex? backtracking, Regex? linear)
    {
        _pattern = pattern;
        _backtracking = backtracking;
        _linear = linear;
    }

    /// <summary>Whether the linear-time engine reads this pattern (from the start if kept so; else after one slow message).</summary>
    public bool ReadsInLinearTime => LinearRegex is not null;

    /// <summary>The linear-time regex, if this pattern has one yet (a prefilter of one rule reuses its rule's).</summary>
    internal Regex? LinearRegex => Volatile.Read(ref _linear);

    /// <summary>For a pattern read often: keeps <paramref name="linear"/>, the parser's compiled regex.</summary>
    internal static SafetyPattern KeepLinear(Regex linear) => new(linear.ToString(), backtracking: null, linear);

    /// <summary>
    /// For a pattern read seldom: keeps the text of <paramref name="checkedLinear"/> (which proved the
    /// linear-time engine accepts it) for the backtracking engine, and lets the linear-time tables go.
    /// </summary>
    internal static SafetyPattern Compact(Regex checkedLinear) =>
        new(checkedLinear.ToString(), new Regex(checkedLinear.ToString(), BacktrackingOptions, BacktrackingBudget), linear: null);

    public bool IsMatch(string text) => Read(text, 0, static (regex, input, _) => regex.IsMatch(input));

    /// <summary>The text with every match replaced by <paramref name="replacement"/>.</summary>
    public string Replace(string text, string replacement) =>
        Read(text, replacement, static (regex, input, with) => regex.Replace(input, with));

    /// <summary>The first match in the text (which words a rule found, for the safety net to judge).</summary>
    public Match Match(string text) => Read(text, 0, static (regex, input, _) => regex.Match(input));

    /// <summary>
    /// Reads <paramref name="text"/> with whichever engine this pattern has now, switching it to the linear-time
    /// engine for good if backtracking runs past its budget. The readers are static lambdas: nothing is allocated
    /// per call.
    /// </summary>
    private TResult Read<TArgument, TResult>(string text, TArgument argument, Func<Regex, string, TArgument, TResult> read)
    {
        if (LinearRegex is { } linear)
        {
            return read(linear, text, argument);
        }

        try
        {
            return read(_backtracking!, text, argument);
        }
        catch (RegexMatchTimeoutException)
        {
            return read(BuildLinear(), text, argument);
        }
    }

    /// <summary>The pattern's text, as the parser built it.</summary>
    public override string ToString() => _pattern;

    private Regex BuildLinear() =>
        LazyInitializer.EnsureInitialized(ref _linear, () => new Regex(_pattern, LinearOptions, Regex.InfiniteMatchTimeout));
}
