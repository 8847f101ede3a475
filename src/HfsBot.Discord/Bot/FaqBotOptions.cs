using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace HfsBot.Discord.Bot;

/// <summary>
/// How the bot behaves on Discord: the cooldowns. Bound to the <c>Discord</c> section next to
/// <see cref="DiscordOptions"/> (keys <c>Discord:QuestionsPerMemberPerMinute</c> and so on).
/// </summary>
public sealed class FaqBotOptions
{
    /// <summary>A member's questions per minute (mentions, DMs, /faq); triage replies (emergencies, personal advice) are always given.</summary>
    [Range(1, 60)]
    public int QuestionsPerMemberPerMinute { get; set; } = 4;

    /// <summary>The same entry is not posted publicly twice in a channel within this many seconds: the bot links the earlier post.</summary>
    [Range(0, 3600)]
    public int RepeatAnswerSeconds { get; set; } = 60;

    /// <summary>In auto-answer channels, at most one automatic answer per member per this many minutes.</summary>
    [Range(0, 1440)]
    public int AutoAnswerCooldownMinutes { get; set; } = 5;
}

[OptionsValidator]
public sealed partial class FaqBotOptionsValidator : IValidateOptions<FaqBotOptions>;
