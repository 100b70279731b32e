using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.TwentyFourth;

// The twenty-fourth catalogue, written apart from the cleaner and from every other catalogue:
// copy paths none drew on (picture desks' metadata, video agencies' shot lists, correction
// boxes, copy-protection scripts, similarity reports, startup press, trading apps, chambers
// and syndicates, corporate intranets, content-warning and sign-language video pages), with
// common chrome in new wording, flattened posts and look-alike lines the story keeps.
public sealed class TwentyFourthDresser(DressingPools pools) : IArticleDresser
{
    private static readonly IPageFamily[] Families =
    [
        new PictureDeskPage(), new VideoScriptPage(), new CorrectionBoxPage(), new CopyGuardPage(), new SimilarityReportPage(),
        new StartupPressPage(), new TradingAppPage(), new ChamberCircularPage(), new IntranetPage(), new WarningLabelPage(),
    ];

    public DressedArticle Dress(RawArticle article, string key, DressingRandom r)
    {
        var own = TextReferee.Lines(article.Text);
        var page = new PageDraft(pools, r, article, own);
        if (r.Next(5) == 0 || own.Count == 0)
        {
            return new DressedArticle(article, key, [.. own.Select(l => new ExpectedBlock(BlockKind.Paragraph, l))], [], page.Title, true);
        }
        var family = Families[r.Next(Families.Length)];
        family.Head(page);
        var inserts = family.Inside(page);
        if (r.Chance(0.3))
        {
            inserts.Add(FlatPosts.Write);
        }
        if (r.Chance(0.2))
        {
            inserts.Add(CommonChrome.ReadAlso);
        }
        // Two look-alike lines of one shape would read as a template, not as the story.
        var count = r.Chance(0.45) ? r.Between(1, 2) : 0;
        foreach (var shape in Enumerable.Range(0, OwnLines.Shapes).OrderBy(_ => r.Next(1000)).Take(count).ToList())
        {
            inserts.Add(p => p.Own(OwnLines.Draw(p, shape)));
        }
        WriteStory(page, inserts, r);
        if (r.Chance(0.08))
        {
            page.Own(OwnLines.Closing(r));
        }
        family.Tail(page);
        return page.Finish(key);
    }

    // Inserts fall between paragraphs (after the last when the story has one); a doubled
    // paragraph comes after its first copy, as a copy path that repeats a block writes it.
    private static void WriteStory(PageDraft page, List<Action<PageDraft>> inserts, DressingRandom r)
    {
        var n = page.Paragraphs.Count;
        var at = inserts.Select(_ => n == 1 ? 1 : r.Between(1, r.Chance(0.85) ? n - 1 : n)).ToList();
        var repeated = r.Chance(0.09) ? r.Next(n) : -1;
        var repeatAt = repeated < 0 ? -1 : r.Between(repeated + 1, n);
        for (var gap = 0; gap <= n; gap++)
        {
            for (var i = 0; i < inserts.Count; i++)
            {
                if (at[i] == gap)
                {
                    inserts[i](page);
                }
            }
            if (gap == repeatAt)
            {
                CommonChrome.Repeat(page, repeated);
            }
            if (gap < n)
            {
                page.Paragraph(gap);
            }
        }
    }
}
