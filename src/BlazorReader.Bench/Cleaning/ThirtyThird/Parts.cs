namespace BlazorReader.Bench.Cleaning.ThirtyThird;

// Rows of words an app bar or action row is made of: some of them, shuffled or in place.
internal static class Parts
{
    public static string Some(DressingRandom r, string sep, int min, int max, params string[] items) =>
        string.Join(sep, items.OrderBy(_ => r.Next(99)).Take(r.Between(min, max)));

    public static string First(DressingRandom r, string sep, int min, int max, params string[] items) =>
        string.Join(sep, items.Take(r.Between(min, max)));
}
