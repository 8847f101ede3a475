namespace HfsBot.Core.Learning;

/// <summary>
/// The order in which stochastic gradient descent visits its examples, a fresh one each epoch, drawn from each
/// example's content (a <see cref="ContentHash"/> of it) and the epoch number. Position plays no part: the same
/// examples listed in any order are visited in the same order, and one more example takes its place without
/// moving the others. A shuffle by position made a model trained from the FAQ change whenever a moderator added
/// or moved a phrasing, and with it answers and emergency verdicts near a threshold.
/// </summary>
internal sealed class ContentOrder
{
    private readonly uint[] _contentKeys;
    private readonly ulong[] _sortKeys;
    private readonly int[] _order;

    /// <param name="contentKeys">One <see cref="ContentHash"/> per example. Examples with the same key should be interchangeable (the same content): their relative order is by position.</param>
    public ContentOrder(uint[] contentKeys)
    {
        _contentKeys = contentKeys;
        _sortKeys = new ulong[contentKeys.Length];
        _order = new int[contentKeys.Length];
    }

    /// <summary>The example indices in the order to visit them in <paramref name="epoch"/>; the array is reused.</summary>
    public int[] ForEpoch(int epoch)
    {
        var salt = (uint)(epoch + 1) * 2654435761u;
        for (var i = 0; i < _order.Length; i++)
        {
            _order[i] = i;
            _sortKeys[i] = ((ulong)ContentHash.Mix(_contentKeys[i] ^ salt) << 32) | (uint)i;
        }

        Array.Sort(_sortKeys, _order);
        return _order;
    }
}
