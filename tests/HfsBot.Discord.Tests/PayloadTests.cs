using System.Text.Json;
using System.Text.Json.Nodes;
using HfsBot.Discord.Gateway;
using HfsBot.Discord.Json;
using HfsBot.Discord.Models;
using HfsBot.Discord.Tests.Infrastructure;

namespace HfsBot.Discord.Tests;

/// <summary>
/// Every body the client can send, checked against Discord's published samples and the OpenAPI request schemas
/// (strict: no undeclared properties), plus the documented limits; and the published inbound samples read into the models.
/// </summary>
public sealed class PayloadTests
{
    private const string NoMentions = """{"parse":[],"replied_user":false}""";

    private static readonly OpenApiSchemaChecker Spec = OpenApiSchemaChecker.Spec;

    /// <summary>The command set the bot layer is expected to register (design.md section 6).</summary>
    internal static IReadOnlyList<ApplicationCommand> FaqCommands { get; } =
    [
        new()
        {
            Name = "faq",
            Type = ApplicationCommandTypes.ChatInput,
            Description = "Answer a question about hemifacial spasm from the group's FAQ",
            Contexts = [0, 1],
            Options =
            [
                new() { Type = ApplicationCommandOptionTypes.String, Name = "question", Description = "Your question", Required = true, Autocomplete = true },
                new() { Type = ApplicationCommandOptionTypes.Boolean, Name = "public", Description = "Show the answer to everyone", Required = false },
            ],
        },
        new() { Name = "Answer with FAQ", Type = ApplicationCommandTypes.Message, Contexts = [0] },
        new()
        {
            Name = "faqadmin",
            Type = ApplicationCommandTypes.ChatInput,
            Description = "FAQ maintenance",
            DefaultMemberPermissions = "32",
            Contexts = [0],
            Options =
            [
                new() { Type = ApplicationCommandOptionTypes.SubCommand, Name = "reload", Description = "Reload the FAQ files" },
                new() { Type = ApplicationCommandOptionTypes.SubCommand, Name = "stats", Description = "Show usage" },
            ],
        },
    ];

    private static MessageCreateRequest FullMessage => new()
    {
        Content = "You asked about: How long does a Botox injection last?",
        Embeds =
        [
            new Embed
            {
                Title = "How long does a Botox injection last?",
                Description = "Usually about three months.",
                Url = "https://www.ninds.nih.gov/health-information/disorders/hemifacial-spasm",
                Color = 0x5865F2,
                Fields = [new EmbedField { Name = "Sources", Value = "NINDS", Inline = false }],
                Footer = new EmbedFooter { Text = "Not medical advice: see your doctor." },
            },
        ],
        AllowedMentions = AllowedMentions.None,
        MessageReference = new MessageReference { MessageId = 334385199974967042, FailIfNotExists = false },
        Components =
        [
            new ActionRow
            {
                Components =
                [
                    new Button { Style = ButtonStyles.Secondary, Label = "Botox side effects", CustomId = "faq:botox-side-effects" },
                    new Button { Style = ButtonStyles.Danger, Label = "None of these", CustomId = "faq:none" },
                    new Button { Style = ButtonStyles.Link, Label = "NINDS", Url = "https://www.ninds.nih.gov/" },
                ],
            },
        ],
        Flags = MessageFlags.SuppressNotifications,
        Nonce = "faq-334385199974967042",
        EnforceNonce = true,
    };

    private static string Serialize<T>(T value, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> typeInfo) => JsonSerializer.Serialize(value, typeInfo);

    private static void AssertValid(string json, JsonElement schema)
    {
        var body = JsonDocument.Parse(json).RootElement;
        var violations = Spec.Validate(body, schema).Concat(DocsLimits.Check(body)).ToList();
        Assert.True(violations.Count == 0, $"{json}\n{string.Join("\n", violations)}");
    }

