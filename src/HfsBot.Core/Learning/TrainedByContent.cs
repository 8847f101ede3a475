using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace HfsBot.Core.Learning;

/// <summary>
/// Models already trained, by the content they learned from. A moderator's edit reloads the whole FAQ, but most
/// edits change an answer, not what a model learns from (the phrasings, the safety examples): reusing the model
/// trained from exactly the same content makes such a reload retrain nothing, and keeps the model the same object.
/// </summary>
/// <typeparam name="TModel">The trained model; immutable, so one instance can serve every reload that shares it.</typeparam>
internal sealed class TrainedByContent<TModel> : TrainedByContent
    where TModel : class
{
    private readonly Lock _gate = new();

    /// <summary>The models kept, most recently used first, each by the digest of its content.</summary>
    private readonly List<(string Digest, TModel Model)> _recent = [];

    public TrainedByContent() => Register(this);

    /// <param name="content">Everything the model learns from, as one string: equal strings give equal models.</param>
    /// <param name="train">Trains the model from that content (outside the lock: two threads may both train the same
    /// content the first time; either model is right, and the second is kept).</param>
    public TModel GetOrTrain(string content, Func<TModel> train)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(train);

        // Kept by a SHA-256 digest, never by the content itself: a safety net's content is megabytes of examples, and
        // a cache holding that text for every model it kept would outweigh the models. The string's own UTF-16 bytes
        // are hashed, so no encoded copy of it is made either.
        var digest = Convert.ToHexString(SHA256.HashData(MemoryMarshal.AsBytes(content.AsSpan())));
        lock (_gate)
        {
            var at = _recent.FindIndex(kept => kept.Digest == digest);
            if (at >= 0)
            {
                var hit = _recent[at];
                _recent.RemoveAt(at);
                _recent.Insert(0, hit);
                return hit.Model;
            }
        }

        var model = train();
        lock (_gate)
        {
            _recent.RemoveAll(kept => kept.Digest == digest);
            _recent.Insert(0, (digest, model));
            if (_recent.Count > MaxKept)
            {
                _recent.RemoveRange(MaxKept, _recent.Count - MaxKept);
            }
        }

        return model;
    }

    protected override void Forget()
    {
        lock (_gate)
        {
            _recent.Clear();
        }
    }
}

/// <summary>What every cache of trained models shares: how many it keeps, and forgetting them all at once.</summary>
internal abstract class TrainedByContent
{
    /// <summary>
    /// A few are kept, not one: tests and benchmarks build several FAQs in one process. A long-running bot only ever
    /// needs the current one, and a model is tens of megabytes, so only the few most recently used are kept.
    /// </summary>
    internal const int MaxKept = 4;

    private static readonly ConcurrentBag<TrainedByContent> All = [];

    /// <summary>
    /// Forgets every trained model, so that the next load trains from scratch as a first load does. For the
    /// loading benchmark: without it, every load after the first would reuse the models and measure a reload.
    /// </summary>
    public static void ForgetAll()
    {
        foreach (var cache in All)
        {
            cache.Forget();
        }
    }

    protected static void Register(TrainedByContent cache) => All.Add(cache);

    protected abstract void Forget();
}
