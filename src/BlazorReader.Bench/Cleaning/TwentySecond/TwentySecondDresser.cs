using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.TwentySecond;

// The twenty-second catalogue, written without reading the cleaner or any other catalogue:
// a story read through one of ten copy paths none of the twenty-one drew on (culture portals,
// reading-list exports, gaming portals, library records, phone screenshots through OCR, cabin
// and hotel screens, portals' daily boxes, legal databases, webinar pages, marketplace apps),
// with the common chrome in new wordings, posts flattened with their links broken anywhere,
// and lines the story itself says that look like furniture.
public sealed class TwentySecondDresser(DressingPools pools) : IArticleDresser
{
    private static readonly PageFamily[] Families =
    [
        new CulturePortalPage(), new BookmarkExportPage(), new GamingPortalPage(), new LibraryRecordPage(), new PhoneScreenshotPage(),
        new CabinScreenPage(), new DailyBoxesPage(), new LegalDatabasePage(), new WebinarPage(), new MarketplaceFeedPage(),
    ];

    public DressedArticle Dress(RawArticle article, string key, DressingRandom r)
    {
        var paragraphs = TextReferee.Lines(article.Text);
        if (r.Chance(0.2) || paragraphs.Count == 0)
        {
            return new DressedArticle(article, key, [.. paragraphs.Select(p => new ExpectedBlock(BlockKind.Paragraph, p))], [], TitleOf(article), Undressed: true);
        }
        var d = new Dressing(article, r, pools);
        var family = r.Pick(Families);
        var site = family.Site(d);
        var page = new PageSheet(r);
        WriteHead(page, d, family, site);
        var leadWritten = r.Chance(0.45) && HeadChrome.Dateline(page, d, paragraphs[0]);
        var own = paragraphs.ToHashSet(StringComparer.Ordinal);
        var inserts = InsertPlan(r, paragraphs.Count);
        // A closing formula or a last number to call ends the story: a more-link comes after it.
        List<string> closing = r.Chance(0.25) ? StoryOwnLines.Draw(d, end: true) : [];
        List<string> story = closing.Any(l => own.Contains(TextReferee.Normalize(l))) ? paragraphs : [.. paragraphs, .. closing];
        var moreLink = r.Chance(0.3);
        for (var i = leadWritten ? 1 : 0; i < story.Count; i++)
        {
            if (i > 0 && i < paragraphs.Count && inserts.TryGetValue(i, out var insert))
            {
                WriteInside(page, d, family, site, insert, paragraphs[i - 1], own);
            }
            if (i == story.Count - 1 && moreLink)
            {
                TailChrome.MoreLink(page, d, story[i], site);
                continue;
            }
            page.Paragraph(story[i]);
        }
        WriteTail(page, d, family, site);
        var raw = article with { Text = page.Write(), Title = r.Chance(0.85) ? article.Title : null };
        return new DressedArticle(raw, key, page.Body, page.Noise, TitleOf(article), Undressed: false);
    }

    private static string? TitleOf(RawArticle article) => article.Title is { Length: > 0 } t ? TextReferee.Normalize(t) : null;

    // Where pieces go between paragraphs: one to four places, never before the lead.
    private static Dictionary<int, int> InsertPlan(DressingRandom r, int count)
    {
        var plan = new Dictionary<int, int>();
        for (var n = count < 2 ? 0 : r.Between(1, Math.Min(4, count - 1)); n > 0; n--)
        {
            plan[r.Between(1, count - 1)] = r.Next(7);
        }
        return plan;
    }

    private static void WriteHead(PageSheet page, Dressing d, PageFamily family, string site)
    {
        var r = d.R;
        var familyFirst = r.Chance(0.7);
        if (familyFirst)
        {
            family.Head(page, d, site);
        }
        if (r.Chance(0.4))
        {
            HeadChrome.Headline(page, d, site);
        }
        if (r.Chance(0.35))
        {
            HeadChrome.Byline(page, d, site);
        }
        if (r.Chance(0.3))
        {
            HeadChrome.Counter(page, d);
        }
        if (r.Chance(0.2))
        {
            HeadChrome.Share(page, d);
        }
        if (!familyFirst)
        {
            family.Head(page, d, site);
        }
    }

    private static void WriteInside(PageSheet page, Dressing d, PageFamily family, string site, int what, string before, HashSet<string> own)
    {
        switch (what)
        {
            case 0: family.Inside(page, d, site); break;
            case 1: TailChrome.Caption(page, d); break;
            case 2: TailChrome.ReadAlso(page, d); break;
            case 3: FlatPosts.Write(page, d); break;
            case 4: WriteOwn(page, family.OwnLines(d), own); break;
            case 5: page.Add(NoiseKind.Repeat, Repeat(d, before)); break;
            default: WriteOwn(page, StoryOwnLines.Draw(d, end: false), own); break;
        }
    }

    // A paragraph again: whole, as a doubled scrape leaves it, or its first sentence as a pull quote.
    private static string Repeat(Dressing d, string paragraph)
    {
        var sentence = DressingPools.LeadSentence(paragraph);
        return d.R.Chance(0.6) || sentence.Length == paragraph.Length || sentence.Length < 30 ? paragraph : d.R.Pick($"«{sentence}»", $"❝ {sentence} ❞", $"“{sentence}”");
    }

    // The story's own look-alike lines, unless the story already says one of them itself.
    private static void WriteOwn(PageSheet page, List<string> lines, HashSet<string> own)
    {
        if (lines.Any(l => own.Contains(TextReferee.Normalize(l))))
        {
            return;
        }
        foreach (var line in lines)
        {
            page.Paragraph(line);
        }
    }

    private static void WriteTail(PageSheet page, Dressing d, PageFamily family, string site)
    {
        var r = d.R;
        // Credits and signatures sit right under the story; the rest in any order; footers close the page.
        if (r.Chance(0.35))
        {
            TailChrome.Credit(page, d);
        }
        if (r.Chance(0.2))
        {
            TailChrome.Signature(page, d, site);
        }
        List<Action> pieces = [() => family.Tail(page, d, site)];
        if (r.Chance(0.3))
        {
            pieces.Add(() => TailChrome.Tags(page, d));
        }
        if (r.Chance(0.35))
        {
            pieces.Add(() => TailChrome.TeaserBlock(page, d));
        }
        if (r.Chance(0.2))
        {
            pieces.Add(() => TailChrome.ReadAlso(page, d));
        }
        if (r.Chance(0.15))
        {
            pieces.Add(() => HeadChrome.Share(page, d));
        }
        foreach (var piece in pieces.OrderBy(_ => r.Next(100)).ToList())
        {
            piece();
        }
        if (r.Chance(0.45))
        {
            TailChrome.Footer(page, d, site);
        }
    }
}
