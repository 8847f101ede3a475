namespace HfsBot.Discord.Gateway;

/// <summary>
/// What a resume needs: session id, resume URL and the last sequence number. The sequence is written by the receive
/// loop and read by the heartbeat loop, hence the interlocked access; the rest changes only between connections or
/// on READY.
/// </summary>
internal sealed class GatewaySession
{
    private const long NoSequence = -1;

    private long _sequence = NoSequence;

    public string? SessionId { get; private set; }

    /// <summary>Dropped after a failed resume: the next attempt uses the gateway URL (twilight-rs/twilight#1942).</summary>
    public string? ResumeUrl { get; set; }

    /// <summary>Counted and reset by <see cref="GatewayClient"/>, which decides on resuming.</summary>
    public int FailedResumes { get; set; }

    /// <summary>The last non-null <c>s</c> of a dispatch, or null before the first one.</summary>
    public long? Sequence
    {
        get
        {
            var value = Interlocked.Read(ref _sequence);
            return value == NoSequence ? null : value;
        }
    }

    public bool CanResume => SessionId is not null && Sequence is not null;

    public void Start(string sessionId, string resumeUrl)
    {
        SessionId = sessionId;
        ResumeUrl = resumeUrl;
    }

    /// <summary>
    /// Records a dispatch's sequence number. Returns false for a number at or below the last one: within a session the
    /// numbers only grow, so that dispatch was already delivered (a replay overlapping what was received).
    /// </summary>
    public bool TryAdvance(long sequence)
    {
        while (true)
        {
            var current = Interlocked.Read(ref _sequence);
            if (current != NoSequence && sequence <= current)
            {
                return false;
            }

            if (Interlocked.CompareExchange(ref _sequence, sequence, current) == current)
            {
                return true;
            }
        }
    }

    /// <summary>Forgets the session: the next connection identifies and starts counting from scratch.</summary>
    public void Drop()
    {
        SessionId = null;
        ResumeUrl = null;
        FailedResumes = 0;
        Interlocked.Exchange(ref _sequence, NoSequence);
    }
}
