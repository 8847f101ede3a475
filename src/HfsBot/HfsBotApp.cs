using HfsBot.Chat;
using HfsBot.Cli;
using HfsBot.Core;
using HfsBot.Core.Data;
using HfsBot.Discord;
using HfsBot.Discord.Bot;
using HfsBot.Services;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.CommandLine;
using Microsoft.Extensions.Configuration.EnvironmentVariables;
using Microsoft.Extensions.Configuration.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace HfsBot;

/// <summary>
/// The composition root: builds the generic host for the requested verb and runs it. Kept apart from
/// Program.cs so that tests can run any verb in-process with their own streams.
/// </summary>
internal static class HfsBotApp
{
    /// <summary>Docker waits 10 seconds after SIGTERM before SIGKILL; the host must be done before that.</summary>
    public static readonly TimeSpan ShutdownTimeout = TimeSpan.FromSeconds(8);

    public static Task<int> RunAsync(string[] args, ConsoleStreams console, CancellationToken cancellationToken) =>
        RunAsync(args, console, environment: [], cancellationToken);

    /// <param name="args">The command line.</param>
    /// <param name="console">The terminal's streams.</param>
    /// <param name="environment">
    /// Settings that stand in for environment variables (same precedence): how tests give the bot a token, which
    /// the command line refuses, without changing the environment of every other test in the process.
    /// </param>
    /// <param name="cancellationToken">Ctrl+C.</param>
    public static async Task<int> RunAsync(
        string[] args, ConsoleStreams console, IEnumerable<KeyValuePair<string, string?>> environment, CancellationToken cancellationToken)
    {
        var command = CommandLine.Parse(args);
        if (command.Verb == Verb.Help)
        {
            (command.Error is null ? console.Out : console.Error).WriteLine(command.Error is null ? CommandLine.Usage : $"error: {command.Error}\n\n{CommandLine.Usage}");
            return command.Error is null ? ExitCodes.Success : ExitCodes.Usage;
        }

        var host = Build(command, console, environment);
        try
        {
            try
            {
                await host.StartAsync(cancellationToken); // validates every option (ValidateOnStart)
            }
            catch (OptionsValidationException ex)
            {
                await console.Error.WriteLineAsync($"Configuration error: {string.Join("; ", ex.Failures)}");
                return ExitCodes.Failure;
            }

            var exitCode = await RunVerbAsync(command, host.Services, cancellationToken);
            await host.StopAsync(CancellationToken.None);
            return exitCode;
        }
        finally
        {
            // Asynchronous disposal: the unanswered-question log flushes its queue on the way out.
            await ((IAsyncDisposable)host).DisposeAsync();
        }
    }

