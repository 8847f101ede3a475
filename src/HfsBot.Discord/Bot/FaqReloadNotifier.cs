using HfsBot.Core.Faq;
using Microsoft.Extensions.Hosting;

namespace HfsBot.Discord.Bot;

/// <summary>
/// Tells the moderators what happened each time the FAQ reloads (after an edit, or <c>/faqadmin reload</c>):
/// the new size, or the errors and that the last good set keeps serving.
/// </summary>
internal sealed class FaqReloadNotifier(FaqLibrary library, ModLog modLog, IHostApplicationLifetime lifetime) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        library.Reloaded += OnReloaded;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        library.Reloaded -= OnReloaded;
        return Task.CompletedTask;
    }

    private void OnReloaded(FaqReloadResult result) =>
        _ = modLog.PostAsync("reload", ReloadReport.Describe(result), lifetime.ApplicationStopping);
}
