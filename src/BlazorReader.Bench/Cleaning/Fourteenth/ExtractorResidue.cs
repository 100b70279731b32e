namespace BlazorReader.Bench.Cleaning.Fourteenth;

// What a text extractor leaves of a news page when it keeps every text node: the page's
// <title> with the site's name, its meta description (the lead printed again), ad slots'
// labels, images' alt texts (the platform's automatic ones too) and file names, figure
// numbers, lazy-load placeholders, and captions with entities or JSON escapes undecoded.
// Everything that stood for a picture or a slot is a Caption.
internal static class ExtractorResidue
{
    public static void Dress(PageDraft page)
    {
        var r = page.R;
        if (r.Chance(0.45))
        {
            page.Top(PageRun.Chrome(NoiseKind.Headline, SiteTitle(page)));
        }
        if (r.Chance(0.3))
        {
            page.Head(PageRun.Chrome(NoiseKind.Repeat, Description(page)));
        }
        if (r.Chance(0.35))
        {
            page.Head(PageRun.Chrome(NoiseKind.Caption, r.Chance(0.5) ? ImageTexts.AltText(r) : ImageTexts.FileName(r)));
        }
        // A site labels all its ad slots alike.
        var slots = r.Pick(0, 1, 1, 2, 3, 5);
        var label = AdSlot(r);
        for (var i = 0; i < slots; i++)
        {
            page.Between(PageRun.Chrome(NoiseKind.Caption, label));
        }
        if (r.Chance(0.4))
        {
            page.Between(PageRun.Chrome(NoiseKind.Caption, r.Pick(Placeholder(r), ImageTexts.Figure(r), Encoded(r), ImageTexts.AltText(r))));
        }
        if (r.Chance(0.2))
        {
            var (open, close) = r.Pick(("[", "]"), ("(", ")"), ("{", "}"));
            page.GlueInside(PageRun.Glued(NoiseKind.Caption, open + r.Pick("صورة", "image", "صورة: " + ImageTexts.Caption(r)) + close), " ");
        }
    }

    private static string SiteTitle(PageDraft page)
    {
        var site = Outlets.Paper(page.R);
        return page.R.Next(4) switch
        {
            0 => page.Title + " | " + site,
            1 => page.Title + " - " + site,
            2 => site + ": " + page.Title,
            _ => page.Title + " – " + site + " " + page.R.Pick("نت", "الإلكترونية", "| أخبار محلية"),
        };
    }

    // og:description: the lead, whole or cut at a word with an ellipsis.
    private static string Description(PageDraft page)
    {
        var lead = TextReferee.Lines(page.Article.Text)[0];
        var cut = lead.Length > 170 ? lead.LastIndexOf(' ', page.R.Between(110, 160)) : -1;
        return cut > 60 ? lead[..cut] + page.R.Pick("...", "…", " ...") : lead;
    }

    private static string AdSlot(DressingRandom r) => r.Next(9) switch
    {
        0 => "إعلان",
        1 => r.Pick("- ", "— ", "——— ") + "إعلان" + r.Pick(" -", " —", " ———"),
        2 => r.Pick("Advertisement", "ADVERTISEMENT", "Sponsored"),
        3 => Ink.Stretch("إعلان", r),
        4 => r.Pick("مساحة إعلانية", "محتوى إعلاني", "إعلانات Google"),
        5 => "Advertisement - " + r.Pick("Continue Reading Below", "Scroll to continue"),
        6 => "إعلان" + r.Separator("-", "|") + r.Pick("تابع القراءة بالأسفل", "يتواصل الخبر أدناه", "Advertisement"),
        7 => "[" + r.Pick("ad", "إعلان", "AD") + "]",
        _ => r.Pick("الإعلان", "إعلان ممول", "مساحة إعلانية - Ad"),
    };

    private static string Placeholder(DressingRandom r) =>
        r.Pick("جارٍ التحميل...", "جاري التحميل ...", "Loading...", "[image]", "[صورة]", "[فيديو]", "يتعذر عرض هذا المحتوى", "انقر لتحميل الصورة", "الصورة قيد التحميل…");

    // A caption the extractor read from the page source and never decoded.
    private static string Encoded(DressingRandom r) => r.Next(3) switch
    {
        0 => Ink.Undecoded(r.Chance(0.5) ? "صورة: " + ImageTexts.Caption(r) : "«" + ImageTexts.Caption(r) + "»", r),
        1 => "\"caption\":\"" + Ink.Escaped(ImageTexts.Caption(r)) + "\"",
        _ => ImageTexts.Caption(r) + "\\n" + r.Pick("تصوير: ", "المصدر: ") + DressingPools.PersonName(r) + r.Pick("", "\\n"),
    };
}
