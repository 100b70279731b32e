namespace BlazorReader.Core.Related;

// Publication time cut into blocks of 64 days (the first starts on 1 January of year 1), so
// an index can keep each block's entries apart and a query can read only the blocks near its
// date: its cost then follows how much news those days hold, not how deep the archive is.
internal static class TimeBlocks
{
    private const long TicksPerBlock = 64 * TimeSpan.TicksPerDay;

    public static int Of(DateTime at) => (int)(at.Ticks / TicksPerBlock);

    // The blocks holding every date within so many days of a date (and a few beyond).
    public static (int First, int Last) Within(DateTime at, double days)
    {
        var max = DateTime.MaxValue.Ticks;
        var reach = days * TimeSpan.TicksPerDay >= max ? max : (long)Math.Max(days * TimeSpan.TicksPerDay, 0);
        return (Of(new DateTime(at.Ticks - Math.Min(reach, at.Ticks))), Of(new DateTime(at.Ticks + Math.Min(reach, max - at.Ticks))));
    }
}