    [Fact]
    public void MessageCreate_WithEveryField_MatchesTheSchema()
    {
        var json = Serialize(FullMessage, DiscordJsonContext.Default.MessageCreateRequest);

        AssertValid(json, Spec.RequestSchema("/channels/{channel_id}/messages", "post"));
        var node = JsonNode.Parse(json)!;
        Assert.Equal("334385199974967042", (string?)node["message_reference"]!["message_id"]); // snowflakes as strings
        Assert.False((bool)node["message_reference"]!["fail_if_not_exists"]!);
        Assert.Equal(NoMentions, node["allowed_mentions"]!.ToJsonString());
        Assert.Null(node["tts"]); // unset optional fields are omitted, not null
    }

    [Fact]
    public void MessageCreate_PublishedSample_RoundTripsUnchanged()
    {
        var sample = DiscordData.Text("messages/create-message.request.example.json");

        var model = JsonSerializer.Deserialize(sample, DiscordJsonContext.Default.MessageCreateRequest)!;

        Assert.True(DiscordData.JsonEqual(sample, Serialize(model, DiscordJsonContext.Default.MessageCreateRequest)));
        AssertValid(sample, Spec.RequestSchema("/channels/{channel_id}/messages", "post"));
    }

    [Fact]
    public void MessageBodies_WithoutAllowedMentions_StillSendNoPings()
    {
        var create = Serialize(new MessageCreateRequest { Content = "@everyone" }, DiscordJsonContext.Default.MessageCreateRequest);
        var webhook = Serialize(new WebhookMessageRequest { Content = "@everyone" }, DiscordJsonContext.Default.WebhookMessageRequest);
        var callback = Serialize(InteractionResponse.Message(new InteractionCallbackData { Content = "@everyone" }), DiscordJsonContext.Default.InteractionResponse);

        Assert.Equal(NoMentions, JsonNode.Parse(create)!["allowed_mentions"]!.ToJsonString());
        Assert.Equal(NoMentions, JsonNode.Parse(webhook)!["allowed_mentions"]!.ToJsonString());
        Assert.Equal(NoMentions, JsonNode.Parse(callback)!["data"]!["allowed_mentions"]!.ToJsonString());
    }

    [Theory]
    [InlineData("allowed-mentions.01-no-allowed-mentions.json")]
    [InlineData("allowed-mentions.02-suppress-all-parse-empty.json")]
    [InlineData("allowed-mentions.03-parse-users-roles-users-empty.json")]
    [InlineData("allowed-mentions.04-parse-everyone-plus-users.json")]
    [InlineData("allowed-mentions.06-users-list-only.json")]
    public void AllowedMentions_PublishedSamples_RoundTripAndValidate(string file)
    {
        var sample = DiscordData.Text($"messages/{file}");

        var model = JsonSerializer.Deserialize(sample, DiscordJsonContext.Default.MessageCreateRequest)!;

        Assert.True(DiscordData.JsonEqual(sample, Serialize(model, DiscordJsonContext.Default.MessageCreateRequest)));
        AssertValid(sample, Spec.RequestSchema("/channels/{channel_id}/messages", "post"));
    }

    [Fact]
    public void AllowedMentions_TheSampleDocumentedAsInvalid_IsRejectedByTheFakesChecks()
    {
        var sample = DiscordData.Json("messages/allowed-mentions.05-INVALID-parse-and-users.json");

        Assert.Contains(DocsLimits.Check(sample), v => v.Code == "MESSAGE_ALLOWED_MENTIONS_PARSE_EXCLUSIVE");
    }

