using HfsBot.Discord.Models;

namespace HfsBot.Discord.Bot;

/// <summary>
/// <c>/faq question:&lt;text&gt; [public]</c>. Ephemeral unless <c>public</c> is set. A question that is an
/// entry id (an autocomplete choice) answers that exact entry. Triage replies (emergencies, personal advice)
/// ignore the cooldown.
/// </summary>
internal sealed class FaqCommandHandler(FaqAsker asker, BotThrottles throttles, InteractionResponder responder, ModLog modLog)
{
    public const string Name = "faq";
    public const string QuestionOption = "question";
    public const string PublicOption = "public";
    private const string Source = "slash";

    public async Task HandleAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        var question = Option(interaction, QuestionOption)?.Trim() ?? "";
        var isPublic = Option(interaction, PublicOption) == "true";
        if (question.Length == 0)
        {
            await responder.RespondTextAsync(interaction, MessageCreateHandler.Help, cancellationToken);
            return;
        }

        var reply = asker.AnswerEntry(question, question) ?? asker.Answer(question, Source);
        if (interaction.Invoker is { } member && !throttles.AllowQuestion(reply, member.Id))
        {
            await responder.RespondTextAsync(interaction, Replies.SlowDown, cancellationToken);
            return;
        }

        var recordId = asker.Record(reply, Source);
        if (!isPublic || interaction.ChannelId is not { } channelId)
        {
            await responder.RespondAsync(interaction, DiscordReplyBuilder.Build(reply, recordId), ephemeral: !isPublic, cancellationToken);
        }
        else
        {
            // Deferring and then editing gives back the posted message, whose link a repeat question can point to.
            var post = await throttles.PostOnceAsync(reply, channelId, interaction.GuildId, PostAsync, cancellationToken);
            if (post.EarlierLink is { } earlier)
            {
                await responder.RespondTextAsync(interaction, Replies.AnsweredRecently(earlier), cancellationToken);
            }
        }

        var where = interaction.ChannelId is { } channel ? $"a /faq question in {ModLog.ChannelLink(interaction.GuildId, channel)}" : "a /faq question";
        await modLog.NotifySafetyAsync(reply, where, cancellationToken);

        async Task<Message?> PostAsync(CancellationToken token)
        {
            await responder.DeferAsync(interaction, ephemeral: false, token);
            return await responder.EditOriginalAsync(interaction, DiscordReplyBuilder.Build(reply, recordId), token);
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
