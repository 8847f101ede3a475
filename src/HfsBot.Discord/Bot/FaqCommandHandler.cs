using HfsBot.Core.Answering;
using HfsBot.Discord.Models;

namespace HfsBot.Discord.Bot;

/// <summary>
/// <c>/faq question:&lt;text&gt; [public]</c>. Ephemeral unless <c>public</c> is set. A question that is an
/// entry id (an autocomplete choice) answers that exact entry. Safety replies are sent whatever the cooldowns.
/// </summary>
internal sealed class FaqCommandHandler(FaqAsker asker, BotThrottles throttles, InteractionResponder responder, ModLog modLog)
{
    public const string Name = "faq";
    public const string QuestionOption = "question";
    public const string PublicOption = "public";

    public async Task HandleAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        var question = Option(interaction, QuestionOption)?.Trim() ?? "";
        var isPublic = Option(interaction, PublicOption) == "true";
        if (question.Length == 0)
        {
            await responder.RespondTextAsync(interaction, MessageCreateHandler.Help, cancellationToken);
            return;
        }

        var reply = asker.AnswerEntry(question, question) ?? asker.Answer(question, "slash");
        if (reply.Outcome is ReplyOutcome.Urgent or ReplyOutcome.Crisis)
        {
            await responder.RespondAsync(interaction, asker.Render(reply, "slash"), ephemeral: !isPublic, cancellationToken);
            var where = interaction.ChannelId is { } channel ? $"a /faq question in {ModLog.ChannelLink(interaction.GuildId, channel)}" : "a /faq question";
            await modLog.PostAsync("safety", ModLog.SafetyNotice(reply, where), cancellationToken);
            return;
        }

        if (interaction.Invoker is { } member && !throttles.MemberQuestions.TryAcquire("member:" + member.Id))
        {
            await responder.RespondTextAsync(interaction, Replies.SlowDown, cancellationToken);
            return;
        }

        if (!isPublic || interaction.ChannelId is not { } channelId)
        {
            await responder.RespondAsync(interaction, asker.Render(reply, "slash"), ephemeral: true, cancellationToken);
            return;
        }

        var key = channelId.ToString();
        if (reply.Outcome == ReplyOutcome.Answer && throttles.PublicAnswers.Recent(key, reply.Entry!.Id) is { } earlier)
        {
            await responder.RespondTextAsync(interaction, Replies.AnsweredRecently(earlier), cancellationToken);
            return;
        }

        // Deferring and then editing gives back the posted message, whose link a repeat question can point to.
        await responder.DeferAsync(interaction, ephemeral: false, cancellationToken);
        var posted = await responder.EditOriginalAsync(interaction, asker.Render(reply, "slash"), cancellationToken);
        if (posted is not null && reply.Outcome == ReplyOutcome.Answer)
        {
            throttles.PublicAnswers.Remember(key, reply.Entry!.Id, ModLog.MessageLink(interaction.GuildId, posted.ChannelId, posted.Id));
        }
    }

    /// <summary>An option's value as text, looking inside subcommands too.</summary>
    public static string? Option(Interaction interaction, string name)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        return Find(interaction.Data?.Options, name)?.ValueAsString();

        static InteractionDataOption? Find(IReadOnlyList<InteractionDataOption>? options, string name) =>
            options?.FirstOrDefault(o => o.Name == name) ?? options?.Select(o => Find(o.Options, name)).FirstOrDefault(o => o is not null);
    }
}