    [Fact]
    public void InteractionCallbacks_Types4_5_8_MatchTheSchema()
    {
        var schema = Spec.RequestSchema("/interactions/{interaction_id}/{interaction_token}/callback", "post");
        var message = InteractionResponse.Message(new InteractionCallbackData
        {
            Content = "Here is what the FAQ says.",
            Embeds = FullMessage.Embeds,
            AllowedMentions = AllowedMentions.None,
            Components = FullMessage.Components,
            Flags = MessageFlags.Ephemeral,
        });
        var deferred = InteractionResponse.Deferred(ephemeral: true);
        var autocomplete = InteractionResponse.Autocomplete(
            [.. Enumerable.Range(0, 25).Select(i => new AutocompleteChoice { Name = new string('n', 100), Value = $"entry-{i}" })]);

        foreach (var response in new[] { message, deferred, autocomplete, InteractionResponse.Deferred(ephemeral: false) })
        {
            AssertValid(Serialize(response, DiscordJsonContext.Default.InteractionResponse), schema);
        }

        Assert.Equal("""{"type":5,"data":{"flags":64}}""", Serialize(deferred, DiscordJsonContext.Default.InteractionResponse));
        Assert.Equal("""{"type":5}""", Serialize(InteractionResponse.Deferred(ephemeral: false), DiscordJsonContext.Default.InteractionResponse));
    }

    [Fact]
    public void EditOriginalAndFollowup_MatchTheirSchemas()
    {
        var edit = new WebhookMessageRequest { Content = "The answer", Embeds = FullMessage.Embeds, AllowedMentions = AllowedMentions.None, Components = FullMessage.Components };
        var followup = edit with { Flags = MessageFlags.Ephemeral };

        AssertValid(Serialize(edit, DiscordJsonContext.Default.WebhookMessageRequest), Spec.RequestSchema("/webhooks/{webhook_id}/{webhook_token}/messages/@original", "patch"));
        AssertValid(Serialize(followup, DiscordJsonContext.Default.WebhookMessageRequest), Spec.RequestSchema("/webhooks/{webhook_id}/{webhook_token}", "post"));
    }

    [Fact]
    public void CommandBulkOverwrite_MatchesTheSchema_WithPermissionsAsAString()
    {
        var json = JsonSerializer.Serialize(FaqCommands, DiscordJsonContext.Default.IReadOnlyListApplicationCommand);

        AssertValid(json, Spec.RequestSchema("/applications/{application_id}/commands", "put"));
        AssertValid(json, Spec.RequestSchema("/applications/{application_id}/guilds/{guild_id}/commands", "put"));
        Assert.Equal("32", (string?)JsonNode.Parse(json)![2]!["default_member_permissions"]); // a string, as the docs say
        Assert.Null(JsonNode.Parse(json)![1]!["description"]); // context-menu commands have none
    }

    [Fact]
    public void SlashCommand_PublishedDefinition_RoundTripsAndValidates()
    {
        var sample = DiscordData.Text("interactions/slash-command.definition.example.json");

        var command = JsonSerializer.Deserialize(sample, DiscordJsonContext.Default.ApplicationCommand)!;

        Assert.True(DiscordData.JsonEqual(sample, Serialize(command, DiscordJsonContext.Default.ApplicationCommand)));
        AssertValid($"[{sample}]", Spec.RequestSchema("/applications/{application_id}/commands", "put"));
    }

    [Fact]
    public void GatewayPayloads_MatchThePublishedExamples()
    {
        var identify = GatewayConnection.BuildFrameForTests(2, new IdentifyData
        {
            Token = "my_token",
            Intents = 513,
            Properties = new IdentifyProperties { Os = "linux", Browser = "my_library", Device = "my_library" },
        }, DiscordJsonContext.Default.IdentifyData);
        var resume = GatewayConnection.BuildFrameForTests(6, new ResumeData { Token = "randomstring", SessionId = "evenmorerandomstring", Seq = 1337 }, DiscordJsonContext.Default.ResumeData);
        var heartbeat = GatewayConnection.BuildFrameForTests(1, (long?)251, DiscordJsonContext.Default.NullableInt64);
        var firstHeartbeat = GatewayConnection.BuildFrameForTests(1, (long?)null, DiscordJsonContext.Default.NullableInt64);
        var presence = GatewayConnection.BuildFrameForTests(3, new PresenceUpdate
        {
            Since = 91879201,
            Activities = [new PresenceActivity { Name = "Save the Oxford Comma", Type = 0 }],
            Status = "online",
            Afk = false,
        }, DiscordJsonContext.Default.PresenceUpdate);

        Assert.True(DiscordData.JsonEqual(DiscordData.Text("gateway/op2-identify.minimal.json"), Utf8(identify)));
        Assert.True(DiscordData.JsonEqual(DiscordData.Text("gateway/op6-resume.json"), Utf8(resume)));
        Assert.True(DiscordData.JsonEqual(DiscordData.Text("gateway/op1-heartbeat.json"), Utf8(heartbeat)));
        Assert.True(DiscordData.JsonEqual(DiscordData.Text("gateway/op3-presence-update.json"), Utf8(presence)));
        Assert.Equal("""{"op":1,"d":null}""", Utf8(firstHeartbeat));
    }

