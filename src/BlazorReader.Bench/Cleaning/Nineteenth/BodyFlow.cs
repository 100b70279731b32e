namespace BlazorReader.Bench.Cleaning.Nineteenth;

// The story's paragraphs in order, with what a page puts between them: the family's inside
// pieces, an embedded post, a dead embed, and in a share of pages body lines that look like
// chrome. A closing formula or a correction comes only after the last paragraph.
public static class BodyFlow
{
    private static readonly Action<PageSheet>[] Anywhere =
    [
        StatementLookalikes.Hotline, StatementLookalikes.QuotedPost, StatementLookalikes.SourceSentence, StatementLookalikes.HashtagStory,
        ListLookalikes.Interview, ListLookalikes.Points, ListLookalikes.Verses, ListLookalikes.HourByHour, ListLookalikes.Subheading,
    ];

    private static readonly Action<PageSheet>[] AtTheEnd = [.. Anywhere, StatementLookalikes.Correction, StatementLookalikes.Closing, StatementLookalikes.Closing];

    public static void Write(PageSheet s, PageFamily family)
    {
        var r = s.R;
        var lines = s.Story.Lines;
        var n = lines.Count;
        var insides = Enumerable.Range(1, Math.Max(0, n - 1)).OrderBy(_ => r.Next(9999)).Take(r.Between(0, Math.Min(2, n - 1))).ToHashSet();
        var lookalikeAt = r.Chance(0.4) ? r.Between(1, n) : -1;
        var postAt = r.Chance(0.28) ? r.Between(1, n) : -1;
        var stubAt = r.Chance(0.06) ? r.Between(1, n) : -1;
        for (var i = 0; i < n; i++)
        {
            var gap = i + 1;
            s.Paragraph(lines[i]);
            if (gap == lookalikeAt)
            {
                r.Pick(gap == n ? AtTheEnd : Anywhere)(s);
            }
            if (gap == postAt)
            {
                PostCards.Write(s);
            }
            if (gap == stubAt)
            {
                PostFurniture.DeletedStub(s);
            }
            if (insides.Contains(gap))
            {
                family.Inside(s);
            }
        }
    }
}
