using HfsBot.Discord.Rest;

namespace HfsBot.Discord.Tests;

public sealed partial class RestTests
{
    internal static RestPolicy FastPolicy { get; } = new()
    {
        ServerErrorBaseDelay = TimeSpan.FromMilliseconds(50),
        UnknownRateLimitWait = TimeSpan.FromSeconds(1),
        RateLimitMargin = TimeSpan.FromMilliseconds(20),
        RequestTimeout = TimeSpan.FromSeconds(5),
    };
}
