using HfsBot;
using HfsBot.Cli;

using var shutdown = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true; // let the host stop gracefully
    shutdown.Cancel();
};

return await HfsBotApp.RunAsync(args, ConsoleStreams.FromProcess(), shutdown.Token);
