using System.Globalization;
using System.Text;
using HfsBot.Core.Answering;
using HfsBot.Core.Data;
using HfsBot.Core.Faq;
using HfsBot.Discord.Models;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HfsBot.Discord.Bot;

/// <summary>
/// <c>/faqadmin reload | stats | gaps</c>, for members with Manage Server (or Administrator) or a role in
/// <c>Discord:ModeratorRoleIds</c>; everyone else gets a polite refusal. Replies are visible to the moderator only.
/// </summary>
internal sealed class FaqAdminCommandHandler(
    FaqLibrary library,
    AnswerStats stats,
    UnansweredLog unanswered,
    InteractionResponder responder,
    IOptions<DiscordOptions> options,
    ILogger<FaqAdminCommandHandler> logger)
{
    public const string Name = "faqadmin";
    private const ulong Administrator = 1 << 3;
    private const ulong ManageGuild = 1 << 5;

    public async Task HandleAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        var subcommand = interaction.Data?.Options is [var first, ..] ? first.Name : "";
        if (!IsModerator(interaction.Member, options.Value.ModeratorRoleIds))
        {
            BotLog.AdminRefused(logger, subcommand);
            await responder.RespondTextAsync(interaction, Replies.RefuseAdmin, cancellationToken);
            return;
        }

        switch (subcommand)
        {
            case "reload":
                // Validating the folder can take a moment: acknowledge first, answer by editing.
                await responder.DeferAsync(interaction, ephemeral: true, cancellationToken);
                await responder.EditOriginalAsync(interaction, DiscordReply.Text(ReloadReport.Describe(library.Reload())), cancellationToken);
                break;
            case "stats":
                await responder.RespondTextAsync(interaction, DescribeStats(stats.Snapshot()), cancellationToken);
                break;
            case "gaps":
                // Grouping months of questions can outlast Discord's three seconds to respond: acknowledge first.
                await responder.DeferAsync(interaction, ephemeral: true, cancellationToken);
                await responder.EditOriginalAsync(interaction, DiscordReply.Text(DescribeGaps(GapReport.Build(unanswered.ReadAll(), library.Current.Catalog.Synonyms))), cancellationToken);
                break;
            default:
                await responder.RespondTextAsync(interaction, "Use `/faqadmin reload`, `/faqadmin stats` or `/faqadmin gaps`.", cancellationToken);
                break;
        }
    }

    /// <summary>Manage Server or Administrator in the channel (Discord computes the member's permissions there), or a moderator role.</summary>
    public static bool IsModerator(GuildMember? member, IReadOnlyCollection<ulong> moderatorRoleIds)
    {
        ArgumentNullException.ThrowIfNull(moderatorRoleIds);
        if (member is null)
        {
            return false; // direct messages have no server permissions
        }

        var permissions = ulong.TryParse(member.Permissions, NumberStyles.None, CultureInfo.InvariantCulture, out var bits) ? bits : 0;
        return (permissions & (Administrator | ManageGuild)) != 0
            || member.Roles?.Any(role => moderatorRoleIds.Contains(role.Value)) == true;
    }

    private static string DescribeStats(StatsSnapshot snapshot)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"**Since {snapshot.Since:yyyy-MM-dd HH:mm} UTC:** {Counts(snapshot.SinceStart)}");
        if (!snapshot.SinceStart.TopEntries.IsEmpty)
        {
            text.AppendLine("**Most answered:** " + string.Join(", ", snapshot.SinceStart.TopEntries.Select(e => $"{e.Id} ({e.Count})")));
        }

        foreach (var (day, counts) in snapshot.ByDay.Take(7))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{day:yyyy-MM-dd}: {Counts(counts)}");
        }

        return DiscordLimits.Truncate(text.ToString(), DiscordLimits.Content);
    }

    private static string Counts(StatsPeriod period) =>
        $"{period.Total} replies: {period.ByOutcome[ReplyOutcome.Answer]} answered, {period.ByOutcome[ReplyOutcome.Suggest]} did-you-mean, "
        + $"{period.ByOutcome[ReplyOutcome.None]} no answer, {period.ByOutcome[ReplyOutcome.Advice]} personal advice, "
        + $"{period.ByOutcome[ReplyOutcome.Urgent]} urgent, {period.ByOutcome[ReplyOutcome.Crisis]} crisis";

    private static string DescribeGaps(IReadOnlyList<GapGroup> groups)
    {
        if (groups.Count == 0)
        {
            return "No unanswered questions recorded. :tada:";
        }

        var lines = groups.Select(g => $"**{g.Count}x** \"{DiscordLimits.Truncate(g.Example, 150)}\"" + (g.ClosestId is null ? "" : $" (closest: `{g.ClosestId}`)")).ToList();
        return DiscordLimits.JoinLines(["**Unanswered questions, most asked first:**", .. lines], DiscordLimits.Content);
    }
}

/// <summary>How a reload is reported to moderators, in the mod log and in reply to <c>/faqadmin reload</c>.</summary>
internal static class ReloadReport
{
    private const int MaxListedProblems = 12;

    public static string Describe(FaqReloadResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var load = result.Load;
        var warnings = load.Warnings.Count();
        if (result.Swapped && !load.HasErrors)
        {
            return $"FAQ reloaded: {result.Serving.Catalog.Entries.Length} entries, {warnings} warnings." + Problems(load.Warnings);
        }

        var errors = load.Errors.ToList();
        if (result.Swapped)
        {
            // There was no good set to keep (nothing loaded yet): the valid files serve, the broken ones are skipped.
            return $"FAQ reloaded with {errors.Count} errors: {result.Serving.Catalog.Entries.Length} entries serving, {load.SkippedFiles.Length} files skipped. Fix these and save again:"
                + Problems(errors);
        }

        return $"FAQ **not** reloaded: {errors.Count} errors. Still serving the last good set ({result.Serving.Catalog.Entries.Length} entries). Fix these and save again:"
            + Problems(errors);
    }

    private static string Problems(IEnumerable<FaqDiagnostic> problems)
    {
        var list = problems.ToList();
        if (list.Count == 0)
        {
            return "";
        }

        var shown = string.Join('\n', list.Take(MaxListedProblems).Select(p => DiscordLimits.Truncate(p.ToString(), 140)));
        var more = list.Count > MaxListedProblems ? $"\n…and {list.Count - MaxListedProblems} more (run `faq check` for all)" : "";
        return DiscordLimits.Truncate($"\n```\n{shown.Replace("```", "'''", StringComparison.Ordinal)}\n```{more}", 1700);
    }
}
