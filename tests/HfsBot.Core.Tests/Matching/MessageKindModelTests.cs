using HfsBot.Core.Matching;
using HfsBot.Core.Text;

namespace HfsBot.Core.Tests.Matching;

/// <summary>The message-kind models trained on the real FAQ's phrasings and the shipped examples.</summary>
public sealed class MessageKindModelTests
{
    private static readonly string[] Phrasings = [.. RealFaq.Catalog.Entries.SelectMany(e => e.MatchTexts)];

    private static readonly MessageKindModel Model = MessageKindModel.Train(MessageKind.Chat, Phrasings);

    private static readonly MessageKindModel OffTopic = MessageKindModel.Train(MessageKind.OffTopicQuestion, Phrasings);

    [Theory]
    [InlineData("the grandkids are staying all week lol")]
    [InlineData("did anyone catch the match last night")]
    [InlineData("morning all, lovely sunny day here")]
    public void Probability_EverydayChat_IsHigh(string message)
    {
        Assert.True(Model.Probability(TextNormalizer.Normalize(message)) >= 0.9, message);
    }

    [Theory]
    [InlineData("how long does botox last")]
    [InlineData("is there a cure")]
    [InlineData("can mvd be done twice")]
    [InlineData("will my kids get it")]
    public void Probability_QuestionsForTheFaq_AreLow(string message)
    {
        Assert.True(Model.Probability(TextNormalizer.Normalize(message)) < 0.5, message);
    }

    [Theory]
    [InlineData("who pays for the taxi home after my op, the nhs or me")]
    [InlineData("can my vet give my dog something for his twitchy leg")]
    [InlineData("what time does the zoom meetup start on sunday")]
    public void OffTopicProbability_QuestionsTheFaqDoesNotAnswer_IsHigh(string message)
    {
        Assert.True(OffTopic.Probability(TextNormalizer.Normalize(message)) >= 0.8, message);
    }

    [Theory]
    [InlineData("how long does botox last")]
    [InlineData("can i drive with hfs")]
    [InlineData("what are the risks of mvd")]
    [InlineData("can mvd be done twice")]
    [InlineData("will my kids get it")]
    public void OffTopicProbability_QuestionsForTheFaq_AreLow(string message)
    {
        Assert.True(OffTopic.Probability(TextNormalizer.Normalize(message)) < 0.5, message);
    }

    [Fact]
    public void TrainOrReuse_EachKindHasItsOwnModel()
    {
        string[] phrasings = ["how long does botox last", "does botox wear off", "is mvd safe", "what is hfs"];

        Assert.NotSame(MessageKindModel.TrainOrReuse(MessageKind.Chat, phrasings), MessageKindModel.TrainOrReuse(MessageKind.OffTopicQuestion, phrasings));
    }

    [Fact]
    public void Train_FaqOfAFewEntries_DoesNotTakeEveryQuestionForChat()
    {
        // A new group's first two entries: six phrasings against 1,772 chat lines.
        var small = MessageKindModel.Train(MessageKind.Chat, ["What are the side effects of Botox?", "can botox make my eyelid droop", "botox side effects face",
            "Is it safe to have Botox for many years?", "is botox safe long term", "does botox stop working after years"]);

        Assert.True(small.Probability(TextNormalizer.Normalize("is botox bad for me")) < 0.5);
        Assert.True(small.Probability(TextNormalizer.Normalize("the grandkids are staying all week lol")) > 0.5);
    }

    [Fact]
    public void Train_SamePhrasingsInAnotherOrder_GivesTheSameModel()
    {
        var reversed = MessageKindModel.Train(MessageKind.Chat, [.. Phrasings.Reverse()]);

        foreach (var message in new[] { "the grandkids are staying all week lol", "how long does botox last", "options?" })
        {
            var normalized = TextNormalizer.Normalize(message);
            Assert.Equal(Model.Probability(normalized), reversed.Probability(normalized));
        }
    }

    [Fact]
    public void TrainOrReuse_SamePhrasings_ReusesTheModel_OtherPhrasings_TrainAnother()
    {
        string[] phrasings = ["how long does botox last", "does botox wear off", "is mvd safe", "what is hfs"];

        var first = MessageKindModel.TrainOrReuse(MessageKind.Chat, phrasings);
        var again = MessageKindModel.TrainOrReuse(MessageKind.Chat, [.. phrasings]);
        var edited = MessageKindModel.TrainOrReuse(MessageKind.Chat, [.. phrasings, "can hfs spread to the other side"]);

        Assert.Same(first, again);
        Assert.NotSame(first, edited);
    }
}
