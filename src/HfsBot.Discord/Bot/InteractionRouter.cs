using HfsBot.Discord.Gateway;
using HfsBot.Discord.Models;

namespace HfsBot.Discord.Bot;

/// <summary>Sends each interaction to the handler for its kind and command; each interaction is handled once.</summary>
internal sealed class InteractionRouter(
    FaqCommandHandler faq,
    FaqAdminCommandHandler admin,
    AnswerWithFaqHandler answerWithFaq,
    FaqAutocompleteHandler autocomplete,
    ComponentHandler components,
    BotThrottles throttles) : IDiscordEventHandler<InteractionCreateEvent>
{
    public async ValueTask HandleAsync(InteractionCreateEvent e, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(e);
        var interaction = e.Interaction;
        if (interaction.Invoker?.Bot == true || !throttles.Events.FirstTime("interaction:" + interaction.Id))
        {
            return;
        }

        var task = (interaction.Type, interaction.Data?.Name) switch
        {
            (InteractionTypes.ApplicationCommandAutocomplete, FaqCommandHandler.Name) => autocomplete.HandleAsync(interaction, cancellationToken),
            (InteractionTypes.ApplicationCommand, FaqCommandHandler.Name) => faq.HandleAsync(interaction, cancellationToken),
            (InteractionTypes.ApplicationCommand, FaqAdminCommandHandler.Name) => admin.HandleAsync(interaction, cancellationToken),
            (InteractionTypes.ApplicationCommand, AnswerWithFaqHandler.Name) => answerWithFaq.HandleAsync(interaction, cancellationToken),
            (InteractionTypes.MessageComponent, _) => components.HandleAsync(interaction, cancellationToken),
            _ => Task.CompletedTask, // commands of an older registration, modals: nothing to do
        };
        await task;
    }
}
