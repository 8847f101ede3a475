using HfsBot.Services;

namespace HfsBot.Tests.Ship;

public sealed class HealthReportTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 21, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Problem_FreshReportWithRecentAck_IsHealthy() =>
        Assert.Null(new HealthReport(Now.AddSeconds(-5), true, Now.AddSeconds(-30), 42).Problem(Now));

    [Theory]
    [InlineData(-120, -30, 42, "has not reported since")]
    [InlineData(-5, -30, 0, "no FAQ entries")]
    [InlineData(-5, -300, 42, "last acknowledged a heartbeat")]
    public void Problem_SaysWhatIsWrong(int updatedSecondsAgo, int ackSecondsAgo, int entries, string expected) =>
        Assert.Contains(expected, new HealthReport(Now.AddSeconds(updatedSecondsAgo), true, Now.AddSeconds(ackSecondsAgo), entries).Problem(Now), StringComparison.Ordinal);

    [Fact]
    public void Problem_GatewayNotReady_IsUnhealthyEvenWithARecentAck() =>
        Assert.Contains("not connected to Discord", new HealthReport(Now, false, Now.AddSeconds(-5), 42).Problem(Now), StringComparison.Ordinal);

    [Fact]
    public void Problem_NoAckYet_IsUnhealthy() =>
        Assert.Contains("not acknowledged a heartbeat yet", new HealthReport(Now, false, null, 42).Problem(Now), StringComparison.Ordinal);
}