    [Fact]
    public void InboundGatewaySamples_ParseAsEnvelopes()
    {
        foreach (var file in new[] { "op10-hello.json", "op11-heartbeat-ack.json", "op7-reconnect.json", "op9-invalid-session.json", "payload-envelope.example.json", "op1-heartbeat.json" })
        {
            var payload = JsonSerializer.Deserialize(DiscordData.Text($"gateway/{file}"), DiscordJsonContext.Default.GatewayPayload);
            Assert.NotNull(payload);
        }

        var hello = JsonSerializer.Deserialize(DiscordData.Text("gateway/op10-hello.json"), DiscordJsonContext.Default.GatewayPayload)!;
        Assert.Equal(45000, hello.D!.Value.Deserialize(DiscordJsonContext.Default.HelloData)!.HeartbeatInterval);
        var gatewayBot = JsonSerializer.Deserialize(DiscordData.Text("gateway/get-gateway-bot.response.json"), DiscordJsonContext.Default.GatewayBotInfo)!;
        Assert.Equal(14_400_000, gatewayBot.SessionStartLimit.ResetAfter);
        Assert.Equal(999, gatewayBot.SessionStartLimit.Remaining);
    }

    [Theory]
    [InlineData("messages/message-object.example.json", 334385199974967042UL, "Supa Hot")]
    [InlineData("messages/message-object.crossposted.example.json", 0UL, null)]
    public void PublishedMessages_DeserializeIntoTheModel(string file, ulong expectedId, string? expectedContent)
    {
        var message = JsonSerializer.Deserialize(DiscordData.Text(file), DiscordJsonContext.Default.Message)!;

        if (expectedId != 0)
        {
            Assert.Equal(expectedId, message.Id.Value);
            Assert.Equal(expectedContent, message.Content);
            Assert.Equal(53908099506183680UL, message.Author!.Id.Value);
            Assert.Null(message.Author.Bot); // absent means false
            Assert.Null(message.GuildId);
        }
        else
        {
            Assert.NotNull(message.MessageReference);
            Assert.NotNull(message.MessageReference.ChannelId);
        }
    }

    [Fact]
    public void PublishedInteractions_DeserializeIntoTheModel()
    {
        var slash = JsonSerializer.Deserialize(DiscordData.Text("interactions/interaction.application-command.slash.json"), DiscordJsonContext.Default.Interaction)!;
        var user = JsonSerializer.Deserialize(DiscordData.Text("interactions/interaction.application-command.user.json"), DiscordJsonContext.Default.Interaction)!;
        var message = JsonSerializer.Deserialize(DiscordData.Text("interactions/interaction.application-command.message.json"), DiscordJsonContext.Default.Interaction)!;

        Assert.Equal(InteractionTypes.ApplicationCommand, slash.Type);
        Assert.Equal("cardsearch", slash.Data!.Name);
        Assert.NotNull(slash.Member?.Permissions);
        Assert.NotNull(slash.Invoker);
        Assert.Equal(2, user.Data!.Type);
        Assert.NotNull(user.Data.Resolved?.Users);
        Assert.Equal(3, message.Data!.Type);
        Assert.Equal("some message", message.Data.Resolved!.Messages![message.Data.TargetId!.Value].Content);
        Assert.Equal(785609923542777878UL, message.Member!.Roles![0].Value);
        Assert.Equal("274877906943", message.Member.Permissions);
    }

