using HfsBot.Cli;

namespace HfsBot.Tests.Cli;

public sealed class CommandLineTests
{
    [Fact]
    public void Parse_NoArguments_Runs() => Assert.Equal(Verb.Run, CommandLine.Parse([]).Verb);

    [Fact]
    public void Parse_AskWithWords_JoinsTheQuestion()
    {
        var command = CommandLine.Parse(["ask", "how long", "does botox last"]);

        Assert.Equal(Verb.Ask, command.Verb);
        Assert.Equal("how long does botox last", command.Argument);
    }

    [Fact]
    public void Parse_AskJson_IsTheJsonVerb() => Assert.Equal(Verb.AskJson, CommandLine.Parse(["ask", "--json"]).Verb);

    [Fact]
    public void Parse_FaqCheckWithDir_KeepsTheDir()
    {
        var command = CommandLine.Parse(["faq", "check", "--dir", "other/faq"]);

        Assert.Equal(Verb.FaqCheck, command.Verb);
        Assert.Equal("other/faq", command.Directory);
    }

    [Fact]
    public void Parse_ConfigurationOverrides_GoToTheHost()
    {
        var command = CommandLine.Parse(["--Faq:Directory=/tmp/x", "faq", "list", "--Matching:AnswerThreshold=70"]);

        Assert.Equal(Verb.FaqList, command.Verb);
        Assert.Equal(["--Faq:Directory=/tmp/x", "--Matching:AnswerThreshold=70"], command.ConfigurationArgs);
    }

    [Theory]
    [InlineData("--Discord:Token=secret")]
    [InlineData("--discord:token=secret", "ask", "hello")]
    public void Parse_TokenOnTheCommandLine_IsAnError(params string[] args)
    {
        var command = CommandLine.Parse(args);

        Assert.Equal(Verb.Help, command.Verb);
        Assert.Contains("Discord:Token is not accepted on the command line", command.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(command.ConfigurationArgs, a => a.Contains("secret", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("ask")]
    [InlineData("faq", "delete")]
    [InlineData("eval")]
    public void Parse_BadCommandLine_IsAnErrorWithUsage(params string[] args)
    {
        var command = CommandLine.Parse(args);

        Assert.Equal(Verb.Help, command.Verb);
        Assert.NotNull(command.Error);
    }
}
