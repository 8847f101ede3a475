namespace HfsBot.Core.Tests.Matching;

public sealed class FaqAutocompleteTests
{
    [Fact]
    public void Suggest_NothingTyped_ListsTitlesUpToTheLimit()
    {
        var suggestions = RealFaq.Answerer.Autocomplete.Suggest("", 25);

        Assert.Equal(25, suggestions.Length);
        Assert.Equal(suggestions.OrderBy(e => e.Title, StringComparer.OrdinalIgnoreCase).Select(e => e.Id), suggestions.Select(e => e.Id));
    }

    [Theory]
    [InlineData("how long does bot", "botox-duration-frequency")]
    [InlineData("botox side", "botox-side-effects")]
    [InlineData("mvd reco", "mvd-recovery-timeline")]
    [InlineData("is hfs dang", "is-hfs-dangerous")]
    public void Suggest_PartlyTyped_FindsTheEntryNearTheTop(string typed, string expectedId) =>
        Assert.Contains(expectedId, RealFaq.Answerer.Autocomplete.Suggest(typed, 25).Take(5).Select(e => e.Id));

    [Fact]
    public void Suggest_NeverMoreThanTheLimitAndNoDuplicates()
    {
        var suggestions = RealFaq.Answerer.Autocomplete.Suggest("botox", 25);

        Assert.InRange(suggestions.Length, 1, 25);
        Assert.Equal(suggestions.Length, suggestions.Select(e => e.Id).Distinct().Count());
    }
}
