using HfsBot.Core.Learning;

namespace HfsBot.Core.Tests.Learning;

public sealed class TrainedByContentTests
{
    [Fact]
    public void GetOrTrain_SameContent_TrainsOnce_OtherContent_TrainsAgain()
    {
        var cache = new TrainedByContent<object>();
        var trainings = 0;
        object Train() => new { Number = ++trainings };

        var first = cache.GetOrTrain("how long does botox last", Train);
        var again = cache.GetOrTrain("how long does botox last", Train);
        var other = cache.GetOrTrain("is mvd safe", Train);

        Assert.Same(first, again);
        Assert.NotSame(first, other);
        Assert.Equal(2, trainings);
    }

    [Fact]
    public void GetOrTrain_KeepsTheMostRecentlyUsed()
    {
        var cache = new TrainedByContent<object>();
        var first = cache.GetOrTrain("content 0", () => new object());
        for (var i = 1; i <= TrainedByContent.MaxKept; i++)
        {
            // "content 0" is used again between the others, so it stays while older ones go.
            cache.GetOrTrain($"content {i}", () => new object());
            Assert.Same(first, cache.GetOrTrain("content 0", () => new object()));
        }

        var trainedAgain = false;
        cache.GetOrTrain("content 1", () => { trainedAgain = true; return new object(); });

        Assert.True(trainedAgain, "the least recently used model should have been let go");
    }

    [Fact]
    public void ForgetAll_TheNextCallTrainsAfresh()
    {
        // What the loading benchmark relies on to measure a first load rather than a reload.
        var cache = new TrainedByContent<object>();
        var first = cache.GetOrTrain("content", () => new object());

        TrainedByContent.ForgetAll();

        Assert.NotSame(first, cache.GetOrTrain("content", () => new object()));
    }

    [Fact]
    public void ContentHash_OfPieces_IsTheHashOfThePiecesJoined()
    {
        // The learned models order their training by this hash: hashing piece by piece must give the same order.
        var pieces = ContentHash.End(ContentHash.Add(ContentHash.Add(ContentHash.Add(ContentHash.Begin(), "True"), '\u0001'), "botox"));

        Assert.Equal(ContentHash.Of("True\u0001botox"), pieces);
    }
}
