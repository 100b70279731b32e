namespace BlazorReader.Bench.Search;

// What readers type into the search box, keystroke by keystroke: from two letters up to
// twenty characters of a real headline, from its start or from one of its next words, one
// in five with a conjunction «و» put before it. Every keystroke is one lookup.
public static class TypingSample
{
    public static List<string> From(IReadOnlyList<string> titles, int headlines, int seed)
    {
        ArgumentNullException.ThrowIfNull(titles);
        var rnd = new Random(seed);
        var typed = new List<string>();
        foreach (var title in titles.Where(t => t.Length >= 4).OrderBy(_ => rnd.Next()).Take(headlines))
        {
            var words = title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var from = rnd.Next(2) == 0 ? 0 : rnd.Next(Math.Min(words.Length, 4));
            var text = (rnd.Next(5) == 0 ? "و" : "") + string.Join(' ', words.Skip(from));
            for (var length = 2; length <= Math.Min(text.Length, 20); length++)
            {
                typed.Add(text[..length]);
            }
        }
        return typed;
    }
}
