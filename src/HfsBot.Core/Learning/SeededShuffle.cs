namespace HfsBot.Core.Learning;

/// <summary>
/// A tiny linear congruential generator for shuffling training examples: System.Random's seeded sequence is not
/// promised to stay the same between .NET versions, and training must give the same model every time.
/// </summary>
internal sealed class SeededShuffle(uint seed)
{
    private uint _state = seed;

    public void Shuffle(int[] items)
    {
        for (var i = items.Length - 1; i > 0; i--)
        {
            _state = (_state * 1664525) + 1013904223;
            var j = (int)(_state % (uint)(i + 1));
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}
