using HfsBot.Core.Learning;

namespace HfsBot.Core.Matching;

/// <summary>
/// A learned second opinion on which entry a question means: multinomial logistic regression from the words of
/// a question, and each pair of neighbouring words, to the entries, trained on the FAQ's own titles and
/// questions every time the FAQ loads. Word coverage weighs a word by how rare it is across the FAQ; this learns
/// which words tell these particular entries apart ("tumour" is about danger, "women" about who gets HFS) and
/// which pairs carry meaning ("how long" with "botox").
/// <para>
/// It stays linear in the size of the FAQ: an entry has weights only for the features of its own phrasings,
/// and each phrasing is trained against its competitors: every entry in a small FAQ, and in a large one the
/// entries that share its rarest words. At answer time it only compares the few entries word coverage found.
/// Deterministic: the same FAQ always gives the same weights.
/// </para>
/// </summary>
internal sealed class EntryClassifier
{
    private const int Epochs = 20;

    /// <summary>
    /// Passes over a large FAQ's phrasings. Each pass there is long, and loading 10,000 entries must stay under two
    /// seconds. Over the twenty-eight sets holdout5-32 at 10,000 entries, top-1 is 92.8% with 7 or 10 passes and
    /// 92.9% with 5 or 6; fewer than 7 rank under 80% of 400 synthetic entries' phrasings first
    /// (EntryClassifierTests). 7 keeps both, in 70% of the time of 10.
    /// </summary>
    private const int LargeFaqEpochs = 7;
    private const float LearningRate = 0.1f;
    private const float L2 = 1e-4f;

    /// <summary>Up to this many entries every phrasing is trained against all the others.</summary>
    private const int AllCompetitorsUpTo = 64;

    /// <summary>In a larger FAQ, how many entries sharing its rarest words a phrasing is trained against.</summary>
    private const int MaxCompetitors = 16;

    private readonly long[][] _keys;
    private readonly float[][] _weights;

    private EntryClassifier(long[][] keys, float[][] weights)
    {
        _keys = keys;
        _weights = weights;
    }

    public static EntryClassifier Train(FaqIndex index)
    {
        ArgumentNullException.ThrowIfNull(index);
        var entryCount = index.Entries.Length;
        var slotsByEntry = Enumerable.Range(0, entryCount).Select(_ => new Dictionary<long, int>()).ToArray();
        var slotCount = 0;
        var features = new long[index.Variants.Length][];
        for (var v = 0; v < index.Variants.Length; v++)
        {
            features[v] = Features(index.Variants[v].Terms);
            var slots = slotsByEntry[index.Variants[v].Entry];
            foreach (var feature in features[v])
            {
                if (!slots.ContainsKey(feature))
                {
                    slots[feature] = slotCount++;
                }
            }
        }

        // Each phrasing's competitors and slots depend on nothing but the index: worked out side by side.
        var examples = new Example[index.Variants.Length];
        Parallel.For(0, index.Variants.Length, v =>
        {
            var classes = Competitors(index, v);
            var f = features[v];
            // Only the slots that exist: a competitor shares few of a phrasing's features, and training skips none.
            var starts = new int[classes.Length + 1];
            var exampleSlots = new List<int>(f.Length * 2);
            for (var k = 0; k < classes.Length; k++)
            {
                starts[k] = exampleSlots.Count;
                var slots = slotsByEntry[classes[k]];
                foreach (var feature in f)
                {
                    if (slots.TryGetValue(feature, out var slot))
                    {
                        exampleSlots.Add(slot);
                    }
                }
            }

            starts[classes.Length] = exampleSlots.Count;
            examples[v] = new Example(starts, [.. exampleSlots]);
        });

        var visits = new ContentOrder([.. index.Variants.Select(v => ContentHash.Of($"{index.Entries[v.Entry].Id}\u0001{v.Text}"))]);
        var weights = Fit(examples, visits, slotCount, entryCount <= AllCompetitorsUpTo ? Epochs : LargeFaqEpochs);
        var keys = new long[entryCount][];
        var entryWeights = new float[entryCount][];
        for (var entry = 0; entry < entryCount; entry++)
        {
            var ordered = slotsByEntry[entry].OrderBy(s => s.Key).ToArray();
            keys[entry] = [.. ordered.Select(s => s.Key)];
            entryWeights[entry] = [.. ordered.Select(s => weights[s.Value])];
        }

        return new EntryClassifier(keys, entryWeights);
    }

