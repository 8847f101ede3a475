using System.Collections.Concurrent;

namespace HfsBot.Core.Throttling;

/// <summary>
/// Remembers where an entry was last posted publicly in each channel, so that the same answer is not posted
/// twice within <c>window</c>: the bot points to the earlier post instead. Thread-safe.
/// </summary>
public sealed class RecentPosts(TimeProvider timeProvider, TimeSpan window)
{
    private readonly ConcurrentDictionary<(string Channel, string EntryId), (DateTimeOffset At, string Link)> _posts = new();
    private readonly SweepSchedule _sweep = new(1024, window);

    /// <summary>The link to this entry's post in this channel, if it was posted within the window.</summary>
    public string? Recent(string channel, string entryId)
    {
        var now = timeProvider.GetUtcNow();
        return _posts.TryGetValue((channel, entryId), out var post) && now - post.At < window ? post.Link : null;
    }

    public void Remember(string channel, string entryId, string link)
    {
        var now = timeProvider.GetUtcNow();
        _posts[(channel, entryId)] = (now, link);
        if (_sweep.IsDue(now, _posts.Count))
        {
            foreach (var (key, post) in _posts)
            {
                if (now - post.At >= window)
                {
                    _posts.TryRemove(key, out _);
                }
            }
        }
    }
}
