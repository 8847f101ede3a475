namespace HfsBot.Discord.Gateway;

/// <summary>Gateway intents the bot may request (Discord's "List of Intents"); the rest are never needed here.</summary>
[Flags]
public enum GatewayIntents
{
    None = 0,
    Guilds = 1 << 0,
    GuildMessages = 1 << 9,
    DirectMessages = 1 << 12,

    /// <summary>Privileged: must be enabled in the Developer Portal, otherwise the gateway closes with 4014.</summary>
    MessageContent = 1 << 15,
}
