namespace HfsBot.Core.Learning;

/// <summary>
/// A fixed 32-bit hash of a text (FNV-1a with a final mix). <see cref="string.GetHashCode()"/> changes from one run
/// to the next, and training must give the same model every time; what is hashed here decides which examples a
/// model learns from and in what order, so it must depend on the text alone.
/// </summary>
internal static class ContentHash
{
    public static uint Of(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return Mix(hash);
    }

    /// <summary>Spreads the bits of <paramref name="value"/>, so that nearby inputs give unrelated outputs.</summary>
    public static uint Mix(uint value)
    {
        value ^= value >> 16;
        value *= 0x7feb352d;
        value ^= value >> 15;
        value *= 0x846ca68b;
        value ^= value >> 16;
        return value;
    }
}
