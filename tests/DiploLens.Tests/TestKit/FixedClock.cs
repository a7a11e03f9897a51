namespace DiploLens.Tests.TestKit;

/// <summary>A clock stopped at one instant, so recency ranking is reproducible.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
