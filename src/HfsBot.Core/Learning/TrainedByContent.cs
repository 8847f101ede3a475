using System.Collections.Concurrent;

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
    private readonly ConcurrentDictionary<string, TModel> _byContent = new(StringComparer.Ordinal);

    public TrainedByContent() => Register(this);

    /// <param name="content">Everything the model learns from, as one string: equal strings give equal models.</param>
    /// <param name="train">Trains the model from that content.</param>
    public TModel GetOrTrain(string content, Func<TModel> train)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(train);
        if (_byContent.TryGetValue(content, out var cached))
        {
            return cached;
        }

        var model = train();
        if (_byContent.Count >= MaxKept)
        {
            _byContent.Clear();
        }

        _byContent[content] = model;
        return model;
    }

    protected override void Forget() => _byContent.Clear();
}

/// <summary>What every cache of trained models shares: how many it keeps, and forgetting them all at once.</summary>
internal abstract class TrainedByContent
{
    /// <summary>
    /// A few are kept, not one: tests and benchmarks build several FAQs in one process, and a long-running bot
    /// only ever needs the current one. When full, the cache starts again rather than tracking which is oldest.
    /// </summary>
    protected const int MaxKept = 8;

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
