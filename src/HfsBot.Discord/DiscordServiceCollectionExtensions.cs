using HfsBot.Discord.Gateway;
using HfsBot.Discord.Rest;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HfsBot.Discord;

public static class DiscordServiceCollectionExtensions
{
    /// <summary>
    /// Registers the Discord client: <see cref="DiscordOptions"/> (section <c>Discord</c>, validated at start), the REST
    /// client (<see cref="IDiscordRestClient"/>), the gateway, <see cref="GatewayStatus"/> and the hosted service that
    /// keeps the gateway connected. Event handlers are added with <see cref="AddDiscordEventHandler{TEvent, THandler}"/>.
    /// </summary>
    public static IServiceCollection AddHfsDiscordClient(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<DiscordOptions>().BindConfiguration(DiscordOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DiscordOptions>, DiscordOptionsValidator>());

        services.TryAddSingleton(GatewayTimings.Default);
        services.TryAddSingleton(RestPolicy.Default);
        services.TryAddSingleton(JitterSource.Shared);
        services.TryAddSingleton<GatewayStatus>();

        // One HttpClient for the life of the process; pooled connections are recycled so DNS changes are picked up.
        services.TryAddSingleton(sp => new DiscordRestClient(
            new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) }) { Timeout = Timeout.InfiniteTimeSpan },
            sp.GetRequiredService<IOptions<DiscordOptions>>(),
            sp.GetRequiredService<GatewayStatus>(),
            sp.GetRequiredService<RestPolicy>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<DiscordRestClient>>()));
        services.TryAddSingleton<IDiscordRestClient>(sp => sp.GetRequiredService<DiscordRestClient>());

        services.TryAddSingleton<GatewayDispatcher>();
        services.TryAddSingleton<GatewayClient>();
        services.AddHostedService<DiscordGatewayService>();
        return services;
    }

    /// <summary>
    /// Registers <typeparamref name="THandler"/> for <typeparamref name="TEvent"/> (<see cref="ReadyEvent"/>,
    /// <see cref="ResumedEvent"/>, <see cref="MessageCreateEvent"/> or <see cref="InteractionCreateEvent"/>).
    /// Handlers are resolved in a scope per event, so they may depend on scoped services.
    /// </summary>
    public static IServiceCollection AddDiscordEventHandler<TEvent, THandler>(this IServiceCollection services)
        where THandler : class, IDiscordEventHandler<TEvent>
    {
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IDiscordEventHandler<TEvent>, THandler>());
        return services;
    }
}