    private static IHost Build(CommandLine command, ConsoleStreams console, IEnumerable<KeyValuePair<string, string?>> environment)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = command.ConfigurationArgs,
            // appsettings.json sits beside the binary; relative folders (faq/, data/) resolve from the working directory.
            ContentRootPath = AppContext.BaseDirectory,
        });

        AddUserSecretsBeforeEnvironmentVariables(builder.Configuration);
        AddBeforeCommandLine(builder.Configuration, new MemoryConfigurationSource { InitialData = environment });

        // Lowest precedence: the chat and the verbs keep the terminal quiet, the bot logs its activity.
        var defaultLevel = command.Verb == Verb.Run ? nameof(LogLevel.Information) : nameof(LogLevel.Warning);
        builder.Configuration.Sources.Insert(0, new MemoryConfigurationSource
        {
            InitialData = [new("Logging:LogLevel:Default", defaultLevel)],
        });
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(options => options.LogToStandardErrorThreshold = LogLevel.Trace); // stdout belongs to the verbs
        builder.Services.Configure<ConsoleLoggerOptions>(builder.Configuration.GetSection("Logging:Console"));

        // SIGTERM (docker stop) and Ctrl+C stop the host; everything must be closed within this.
        builder.Services.Configure<HostOptions>(options => options.ShutdownTimeout = ShutdownTimeout);
        builder.Services.AddSingleton(console);
        builder.Services.AddHfsCore();
        builder.Services.AddSingleton<AskCommand>();
        builder.Services.AddSingleton<FaqCommand>();
        builder.Services.AddSingleton<EvalCommand>();
        builder.Services.AddSingleton<GapsCommand>();
        builder.Services.AddSingleton<HealthCommand>();
        if (command.Verb == Verb.Run)
        {
            // First, so that the FAQ is loaded and watched before anyone can ask (hosted services start in order).
            builder.Services.AddHostedService<FaqWatchService>();
        }

        if (command.Verb == Verb.Run && IsDiscordConfigured(builder.Configuration))
        {
            builder.Services.AddHfsDiscordBot();
            builder.Services.AddHostedService<HealthReporter>();
        }
        else if (command.Verb == Verb.Run)
        {
            builder.Services.AddHostedService<ConsoleChatService>();
        }

        return builder.Build();
    }

    /// <summary>
    /// The host adds user secrets only in Development; the bot reads them in every environment so that
    /// <c>dotnet user-secrets set Discord:Token …</c> followed by <c>dotnet run</c> just works. Environment
    /// variables and the command line still override them.
    /// </summary>
    private static void AddUserSecretsBeforeEnvironmentVariables(ConfigurationManager configuration)
    {
        var secrets = new ConfigurationBuilder().AddUserSecrets(typeof(HfsBotApp).Assembly, optional: true).Sources[0];
        var environment = configuration.Sources.ToList().FindIndex(s => s is EnvironmentVariablesConfigurationSource);
        configuration.Sources.Insert(environment < 0 ? configuration.Sources.Count : environment, secrets);
    }

    private static void AddBeforeCommandLine(ConfigurationManager configuration, IConfigurationSource source)
    {
        var commandLine = configuration.Sources.ToList().FindIndex(s => s is CommandLineConfigurationSource);
        configuration.Sources.Insert(commandLine < 0 ? configuration.Sources.Count : commandLine, source);
    }

    private static async Task<int> RunVerbAsync(CommandLine command, IServiceProvider services, CancellationToken cancellationToken)
    {
        switch (command.Verb)
        {
            case Verb.Run:
                await UntilStoppedAsync(services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping, cancellationToken);
                return FatalDiscordError(services) is { } fatal ? await ReportFatalAsync(services, fatal) : ExitCodes.Success;
            case Verb.Health:
                return services.GetRequiredService<HealthCommand>().Run();
            case Verb.Ask:
                return await services.GetRequiredService<AskCommand>().AskOneAsync(command.Argument!, services.GetRequiredService<UnansweredLog>(), cancellationToken);
            case Verb.AskJson:
                return await services.GetRequiredService<AskCommand>().AskJsonAsync(cancellationToken);
            case Verb.FaqCheck:
                return services.GetRequiredService<FaqCommand>().Check(command.Directory);
            case Verb.FaqList:
                return services.GetRequiredService<FaqCommand>().List();
            case Verb.FaqGaps:
                return services.GetRequiredService<GapsCommand>().Run();
            case Verb.Eval:
                return services.GetRequiredService<EvalCommand>().Run(command.Argument!, command.Verbose, command.Distractors);
            default:
                await services.GetRequiredService<ConsoleStreams>().Error.WriteLineAsync($"'{command.Verb}' is not available yet.");
                return ExitCodes.Usage;
        }
    }

    /// <summary>Discord mode when a bot token is configured (user secrets or environment; the command line refuses it).</summary>
    private static bool IsDiscordConfigured(ConfigurationManager configuration) =>
        !string.IsNullOrWhiteSpace(configuration["Discord:Token"]);

    private static string? FatalDiscordError(IServiceProvider services) => services.GetService<GatewayStatus>()?.FatalError;

    /// <summary>A fatal Discord error (bad token, refused intent) stops the process with a plain sentence and exit code 3.</summary>
    private static async Task<int> ReportFatalAsync(IServiceProvider services, string sentence)
    {
        await services.GetRequiredService<ConsoleStreams>().Error.WriteLineAsync($"HfsBot stopped: {sentence}");
        return ExitCodes.DiscordFatal;
    }

    /// <summary>Completes when the host starts stopping (SIGTERM, the chat's exit) or the process is interrupted.</summary>
    private static Task UntilStoppedAsync(CancellationToken stopping, CancellationToken interrupted)
    {
        var completion = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        stopping.Register(() => completion.TrySetResult());
        interrupted.Register(() => completion.TrySetResult());
        return completion.Task;
    }
}
