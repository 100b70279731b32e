namespace BlazorReader.Bench.Cleaning.Twentieth;

// A copy taken from a phone's lock screen or a watch: the status bar, the app's notification
// for this story (its opening cut short), other stories' notifications stacked under it, the
// «n more» fold and the watch's «open on phone». The status bar and buttons are Footer, the
// story's own cut opening a Repeat, other stories Teaser, folds Counter, «open» a MoreLink.
internal static class LockScreenStack
{
    private static readonly string[] Apps = ["أخبار", "سبق", "العربية", "الإخبارية", "الجزيرة", "عاجل السعودية", "News"];

    public static void Dress(PageDraft page, DressingRandom r)
    {
        var app = r.Pick(Apps);
        var head = new List<Entry>();
        if (r.Chance(0.6))
        {
            head.Add(Entry.Noise(NoiseKind.Footer, $"{Calendar.Time(r)}{r.Pick("  ", " ")}{r.Pick("▂▄▆", "📶", "LTE", "5G", "4G")} {r.Number(r.Between(5, 99))}%{r.Pick("", " 🔋", " ⚡")}"));
        }
        var lead = page.OwnLines.First();
        var space = lead.Length > 90 ? lead.LastIndexOf(' ', r.Between(50, 85)) : -1;
        var cut = space > 20 ? lead[..space] + r.Pick("…", "...", " …") : lead;
        head.Add(Entry.Noise(NoiseKind.Footer, $"{app} · {Calendar.Ago(r)}"));
        if (cut.Length >= 20)
        {
            // A lead of a word or a figure makes no notification text; the app shows none.
            head.Add(Entry.Noise(NoiseKind.Repeat, cut) with { Tight = true });
        }
        var titles = page.OtherTitles(r, r.Between(1, 4));
        if (titles.Count > 0)
        {
            var lines = new List<string>();
            foreach (var t in titles)
            {
                lines.Add(r.Chance(0.5) ? $"{r.Pick(Apps)} · {Calendar.Ago(r)}" : $"{r.Pick(Apps)}{r.Pick("  ", " — ")}{Calendar.Time(r)}");
                lines.Add(t);
            }
            head.Add(Entry.Teasers(lines, titles) with { Tight = true });
        }
        if (r.Chance(0.5))
        {
            head.Add(Entry.Card(NoiseKind.Counter, r.Pick("+{0} إشعارات أخرى", "{0} إشعارات إضافية", "عرض {0} أخرى").Replace("{0}", r.Number(r.Between(2, 14)), StringComparison.Ordinal)));
        }
        if (r.Chance(0.4))
        {
            head.Add(Entry.Card(NoiseKind.Footer, Typography.Join(r, r.Pick<string[]>(["مسح الكل", "إدارة"], ["إسكات لمدة ساعة", "إيقاف"], ["Clear", "Manage"]))));
        }
        page.Top([.. head]);
        if (r.Chance(0.5))
        {
            page.Tail(Entry.Noise(NoiseKind.MoreLink, r.Pick("افتح على الهاتف", "اقرأ المزيد على هاتفك", "متابعة القراءة في التطبيق", "اسحب لفتح الخبر")));
        }
        if (r.Chance(0.3))
        {
            page.Tail(Entry.Noise(NoiseKind.Footer, Typography.Join(r, ["حفظ", r.Pick("مشاركة", "لاحقاً"), r.Pick("إخفاء", "تجاهل")])));
        }
    }
}
