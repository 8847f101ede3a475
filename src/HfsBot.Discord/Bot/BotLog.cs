using HfsBot.Core.Answering;
using Microsoft.Extensions.Logging;

namespace HfsBot.Discord.Bot;

/// <summary>
/// The bot's log messages: outcomes, entry ids and scores only. Members' words are never logged, at any level
/// (a question can be a health detail: "my tegretol rash is spreading"); the unanswered-question log, kept for
/// the moderators, is the one place they are kept. No user names or ids are logged.
/// </summary>
internal static partial class BotLog
{
    [LoggerMessage(EventId = 300, Level = LogLevel.Information, Message = "Registered {Count} commands ({Scope})")]
    public static partial void CommandsRegistered(ILogger logger, int count, string scope);

    [LoggerMessage(EventId = 309, Level = LogLevel.Information, Message = "Registered {Count} commands in {GuildCount} guilds")]
    public static partial void CommandsRegisteredInGuilds(ILogger logger, int count, int guildCount);

    [LoggerMessage(EventId = 301, Level = LogLevel.Error, Message = "Could not register the slash commands; will try again after the next READY")]
    public static partial void CommandRegistrationFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 302, Level = LogLevel.Debug, Message = "Question from {Source} ({Length} characters)")]
    public static partial void QuestionReceived(ILogger logger, string source, int length);

    [LoggerMessage(EventId = 303, Level = LogLevel.Information, Message = "Replied to a {Source} question: {Outcome} {EntryId} (score {Score})")]
    public static partial void Replied(ILogger logger, string source, ReplyOutcome outcome, string? entryId, double score);

    [LoggerMessage(EventId = 304, Level = LogLevel.Warning, Message = "Safety reply given ({Outcome}, rule '{Rule}') to a {Source} message")]
    public static partial void SafetyReply(ILogger logger, ReplyOutcome outcome, string? rule, string source);

    [LoggerMessage(EventId = 305, Level = LogLevel.Warning, Message = "Could not send the {What} to Discord")]
    public static partial void SendFailed(ILogger logger, Exception exception, string what);

    [LoggerMessage(EventId = 306, Level = LogLevel.Information, Message = "A member asked faster than {PerMinute} questions a minute; asked them to wait")]
    public static partial void MemberThrottled(ILogger logger, int perMinute);

    [LoggerMessage(EventId = 307, Level = LogLevel.Information, Message = "Refused /faqadmin {Subcommand} for a member without Manage Server or a moderator role")]
    public static partial void AdminRefused(ILogger logger, string subcommand);

    [LoggerMessage(EventId = 308, Level = LogLevel.Warning, Message = "Discord:ModLogChannelId is not set: a {What} notice was not posted")]
    public static partial void NoModLogChannel(ILogger logger, string what);
}
