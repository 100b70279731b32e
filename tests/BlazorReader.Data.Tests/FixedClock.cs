namespace BlazorReader.Data.Tests;

// Two stores written at "the same moment" can be compared column by column.
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
