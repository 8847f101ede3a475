using HfsBot.Discord.Gateway;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace HfsBot.Discord.Bot;

public static class DiscordBotServiceCollectionExtensions
{
    /// <summary>
    /// The FAQ bot on Discord: the client (<see cref="DiscordServiceCollectionExtensions.AddHfsDiscordClient"/>),
    /// the event handlers, cooldowns, the mod log and reload notices. Needs the core services (AddHfsCore).
    /// </summary>
    public static IServiceCollection AddHfsDiscordBot(this IServiceCollection services)
    {
        services.AddHfsDiscordClient();
        services.AddOptions<FaqBotOptions>().BindConfiguration(DiscordOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<FaqBotOptions>, FaqBotOptionsValidator>());

        services.AddSingleton<BotThrottles>();
        services.AddSingleton<FaqAsker>();
        services.AddSingleton<ChannelPoster>();
        services.AddSingleton<ModLog>();
        services.AddSingleton<InteractionResponder>();
        services.AddSingleton<FaqCommandHandler>();
        services.AddSingleton<FaqAdminCommandHandler>();
        services.AddSingleton<AnswerWithFaqHandler>();
        services.AddSingleton<FaqAutocompleteHandler>();
        services.AddSingleton<ComponentHandler>();

        // A singleton: it remembers whether the commands are registered across READY events.
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDiscordEventHandler<ReadyEvent>, CommandRegistrar>());
        services.AddDiscordEventHandler<MessageCreateEvent, MessageCreateHandler>();
        services.AddDiscordEventHandler<InteractionCreateEvent, InteractionRouter>();
        services.AddHostedService<FaqReloadNotifier>();
        return services;
    }
}
