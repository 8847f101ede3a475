namespace HfsBot.Discord.Rest;

/// <summary>REST retry and rate-limit tunables (not configuration keys); tests shrink the waits.</summary>
internal sealed record RestPolicy
{
    public static RestPolicy Default { get; } = new();

    /// <summary>429s retried per call; after that the 429 is thrown (never a tight loop).</summary>
    public int MaxRateLimitRetries { get; init; } = 3;

    /// <summary>A 429 asking for a longer wait than this is thrown at once instead of blocking the caller.</summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Added to every rate-limit wait: Discord's clock and ours round differently.</summary>
    public TimeSpan RateLimitMargin { get; init; } = TimeSpan.FromMilliseconds(50);

    /// <summary>
    /// The wait for a 429 that says nothing usable (no JSON body, no headers): Cloudflare's HTML answer during an IP
    /// ban (discord/discord-api-docs#1771). It pauses all traffic, interactions included.
    /// </summary>
    public TimeSpan UnknownRateLimitWait { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>5xx and transport failures retried per call, with doubling waits from <see cref="ServerErrorBaseDelay"/>.</summary>
    public int MaxServerErrorRetries { get; init; } = 3;

    public TimeSpan ServerErrorBaseDelay { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>One HTTP attempt, from sending to the whole response body.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Buckets unused for this long (and not waiting for a reset) are forgotten; interaction buckets are one-off.</summary>
    public TimeSpan BucketIdleTimeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Discord bans an IP for 10,000 invalid requests (401/403/429) in 10 minutes.</summary>
    public TimeSpan InvalidRequestWindow { get; init; } = TimeSpan.FromMinutes(10);
}
