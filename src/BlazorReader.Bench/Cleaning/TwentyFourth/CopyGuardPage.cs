namespace BlazorReader.Bench.Cleaning.TwentyFourth;

// Text copied from a site whose copy-protection script appends its own lines to whatever
// was selected: «اقرأ المزيد: URL», «المصدر: URL», an English «Read more at», a copyright
// notice. A reader who copied in chunks gets one such tail after each chunk, so they fall
// glued onto any paragraph or on their own line anywhere in the story.
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
        var chunks = r.Between(1, Math.Min(3, p.Paragraphs.Count));
        for (var i = 0; i < chunks; i++)
        {
            var at = r.Chance(0.4) ? p.Paragraphs.Count - 1 : r.Next(p.Paragraphs.Count);
            if (r.Chance(0.6))
            {
                p.GlueAfter(at, NoiseKind.MoreLink, Tail(r));
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
        var paper = r.Pick(DressingPools.Papers);
        if (r.Chance(0.3))
        {
            p.Noise(NoiseKind.Footer, r.Pick($"تم النسخ من موقع {paper}", $"حقوق النشر © {paper} — يرجى ذكر المصدر عند النقل", "Copyright © All rights reserved"));
        }
        p.Noise(NoiseKind.MoreLink, Tail(r));
    }

    private static string Tail(DressingRandom r)
    {
        var url = Wording.Url(r);
        return r.Next(6) switch
        {
            0 => $"اقرأ المزيد{r.Separator(":")}{url}",
            1 => $"المصدر{r.Separator(":")}{url}",
            2 => $"Read more at: {url}",
            3 => $"اقرأ المزيد على {r.Pick(DressingPools.Papers)}: {url}",
            4 => $"- المصدر : {url}",
            _ => $"تابع القراءة: {url} ©",
        };
    }
}
