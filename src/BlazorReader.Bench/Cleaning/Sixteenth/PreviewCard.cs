namespace BlazorReader.Bench.Cleaning.Sixteenth;

// The story sent in a message with its link: the link itself, the preview card the app drew
// from the page (site, title, a description that repeats the lead, domain), the story pasted
// under it, and the mail or phone's signature at the end.
internal static class PreviewCard
{
    private static readonly string[] SentFrom =
    [
        "Sent from my iPhone", "أُرسلت من الآيفون الخاص بي", "Sent from Yahoo Mail on Android", "Get Outlook for Android", "مرسل من هاتفي Samsung Galaxy",
        "Sent from my Huawei phone", "أرسلت من جهاز iPad",
    ];

    public static void Write(Page page)
    {
        var r = page.R;
        var (paper, domain) = Sites.Pick(r);
        var address = Sites.Address(r, domain);
        var linkFirst = r.Chance(0.6);
        if (linkFirst)
        {
            page.Add(NoiseKind.MoreLink, address);
        }
        if (r.Chance(0.7))
        {
            page.Add(new NoisePiece(NoiseKind.Credit, r.Chance(0.5) ? [r.Pick("صحيفة ", "جريدة ", "") + paper] : [r.Pick("صحيفة ", "") + paper, domain.Replace("www.", "", StringComparison.Ordinal)]) { Credit = paper });
        }
        if (page.Title.Length > 0 && r.Chance(0.8))
        {
            page.Add(NoiseKind.Headline, page.Title + r.Pick("", "", " - " + paper, " | " + paper));
        }
        var lead = page.Lead();
        if (lead.Length >= 20 && r.Chance(0.6))
        {
            var space = lead.Length > 90 ? lead.LastIndexOf(' ', 90) : -1;
            var cut = space > 30 && r.Chance(0.5) ? lead[..space] + r.Pick("…", "...", " …") : lead;
            page.Add(NoiseKind.Repeat, cut);
        }
        if (!linkFirst && r.Chance(0.6))
        {
            page.Add(NoiseKind.MoreLink, r.Pick("", "الرابط: ", "رابط الخبر: ", "🔗 ") + address);
        }
        var last = page.Paragraphs.Count - 1;
        StoryWriter.Write(page, after: i => i == last && r.Chance(0.3) ? new NoisePiece(NoiseKind.MoreLink, [r.Pick("... المزيد", "(تابع القراءة)", "اقرأ المزيد »", "…read more")], Glued: true) : null);
        if (r.Chance(0.3))
        {
            page.Add(NoiseKind.Share, r.Pick("تمت المشاركة عبر تطبيق " + paper, "Shared via " + paper + " app", "شاركها من تطبيق " + paper));
        }
        if (r.Chance(0.65))
        {
            page.Add(NoiseKind.Signature, r.Pick("", "", "-- ", "— ") + r.Pick(SentFrom));
        }
    }
}
