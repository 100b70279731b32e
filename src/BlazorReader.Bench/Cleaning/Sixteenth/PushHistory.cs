namespace BlazorReader.Bench.Cleaning.Sixteenth;

// The story copied from a news app reached through its notifications: the list of pushed
// stories around the one tapped (other stories, with the app and how long ago), the tapped
// alert that carries the title, the app's «open» link, then the story and the app's furniture.
internal static class PushHistory
{
    private static readonly string[] Apps = ["سبق", "عاجل", "أخبار السعودية", "نبض", "الرياض", "اليوم", "Sabq", "Okaz"];

    public static void Write(Page page)
    {
        var r = page.R;
        var app = r.Pick(Apps);
        if (r.Chance(0.5))
        {
            page.Add(NoiseKind.Footer, r.Pick("الإشعارات", "Notifications", "سجل الإشعارات", "الإشعارات  مسح الكل", "مركز الإشعارات"));
        }
        Others(page, app, r.Between(0, 3));
        if (page.Title.Length > 0 && r.Chance(0.8))
        {
            var stamp = Stamp(r, app);
            page.Add(NoiseKind.Headline, r.Chance(0.5) ? [stamp, Alert(r) + page.Title] : [stamp + r.Pick(" ", "  ") + Alert(r) + page.Title]);
        }
        if (r.Chance(0.4))
        {
            page.Add(NoiseKind.MoreLink, r.Pick("فتح في التطبيق", "Open", "اضغط لقراءة التفاصيل", "اقرأ الخبر كاملاً في التطبيق ›"));
        }
        if (r.Chance(0.4))
        {
            page.Add(NoiseKind.Byline, r.Pick("المحرر: ", "تحرير: ", "بقلم: ") + DressingPools.PersonName(r) + r.Pick("", " " + r.Separator("|", "-") + app));
        }
        StoryWriter.Write(page, leadPrefix: r.Chance(0.5) ? Sites.Dateline(r) : null);
        if (r.Chance(0.5))
        {
            page.Add(NoiseKind.MoreLink, r.Pick("عرض ", "Show ") + r.Number(r.Between(3, 40)) + r.Pick(" إشعارات أخرى", " more notifications", " إشعاراً سابقاً"));
        }
        Others(page, app, r.Between(0, 2));
        if (r.Chance(0.5))
        {
            page.Add(NoiseKind.Footer, r.Pick("إعدادات الإشعارات", "Notification settings", "إيقاف التنبيهات من " + app, "حمّل تطبيق " + app + " الآن"));
        }
    }

    private static string Alert(DressingRandom r) => r.Pick("", "", "عاجل: ", "🔴 عاجل | ", "⚡ ", "Breaking: ");

    private static string Stamp(DressingRandom r, string app) => r.Pick("🔔 ", "", "📰 ") + app + r.Pick(" · ", " • ", " - ", "  ") + Dates.Ago(r);

    private static void Others(Page page, string app, int count)
    {
        var r = page.R;
        foreach (var title in OtherStories.Titles(page, count))
        {
            var stamp = Stamp(r, app);
            page.Add(new NoisePiece(NoiseKind.Teaser, r.Chance(0.5) ? [stamp, Alert(r) + title] : [Alert(r) + title + " " + r.Separator("·", "-") + Dates.Ago(r)]) { Teasers = [title] });
        }
    }
}
