namespace BlazorReader.Bench.Cleaning.Twentieth;

// A web story (a story told as tappable slides) copied whole: each paragraph is a slide with
// its counter and swipe hint, a picture's caption here and there, the publisher's line, and
// at the end the next story offered. Counters and progress dots are Counter, the swipe hint
// a MoreLink, the publisher a Byline, the next stories Teaser.
internal static class SlideStory
{
    public static void Dress(PageDraft page, DressingRandom r)
    {
        var slides = page.Paragraphs;
        var total = slides + r.Between(0, 2);
        var counterForm = r.Pick("{0}/{1}", "{0} / {1}", "{0} من {1}", "الشريحة {0} من {1}", "‹ {0} ∙ {1} ›");
        var every = r.Chance(0.6);
        var indic = r.Chance(0.4);
        page.Top(Entry.Noise(NoiseKind.Byline, $"{r.Pick("قصة من", "بواسطة", "قصص", "Web Story ·")} {r.Pick(DressingPools.Papers)}{(r.Chance(0.4) ? " · " + Calendar.Written(r, Calendar.Around(r, page.Article.PublishedAt)) : "")}"));
        for (var k = slides - 1; k >= 0; k--)
        {
            if (!every && k != 0 && !r.Chance(0.35))
            {
                continue;
            }
            var counter = counterForm.Replace("{0}", Invariant(k + 1), StringComparison.Ordinal).Replace("{1}", Invariant(total), StringComparison.Ordinal);
            counter = indic ? DressingRandom.ToArabicIndic(counter) : counter;
            if (k == 0)
            {
                page.Head(Entry.Noise(NoiseKind.Counter, counter));
            }
            else
            {
                page.After(k - 1, Entry.Noise(NoiseKind.Counter, counter));
            }
        }
        if (r.Chance(0.5))
        {
            page.Head(Entry.Noise(NoiseKind.Counter, string.Join(r.Pick("", " "), Enumerable.Range(0, Math.Clamp(total, 3, 9)).Select(i => i == 0 ? "●" : "○"))) with { Tight = true });
        }
        if (r.Chance(0.7))
        {
            var hint = Typography.Stretch(r, r.Pick("اسحب للأعلى", "اسحب للأعلى لقراءة المزيد", "⌃ اسحب لقراءة القصة كاملة", "مرّر للأعلى", "اضغط للمتابعة ›"));
            page.After(Math.Max(0, page.Paragraphs - 1), Entry.Noise(NoiseKind.MoreLink, hint));
            if (r.Chance(0.4) && page.Paragraphs > 2)
            {
                page.After(page.Gap(r), Entry.Noise(NoiseKind.MoreLink, hint + (r.Chance(0.5) ? " ↑" : "")));
            }
        }
        if (r.Chance(0.45))
        {
            page.After(page.Gap(r), Entry.Noise(NoiseKind.Caption, $"{r.Pick("الصورة", "صورة", "📷")}: {r.Pick("من موقع الحدث", "أرشيفية", "تعبيرية", "مشهد عام للمكان")} {r.Pick("(" + r.Pick(DressingPools.LatinAgencies) + ")", "- " + r.Pick(DressingPools.Agencies), "")}".TrimEnd()));
        }
        if (r.Chance(0.5))
        {
            page.Tail(Entry.Noise(NoiseKind.Share, Typography.Join(r, r.Pick<string[]>(["مشاركة القصة", "نسخ الرابط"], ["شارك", "واتساب", "إكس", "نسخ"], ["↗ شارك هذه القصة"]))));
        }
        var titles = page.OtherTitles(r, r.Between(1, 3));
        if (titles.Count > 0)
        {
            var heading = r.Pick("القصة التالية", "قصص أخرى", "التالي ←", "شاهد أيضاً من قصصنا");
            var lines = new List<string> { heading };
            lines.AddRange(titles.Select(t => r.Chance(0.3) ? $"{t} · {r.Number(r.Between(4, 14))} {r.Pick("شرائح", "صفحات")}" : t));
            page.Tail(Entry.Teasers(lines, titles));
        }
        if (r.Chance(0.3))
        {
            page.Tail(Entry.Noise(NoiseKind.Footer, r.Pick("اضغط مطولاً للإيقاف المؤقت", "انقر على يمين الشاشة للانتقال", "لعرض القصة بصوت أعلى اضغط على أيقونة الصوت")));
        }
    }

    private static string Invariant(int n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
