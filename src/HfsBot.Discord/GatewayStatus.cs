using HfsBot.Discord.Models;

namespace HfsBot.Discord;

/// <summary>
/// Live state of the Discord connection for health checks and the host (a singleton; every member is thread-safe).
/// A recorded <see cref="FatalError"/> is final: the host turns it into a non-zero exit code.
/// </summary>
public sealed class GatewayStatus
{
    private readonly Lock _lock = new();
    private readonly TaskCompletionSource<string> _fatal = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private bool _isConnected;
    private bool _isReady;
    private DateTimeOffset? _lastHeartbeatAck;
    private Snowflake? _botUserId;
    private Snowflake? _applicationId;
    private string? _fatalError;
    private int _sessionsStarted;
    private int _resumes;

    /// <summary>A WebSocket to the gateway is open.</summary>
    public bool IsConnected
    {
        get
        {
            lock (_lock)
            {
                return _isConnected;
            }
        }
    }

    /// <summary>The open connection has received READY or RESUMED: events are flowing.</summary>
    public bool IsReady
    {
        get
        {
            lock (_lock)
            {
                return _isReady;
            }
        }
    }

    /// <summary>When the last heartbeat ACK arrived (from the injected <see cref="TimeProvider"/>).</summary>
    public DateTimeOffset? LastHeartbeatAckAt
    {
        get
        {
            lock (_lock)
            {
                return _lastHeartbeatAck;
            }
        }
    }

    /// <summary>The bot's own user id, known after the first READY.</summary>
    public Snowflake? BotUserId
    {
        get
        {
            lock (_lock)
            {
                return _botUserId;
            }
        }
    }

    /// <summary>The application id (for command and interaction-webhook routes), known after the first READY.</summary>
    public Snowflake? ApplicationId
    {
        get
        {
            lock (_lock)
            {
                return _applicationId;
            }
        }
    }

    /// <summary>The plain sentence of the error that stopped the client, or null while it runs.</summary>
    public string? FatalError
    {
        get
        {
            lock (_lock)
            {
                return _fatalError;
            }
        }
    }

    /// <summary>READY events received (new sessions, i.e. Identify calls that succeeded).</summary>
    public int SessionsStarted
    {
        get
        {
            lock (_lock)
            {
                return _sessionsStarted;
            }
        }
    }

    /// <summary>RESUMED events received.</summary>
    public int Resumes
    {
        get
        {
            lock (_lock)
            {
                return _resumes;
            }
        }
    }

    /// <summary>Completes with the sentence when a fatal error is reported (by the gateway or by REST).</summary>
    internal Task<string> FatalErrorReported => _fatal.Task;

    internal void SetConnected(bool connected)
    {
        lock (_lock)
        {
            _isConnected = connected;
            _isReady &= connected;
        }
    }

    internal void SetReady(Snowflake botUserId, Snowflake applicationId)
    {
        lock (_lock)
        {
            _isReady = true;
            _botUserId = botUserId;
            _applicationId = applicationId;
            _sessionsStarted++;
        }
    }

    internal void SetResumed()
    {
        lock (_lock)
        {
            _isReady = true;
            _resumes++;
        }
    }

    internal void SetHeartbeatAcked(DateTimeOffset at)
    {
        lock (_lock)
        {
            _lastHeartbeatAck = at;
        }
    }

    /// <summary>Records the first fatal error; later ones are ignored so the root cause stays visible.</summary>
    internal bool ReportFatal(string sentence)
    {
        lock (_lock)
        {
            if (_fatalError is not null)
            {
                return false;
            }

            _fatalError = sentence;
            _isReady = false;
        }

        _fatal.TrySetResult(sentence);
        return true;
    }
}
