using HfsBot.Discord.Models;
using HfsBot.Discord.Rest;
using Microsoft.Extensions.Logging;

namespace HfsBot.Discord.Bot;

/// <summary>Answers interactions (always over HTTP, within Discord's 3-second window), logging failures.</summary>
internal sealed class InteractionResponder(IDiscordRestClient rest, GatewayStatus status, ILogger<InteractionResponder> logger)
{
    public Task RespondAsync(Interaction interaction, DiscordReply reply, bool ephemeral, CancellationToken cancellationToken) =>
        SendAsync("interaction reply", () => rest.CreateInteractionResponseAsync(interaction.Id, interaction.Token, InteractionResponse.Message(reply.AsInteractionData(ephemeral)), cancellationToken));

    public Task RespondTextAsync(Interaction interaction, string text, CancellationToken cancellationToken) =>
        RespondAsync(interaction, DiscordReply.Text(text), ephemeral: true, cancellationToken);

    public Task AutocompleteAsync(Interaction interaction, IReadOnlyList<AutocompleteChoice> choices, CancellationToken cancellationToken) =>
        SendAsync("autocomplete choices", () => rest.CreateInteractionResponseAsync(interaction.Id, interaction.Token, InteractionResponse.Autocomplete(choices), cancellationToken));

    public Task DeferAsync(Interaction interaction, bool ephemeral, CancellationToken cancellationToken) =>
        SendAsync("deferral", () => rest.CreateInteractionResponseAsync(interaction.Id, interaction.Token, InteractionResponse.Deferred(ephemeral), cancellationToken));

    /// <summary>Fills in a deferred response; returns the message (for its link), or null if it failed.</summary>
    public async Task<Message?> EditOriginalAsync(Interaction interaction, DiscordReply reply, CancellationToken cancellationToken)
    {
        if ((interaction.ApplicationId ?? status.ApplicationId) is not { } applicationId)
        {
            return null;
        }

        try
        {
            return await rest.EditOriginalInteractionResponseAsync(applicationId, interaction.Token, reply.AsWebhookMessage(), cancellationToken);
        }
        catch (Exception ex) when (DiscordFailures.IsExpected(ex))
        {
            BotLog.SendFailed(logger, ex, "deferred reply");
            return null;
        }
    }

    private async Task SendAsync(string what, Func<Task> send)
    {
        try
        {
            await send();
        }
        catch (Exception ex) when (DiscordFailures.IsExpected(ex))
        {
            BotLog.SendFailed(logger, ex, what);
        }
    }
}
