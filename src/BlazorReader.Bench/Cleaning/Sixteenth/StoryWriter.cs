namespace BlazorReader.Bench.Cleaning.Sixteenth;

// The story's paragraphs in order, with what a page sets between them: posts, pictures,
// read-also links, a pulled quote that repeats the story, and lines of its own that look
// like chrome. A copy path adds its own glue: a dateline on the lead, marks after sentences.
internal static class StoryWriter
{
    public static void Write(Page page, NoisePiece? leadPrefix = null, Func<int, NoisePiece?>? after = null, Action<int>? between = null)
    {
        var r = page.R;
        var count = page.Paragraphs.Count;
        var inserts = new List<(int Gap, Action Write)>();
        void Plan(double chance, int times, Action write, bool middle = false)
        {
            if (!r.Chance(chance))
            {
                return;
            }
            for (var i = 0; i < times; i++)
            {
                var gap = middle && count >= 2 ? r.Between(0, count - 2) : r.Between(-1, count - 1);
                inserts.Add((gap, write));
            }
        }
        Plan(0.3, r.Between(1, 2), () => Tweets.Write(page));
        Plan(0.3, 1, () => Pictures.Write(page));
        Plan(0.25, r.Between(1, 2), () => ReadAlso.Write(page), middle: true);
        Plan(0.4, 1, () => StoryOwnLines.Write(page), middle: true);
        Plan(0.08, 1, () => PullQuote(page), middle: true);
        inserts.Where(i => i.Gap < 0).ToList().ForEach(i => i.Write());
        for (var i = 0; i < count; i++)
        {
            page.Paragraph(page.Paragraphs[i], i == 0 ? leadPrefix : null, after?.Invoke(i));
            between?.Invoke(i);
            inserts.Where(x => x.Gap == i).ToList().ForEach(x => x.Write());
        }
    }

    // A sentence of the story set apart in large type: the story again, a repeat.
    private static void PullQuote(Page page)
    {
        var r = page.R;
        var source = page.R.Pick(page.Paragraphs);
        var end = source.IndexOfAny(['.', '؟', '!', '،']);
        var sentence = end > 25 ? source[..end] : source;
        var line = r.Next(3) switch
        {
            0 => "«" + sentence + "»",
            1 => "❝ " + sentence + " ❞",
            _ => sentence,
        };
        page.Add(NoiseKind.Repeat, line);
    }
}
