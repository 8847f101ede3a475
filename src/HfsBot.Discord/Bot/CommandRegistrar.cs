using HfsBot.Discord.Gateway;
using HfsBot.Discord.Models;
using HfsBot.Discord.Rest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HfsBot.Discord.Bot;

/// <summary>
/// Registers the bot's commands after the first READY with one idempotent bulk overwrite: per guild when
/// <c>Discord:GuildIds</c> is set (instant), otherwise globally. A failure is retried after the next READY.
/// </summary>
internal sealed class CommandRegistrar(IDiscordRestClient rest, IOptions<DiscordOptions> options, ILogger<CommandRegistrar> logger)
    : IDiscordEventHandler<ReadyEvent>
{
    private int _registered;

    public async ValueTask HandleAsync(ReadyEvent e, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (Interlocked.CompareExchange(ref _registered, 1, 0) != 0)
        {
            return;
        }

        try
        {
            var applicationId = e.Ready.Application.Id;
            var guilds = options.Value.GuildIds;
            var commands = Commands(global: guilds.Length == 0);
            if (guilds.Length == 0)
            {
                await rest.BulkOverwriteGlobalCommandsAsync(applicationId, commands, cancellationToken);
                BotLog.CommandsRegistered(logger, commands.Count, "global");
                return;
            }

            foreach (var guild in guilds)
            {
                await rest.BulkOverwriteGuildCommandsAsync(applicationId, guild, commands, cancellationToken);
            }

            BotLog.CommandsRegisteredInGuilds(logger, commands.Count, guilds.Length);
        }
        catch (Exception ex) when (DiscordFailures.IsExpected(ex))
        {
            Interlocked.Exchange(ref _registered, 0);
            BotLog.CommandRegistrationFailed(logger, ex);
        }
    }

    /// <summary>
    /// <c>/faq</c> (in servers and in DMs with the bot), <c>/faqadmin</c> (servers only; the permission check is
    /// the bot's, so that moderator roles work and others get a polite refusal) and "Answer with FAQ".
    /// <c>contexts</c> applies to global commands only.
    /// </summary>
    public static IReadOnlyList<ApplicationCommand> Commands(bool global) =>
    [
        new()
        {
            Name = FaqCommandHandler.Name,
            Type = ApplicationCommandTypes.ChatInput,
            Description = "Ask the group's reviewed hemifacial spasm FAQ",
            Contexts = global ? [0, 1] : null,
            Options =
            [
                new() { Type = ApplicationCommandOptionTypes.String, Name = FaqCommandHandler.QuestionOption, Description = "Your question, in your own words", Required = true, Autocomplete = true },
                new() { Type = ApplicationCommandOptionTypes.Boolean, Name = FaqCommandHandler.PublicOption, Description = "Show the answer to everyone in the channel (only you see it otherwise)" },
            ],
        },
        new()
        {
            Name = FaqAdminCommandHandler.Name,
            Type = ApplicationCommandTypes.ChatInput,
            Description = "FAQ tools for moderators",
            Contexts = global ? [0] : null,
            Options =
            [
                new() { Type = ApplicationCommandOptionTypes.SubCommand, Name = "reload", Description = "Check the FAQ folder and load it if it is valid" },
                new() { Type = ApplicationCommandOptionTypes.SubCommand, Name = "stats", Description = "How the FAQ was used, since start and by day" },
                new() { Type = ApplicationCommandOptionTypes.SubCommand, Name = "gaps", Description = "Unanswered questions, grouped, most asked first" },
            ],
        },
        new()
        {
            Name = AnswerWithFaqHandler.Name,
            Type = ApplicationCommandTypes.Message,
            Contexts = global ? [0] : null,
        },
    ];
}
