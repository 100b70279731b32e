namespace BlazorReader.Bench.Cleaning.TwentyThird;

// What goes inside the story itself: posts flattened between paragraphs, a paragraph
// repeated further down as pages repeat a lead or a quote, and the story's own lines that
// look like furniture.
internal static class StoryInserts
{
    public static void Add(PageSheet page, PageKit k)
    {
        var r = k.R;
        if (r.Chance(0.22))
        {
            var posts = r.Chance(0.2) ? 2 : 1;
            for (var i = 0; i < posts; i++)
            {
                var (post, lines) = FlatPosts.Make(k);
                page.Above(r.Between(Math.Min(1, page.Count), page.Count), post, lines);
            }
        }
        if (page.Count >= 2 && r.Chance(0.1))
        {
            var which = r.Between(0, page.Count - 2);
            page.Above(r.Between(which + 2, page.Count), CommonChrome.Repeat(page, k, which));
        }
        if (r.Chance(0.45))
        {
            // Points and question-answer pairs stay together, in their order.
            var (lines, where) = StoryOwnLines.Some(k);
            var at = where switch
            {
                StoryOwnLines.Place.Last => page.Count,
                StoryOwnLines.Place.Between when page.Count >= 2 => r.Between(1, page.Count - 1),
                _ => r.Between(Math.Min(1, page.Count), page.Count),
            };
            foreach (var line in lines)
            {
                // Never a line that is already a line of the story: it would be counted twice.
                if (!page.Paragraphs.Contains(line))
                {
                    page.OwnLine(at, line);
                }
            }
        }
    }
}
