namespace BlazorReader.Bench.Cleaning.TwentyFourth;

// Text copied from a site whose copy-protection script appends its own lines to whatever
// was selected: «اقرأ المزيد: URL», «المصدر: URL», an English «Read more at», a copyright
// notice, one wording and the page's own address on one site. A reader who copied in chunks
// gets the same tail after each chunk, glued onto any paragraph or on its own line anywhere.
internal sealed class CopyGuardPage : IPageFamily
{
    public void Head(PageDraft p)
    {
        var r = p.R;
        if (r.Chance(0.5))
        {
            CommonChrome.Headline(p);
        }
        if (r.Chance(0.4))
        {
            p.Noise(NoiseKind.Byline, CommonChrome.Byline(p));
        }
        if (r.Chance(0.3))
        {
            p.Noise(NoiseKind.Dateline, CommonChrome.Dateline(p));
        }
        p.Kept["copy-tail"] = Tail(r, p.Article.SourceUrl is { Length: > 0 } own && r.Chance(0.7) ? own : Wording.Url(r));
        p.Kept["copy-notice"] = r.Pick($"تم النسخ من موقع {r.Pick(DressingPools.Papers)}", $"حقوق النشر © {r.Pick(DressingPools.Papers)} — يرجى ذكر المصدر عند النقل", "Copyright © All rights reserved");
        var chunks = r.Between(1, Math.Min(3, p.Paragraphs.Count));
        for (var i = 0; i < chunks; i++)
        {
            var at = r.Chance(0.4) ? p.Paragraphs.Count - 1 : r.Next(p.Paragraphs.Count);
            if (r.Chance(0.6))
            {
                p.GlueAfter(at, NoiseKind.MoreLink, p.Kept["copy-tail"]);
            }
        }
    }

    public List<Action<PageDraft>> Inside(PageDraft p) => p.R.Chance(0.5) ? [OwnLine] : [OwnLine, OwnLine];

    public void Tail(PageDraft p)
    {
        var r = p.R;
        OwnLine(p);
        if (r.Chance(0.3))
        {
            CommonChrome.Share(p);
        }
        if (r.Chance(0.4))
        {
            CommonChrome.ReadAlso(p);
        }
        if (r.Chance(0.3))
        {
            CommonChrome.Signature(p);
        }
    }

    // The appended block on lines of its own, as a script that adds line breaks writes it.
    private static void OwnLine(PageDraft p)
    {
        var r = p.R;
        if (r.Chance(0.3))
        {
            p.Noise(NoiseKind.Footer, p.Kept["copy-notice"]);
        }
        p.Noise(NoiseKind.MoreLink, p.Kept["copy-tail"]);
    }

    private static string Tail(DressingRandom r, string url) => r.Next(6) switch
    {
        0 => $"اقرأ المزيد{r.Separator(":")}{url}",
        1 => $"المصدر{r.Separator(":")}{url}",
        2 => $"Read more at: {url}",
        3 => $"اقرأ المزيد على {r.Pick(DressingPools.Papers)}: {url}",
        4 => $"- المصدر : {url}",
        _ => $"تابع القراءة: {url} ©",
    };
}
