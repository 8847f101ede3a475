using HfsBot.Core.Throttling;
using Microsoft.Extensions.Options;

namespace HfsBot.Discord.Bot;

/// <summary>The bot's cooldown state, shared by every handler (a singleton; each part is thread-safe).</summary>
internal sealed class BotThrottles(TimeProvider timeProvider, IOptions<FaqBotOptions> options)
{
    /// <summary>Questions per member per minute.</summary>
    public SlidingWindowLimiter MemberQuestions { get; } = new(timeProvider, options.Value.QuestionsPerMemberPerMinute, TimeSpan.FromMinutes(1));

    /// <summary>Automatic answers per member in auto-answer channels.</summary>
    public SlidingWindowLimiter AutoAnswers { get; } = new(timeProvider, 1, TimeSpan.FromMinutes(options.Value.AutoAnswerCooldownMinutes));

    /// <summary>Where each entry was last posted publicly, per channel.</summary>
    public RecentPosts PublicAnswers { get; } = new(timeProvider, TimeSpan.FromSeconds(options.Value.RepeatAnswerSeconds));

    /// <summary>Messages and interactions already handled: Discord may deliver an event more than once.</summary>
    public SeenIds Events { get; } = new(timeProvider, TimeSpan.FromMinutes(30));

    public int QuestionsPerMinute => options.Value.QuestionsPerMemberPerMinute;
}
