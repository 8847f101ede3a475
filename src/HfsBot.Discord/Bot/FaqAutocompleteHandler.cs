using HfsBot.Core.Faq;
using HfsBot.Discord.Models;

namespace HfsBot.Discord.Bot;

/// <summary>
/// Autocomplete for <c>/faq question</c>: up to 25 entries as the member types, each shown by its title and
/// sent back as its id, so choosing one answers that exact entry. Names and values stay within 100 characters.
/// </summary>
internal sealed class FaqAutocompleteHandler(FaqLibrary library, InteractionResponder responder)
{
    public async Task HandleAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        var typed = FaqCommandHandler.Option(interaction, FaqCommandHandler.QuestionOption) ?? "";
        var entries = library.Current.Answerer.Autocomplete.Suggest(typed, DiscordLimits.AutocompleteChoices);
        var choices = entries
            .Select(e => new AutocompleteChoice
            {
                Name = DiscordLimits.Truncate(e.Title, DiscordLimits.AutocompleteText),
                Value = e.Id.Length <= DiscordLimits.AutocompleteText ? e.Id : e.Id[..DiscordLimits.AutocompleteText],
            })
            .ToList();
        await responder.AutocompleteAsync(interaction, choices, cancellationToken);
    }
}
