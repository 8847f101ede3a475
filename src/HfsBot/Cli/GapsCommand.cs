using System.Globalization;
using HfsBot.Core.Data;
using HfsBot.Core.Faq;
using Microsoft.Extensions.Options;

namespace HfsBot.Cli;

/// <summary><c>faq gaps</c>: the unanswered questions, grouped by similarity, most asked first.</summary>
internal sealed class GapsCommand(UnansweredLog log, FaqLibrary library, IOptions<DataOptions> dataOptions, ConsoleStreams console)
{
    public const int MaxGroups = 30;

    public int Run()
    {
        var records = log.ReadAll();
        var groups = GapReport.Build(records, library.Current.Catalog.Synonyms);
        console.Out.WriteLine($"Unanswered questions in the last {dataOptions.Value.UnansweredRetentionDays} days: {records.Count}, in {groups.Length} groups ({log.FilePath}).");
        foreach (var group in groups.Take(MaxGroups))
        {
            var closest = group.ClosestId is null ? "" : $"; closest entry: {group.ClosestId}";
            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{group.Count,4}x  \"{group.Example}\"  (last asked {group.LastAsked:yyyy-MM-dd}{closest})"));
            foreach (var other in group.Others)
            {
                console.Out.WriteLine($"       also: \"{other}\"");
            }
        }

        if (groups.Length > MaxGroups)
        {
            console.Out.WriteLine($"... and {groups.Length - MaxGroups} smaller groups.");
        }

        return ExitCodes.Success;
    }
}