    /// <summary>
    /// The features of a text given as term ids in order (-1 for a word the FAQ has never seen): each term, and
    /// each pair of neighbouring known terms.
    /// </summary>
    public static long[] Features(IReadOnlyList<int> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var features = new List<long>(terms.Count * 2);
        var previous = -1;
        foreach (var term in terms)
        {
            if (term >= 0)
            {
                features.Add(term);
                if (previous >= 0)
                {
                    // Pairs live above 2^32, clear of every single term id.
                    features.Add(((long)(previous + 1) << 32) | (uint)term);
                }
            }

            previous = term;
        }

        return [.. features.Distinct()];
    }

    /// <summary>
    /// How likely each of <paramref name="entries"/> is, among those entries only (a softmax over their logits).
    /// Null when there are none.
    /// </summary>
    public double[]? Probabilities(IReadOnlyList<int> entries, ReadOnlySpan<long> features)
    {
        ArgumentNullException.ThrowIfNull(entries);
        if (entries.Count == 0)
        {
            return null;
        }

        Span<float> logits = stackalloc float[entries.Count];
        for (var k = 0; k < entries.Count; k++)
        {
            logits[k] = Logit(entries[k], features);
        }

        Softmax(logits);
        var probabilities = new double[entries.Count];
        for (var k = 0; k < entries.Count; k++)
        {
            probabilities[k] = logits[k];
        }

        return probabilities;
    }

    /// <summary>How strongly the features point to <paramref name="entry"/> (a logit: compare entries by softmax).</summary>
    public float Logit(int entry, ReadOnlySpan<long> features)
    {
        var keys = _keys[entry];
        var weights = _weights[entry];
        var sum = 0f;
        foreach (var feature in features)
        {
            var at = Array.BinarySearch(keys, feature);
            if (at >= 0)
            {
                sum += weights[at];
            }
        }

        return sum;
    }

    /// <summary>The entry of variant <paramref name="v"/> first, then the entries it is trained against.</summary>
    private static int[] Competitors(FaqIndex index, int v)
    {
        var own = index.Variants[v].Entry;
        if (index.Entries.Length <= AllCompetitorsUpTo)
        {
            return [own, .. Enumerable.Range(0, index.Entries.Length).Where(e => e != own)];
        }

        var classes = new List<int>(MaxCompetitors + 1) { own };
        foreach (var term in index.Variants[v].Terms.OrderByDescending(t => index.Idf[t]).ThenBy(t => t))
        {
            foreach (var (entry, _) in index.EntryPostings[term])
            {
                if (classes.Count > MaxCompetitors)
                {
                    return [.. classes];
                }

                if (!classes.Contains(entry))
                {
                    classes.Add(entry);
                }
            }
        }

        return [.. classes];
    }

    /// <summary>Stochastic gradient descent on the softmax loss of each phrasing over its own candidate entries.</summary>
    private static float[] Fit(Example[] examples, ContentOrder visits, int slotCount, int epochs)
    {
        var weights = new float[slotCount];
        var logits = new float[examples.Length == 0 ? 0 : examples.Max(e => e.Classes)];
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            foreach (var i in visits.ForEpoch(epoch))
            {
                var example = examples[i];
                for (var k = 0; k < example.Classes; k++)
                {
                    var z = 0f;
                    foreach (var slot in example.SlotsOf(k))
                    {
                        z += weights[slot];
                    }

                    logits[k] = z;
                }

                Softmax(logits.AsSpan(0, example.Classes));
                for (var k = 0; k < example.Classes; k++)
                {
                    // Gradient of the softmax loss: predicted probability minus 1 for the true entry (k = 0).
                    var gradient = logits[k] - (k == 0 ? 1 : 0);
                    foreach (var slot in example.SlotsOf(k))
                    {
                        weights[slot] -= LearningRate * (gradient + (L2 * weights[slot]));
                    }
                }
            }
        }

        return weights;
    }

    /// <summary>Turns logits into probabilities, in place.</summary>
    private static void Softmax(Span<float> logits)
    {
        var max = float.NegativeInfinity;
        foreach (var z in logits)
        {
            max = Math.Max(max, z);
        }

        var total = 0f;
        for (var k = 0; k < logits.Length; k++)
        {
            logits[k] = MathF.Exp(logits[k] - max);
            total += logits[k];
        }

        for (var k = 0; k < logits.Length; k++)
        {
            logits[k] /= total;
        }
    }

    /// <param name="Starts">Where each entry's slots begin in <paramref name="Slots"/> (its own entry first), and one past the last.</param>
    /// <param name="Slots">For each entry it is compared over, the weight slots of the phrasing's features that entry has, in feature order.</param>
    private readonly record struct Example(int[] Starts, int[] Slots)
    {
        /// <summary>How many entries it is compared over (its own first).</summary>
        public int Classes => Starts.Length - 1;

        public ReadOnlySpan<int> SlotsOf(int k) => Slots.AsSpan(Starts[k], Starts[k + 1] - Starts[k]);
    }
}
