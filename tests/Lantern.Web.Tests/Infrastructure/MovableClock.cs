namespace Lantern.Web.Tests.Infrastructure;

/// <summary>The system clock, moved forward when a test says so (to make a sign-in old without waiting).</summary>
public sealed class MovableClock : TimeProvider
{
    private TimeSpan offset;

    public TimeSpan Offset => offset;

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + offset;

    public void Advance(TimeSpan by) => offset += by;
}
