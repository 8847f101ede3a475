using System.Runtime.InteropServices;

namespace HfsBot.Core.Learning;

/// <summary>
/// A binary logistic-regression model over string features, trained by plain stochastic gradient descent.
/// Deterministic, and blind to the order of its examples (<see cref="ContentOrder"/>): the same examples listed in
/// any order give exactly the same weights.
/// </summary>
internal sealed class LogisticModel
{
    private const int Epochs = 30;
    private const double LearningRate = 0.1;
    private const double L2 = 1e-3;

    // A plain dictionary, never changed after training, so safe to read from many threads. Not a FrozenDictionary:
    // with tens of thousands of word and pair features it picks full-string randomized hashing, and looking up a
    // message's 30 features took 7 µs instead of 2.6 µs (measured on the chat model, 26,000 features).
    private readonly Dictionary<string, int> _featureIds;
    private readonly double[] _weights;
    private readonly double _bias;
    private readonly int[] _timesSeen;

    private LogisticModel(Dictionary<string, int> featureIds, double[] weights, double bias, int[] timesSeen)
    {
        _featureIds = featureIds;
        _weights = weights;
        _bias = bias;
        _timesSeen = timesSeen;
    }

    /// <param name="examples">Feature sets and labels.</param>
    /// <param name="positiveWeight">How much more a missed positive costs than a false alarm.</param>
    public static LogisticModel Train(IReadOnlyList<(string[] Features, bool Positive)> examples, double positiveWeight)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var encoded = new (int[] Features, bool Positive)[examples.Count];
        var contentKeys = new uint[examples.Count];
        for (var i = 0; i < examples.Count; i++)
        {
            var (names, positive) = examples[i];
            var features = new int[names.Length];
            for (var k = 0; k < names.Length; k++)
            {
                ref var id = ref CollectionsMarshal.GetValueRefOrAddDefault(ids, names[k], out var known);
                if (!known)
                {
                    id = ids.Count - 1;
                }

                features[k] = id;
            }

            encoded[i] = (features, positive);
            contentKeys[i] = ContentKey(names, positive);
        }

        var timesSeen = new int[ids.Count];
        foreach (var (features, _) in encoded)
        {
            foreach (var f in features)
            {
                timesSeen[f]++;
            }
        }

        var weights = new double[ids.Count];
        var bias = 0.0;
        var visits = new ContentOrder(contentKeys);
        for (var epoch = 0; epoch < Epochs; epoch++)
        {
            foreach (var index in visits.ForEpoch(epoch))
            {
                var (features, positive) = encoded[index];
                var z = bias;
                foreach (var f in features)
                {
                    z += weights[f];
                }

                var gradient = Sigmoid(z) - (positive ? 1 : 0);
                var scale = positive ? positiveWeight : 1;
                foreach (var f in features)
                {
                    weights[f] -= LearningRate * ((scale * gradient) + (L2 * weights[f]));
                }

                bias -= LearningRate * scale * gradient;
            }
        }

        return new LogisticModel(ids, weights, bias, timesSeen);
    }

    public double Probability(IEnumerable<string> features)
    {
        var z = _bias;
        foreach (var feature in features)
        {
            if (_featureIds.TryGetValue(feature, out var id))
            {
                z += _weights[id];
            }
        }

        return Sigmoid(z);
    }

    /// <summary>In how many training examples <paramref name="feature"/> appeared (0 for a word it never saw).</summary>
    public int TimesSeen(string feature) => _featureIds.TryGetValue(feature, out var id) ? _timesSeen[id] : 0;

    /// <summary>
    /// The <see cref="ContentHash"/> of the label and the features, as if joined into one string
    /// ("True\u0001word\u0001pair"), without building it: the key decides the order of training.
    /// </summary>
    private static uint ContentKey(string[] features, bool positive)
    {
        var hash = ContentHash.Begin();
        hash = ContentHash.Add(hash, positive ? bool.TrueString : bool.FalseString);
        foreach (var feature in features)
        {
            hash = ContentHash.Add(ContentHash.Add(hash, '\u0001'), feature);
        }

        return ContentHash.End(hash);
    }

    private static double Sigmoid(double z) => 1 / (1 + Math.Exp(-Math.Clamp(z, -30, 30)));
}
