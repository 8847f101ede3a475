using HfsBot.Core.Learning;

namespace HfsBot.Core.Tests.Learning;

public sealed class ContentOrderTests
{
    private static readonly string[] Texts = ["how long does botox last", "is mvd safe", "what causes hfs", "can i drive", "is it genetic", "does stress matter"];

    private static string[] Visit(string[] texts, int epoch) =>
        [.. new ContentOrder([.. texts.Select(ContentHash.Of)]).ForEpoch(epoch).Select(i => texts[i])];

    [Fact]
    public void ForEpoch_VisitsEveryExampleOnce()
    {
        Assert.Equal(Texts.Order(StringComparer.Ordinal), Visit(Texts, 0).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ForEpoch_TheSameExamplesListedInAnotherOrder_AreVisitedInTheSameOrder()
    {
        Assert.Equal(Visit(Texts, 3), Visit([.. Texts.Reverse()], 3));
    }

    [Fact]
    public void ForEpoch_OneMoreExample_LeavesTheOthersInTheirOrder()
    {
        var withOneMore = Visit([.. Texts, "a new phrasing a moderator added"], 2);

        Assert.Equal(Visit(Texts, 2), withOneMore.Where(t => t != "a new phrasing a moderator added"));
    }

    [Fact]
    public void ForEpoch_EachEpochHasItsOwnOrder()
    {
        var orders = Enumerable.Range(0, 5).Select(epoch => string.Join('|', Visit(Texts, epoch))).ToHashSet();

        Assert.True(orders.Count > 1, "every epoch visited the examples in the same order");
    }

    [Fact]
    public void ContentHash_IsTheSameInEveryRun()
    {
        // Training must give the same model on every machine and in every run, unlike string.GetHashCode(): the
        // value is fixed, and texts one letter apart still land far apart.
        Assert.Equal(0xFE5EC474u, ContentHash.Of("hfs"));
        Assert.NotEqual(ContentHash.Of("how long does botox last") >> 16, ContentHash.Of("how long does botox lasts") >> 16);
    }
}