    [Fact]
    public void PublishedAutocompleteInteraction_WrappedWithIdAndToken_ExposesTheFocusedOption()
    {
        // The published sample is partial (only type and data): add the fields every real interaction carries.
        var sample = DiscordData.Node("interactions/interaction.autocomplete.partial.json");
        sample["id"] = "1";
        sample["token"] = "t";

        var interaction = sample.Deserialize(DiscordJsonContext.Default.Interaction)!;

        Assert.Equal(InteractionTypes.ApplicationCommandAutocomplete, interaction.Type);
        var focused = interaction.Data!.Options!.Single(o => o.Focused == true);
        Assert.Equal("data a user is typ", focused.ValueAsString());
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(DiscordData.Text("interactions/interaction.autocomplete.partial.json"), DiscordJsonContext.Default.Interaction));
    }

    [Fact]
    public void SchemaChecker_CatchesWhatDiscordWouldReject()
    {
        var create = Spec.RequestSchema("/channels/{channel_id}/messages", "post");
        var webhook = Spec.RequestSchema("/webhooks/{webhook_id}/{webhook_token}/messages/@original", "patch");
        JsonElement Parse(string json) => JsonDocument.Parse(json).RootElement;

        Assert.Contains(Spec.Validate(Parse($$"""{"content": "{{new string('a', 2001)}}"}"""), webhook), v => v.Code == "BASE_TYPE_MAX_LENGTH" && v.Path == "content");
        Assert.Contains(Spec.Validate(Parse("""{"content": "x", "colour": 1}"""), create), v => v.Code == "UNKNOWN_FIELD");
        Assert.Contains(Spec.Validate(Parse("""{"embeds": [{"title": 5}]}"""), create), v => v.Path == "embeds.0.title");
        Assert.Contains(Spec.Validate(Parse("""{"message_reference": {"fail_if_not_exists": false}}"""), create), v => v.Code == "BASE_TYPE_REQUIRED");
        Assert.NotEmpty(Spec.Validate(Parse("""{"components": [{"type": 1, "components": [{"type": 2, "style": 9, "custom_id": "x"}]}]}"""), create));
        Assert.NotEmpty(Spec.Validate(Parse("""{"type": 3}"""), Spec.RequestSchema("/interactions/{interaction_id}/{interaction_token}/callback", "post")));
        Assert.Contains(DocsLimits.Check(Parse($$"""{"content": "{{new string('a', 2001)}}"}""")), v => v.Path == "content"); // 2000 per the docs, 4000 per the spec
        Assert.Contains(DocsLimits.Check(Parse($$"""{"embeds": [{"description": "{{new string('a', 4000)}}"}, {"description": "{{new string('b', 2500)}}"}]}""")), v => v.Code == "MAX_EMBED_SIZE_EXCEEDED");
        Assert.Contains(DocsLimits.Check(Parse("{\"type\": 8, \"data\": {\"choices\": [{\"name\": \"n\", \"value\": \"" + new string('v', 101) + "\"}]}}")), v => v.Path == "data.choices.0.value");
    }

    [Theory]
    [InlineData("\"175928847299117063\"", 175928847299117063UL)]
    [InlineData("175928847299117063", 175928847299117063UL)]
    public void Snowflake_ReadsStringsAndNumbers_AndWritesStrings(string json, ulong expected)
    {
        var id = JsonSerializer.Deserialize<Snowflake>(json, DiscordJsonContext.Default.Options);

        Assert.Equal(expected, id.Value);
        Assert.Equal("\"175928847299117063\"", JsonSerializer.Serialize(id, DiscordJsonContext.Default.Options));
        Assert.Equal(new DateTimeOffset(2016, 4, 30, 11, 18, 25, 796, TimeSpan.Zero), id.CreatedAt); // REF "Snowflakes" example
    }

    private static string Utf8(byte[] bytes) => System.Text.Encoding.UTF8.GetString(bytes);
}
