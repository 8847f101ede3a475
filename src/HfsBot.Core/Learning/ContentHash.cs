namespace HfsBot.Core.Learning;

/// <summary>
/// A fixed 32-bit hash of a text (FNV-1a with a final mix). <see cref="string.GetHashCode()"/> changes from one run
/// to the next, and training must give the same model every time; what is hashed here decides which examples a
/// model learns from and in what order, so it must depend on the text alone.
/// </summary>
internal static class ContentHash
{
    public static uint Of(string text) => End(Add(Begin(), text));

    /// <summary>The state before any text: <see cref="Begin"/>, then <see cref="Add(uint, string)"/> for each piece, then
    /// <see cref="End"/> gives the hash of the pieces joined, without joining them.</summary>
    public static uint Begin() => 2166136261u;

    public static uint Add(uint hash, string text)
    {
        foreach (var c in text)
        {
            hash = Add(hash, c);
        }

        return hash;
    }

    public static uint Add(uint hash, char c) => (hash ^ c) * 16777619u;

    public static uint End(uint hash) => Mix(hash);

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
