namespace BlazorReader.Bench.Cleaning.Fifteenth;

// An Arabic paper or community site of the diaspora (Sweden, Germany, the Netherlands, the UK,
// Canada, Michigan, Brazil and Argentina, Australia): its chrome half in the country's language,
// cookie bars, membership and donation boxes, the community's calendar and small ads.
internal static class DiasporaPage
{
    private static readonly string[] Events = ["أمسية شعرية", "سوق خيري للعائلات", "دورة لغة للقادمين الجدد", "لقاء تعريفي بنظام الضرائب", "حفل فرقة تراثية", "يوم رياضي للأطفال"];

    private static readonly string[] Shops = ["مطعم الأرز", "حلويات الشام", "مكتب الهدى للترجمة المحلّفة", "سوبرماركت البركة", "مكتب سفريات النخيل", "محل الأمانة للصرافة"];

    public static void Dress(PageDraft page, DressingRandom r, OtherStories others, StorySubject subject)
    {
        var w = r.Pick(DiasporaWords.All);
        var place = r.Next(w.ArabicCities.Length);
        var (city, arabicCity) = (w.Cities[place], w.ArabicCities[place]);
        if (r.Chance(0.6))
        {
            page.Add(r.Chance(0.7) ? Zone.Head : Zone.Bottom, NoiseKind.Footer, [$"{w.Cookies} {r.Pick("نستخدم ملفات تعريف الارتباط.", "")} [{w.Accept}] {r.Pick("[إعدادات]", "[Privacy]", "")}".Replace("  ", " ", StringComparison.Ordinal)]);
        }
        if (r.Chance(0.5))
        {
            page.Add(Zone.Head, NoiseKind.Footer, [string.Join(r.Pick(" | ", "  ", " · "), new[] { "الرئيسية", "أخبار الجالية", arabicCity, "هجرة ولجوء", "اتصل بنا", "عن الموقع" }.Take(r.Between(3, 6)))]);
        }
        if (r.Chance(0.5))
        {
            var name = PageWords.Person(r);
            page.Add(Zone.Top, NoiseKind.Byline, [r.Pick($"{name} – {city}", $"بقلم: {name} | {arabicCity}", $"{name} | {w.Editors}", $"{name}\n{w.Editors}")]);
        }
        if (r.Chance(0.5))
        {
            var date = PageWords.ArabicDate(r, PageWords.Day(r, page.Article.PublishedAt));
            var line = r.Pick($"{arabicCity} – {r.Pick("خاص", "الجالية", date)}:", $"{city} —", $"{arabicCity} ({city}) -");
            if (r.Chance(0.6))
            {
                page.Glue(NoiseKind.Dateline, line, onFirst: true);
            }
            else
            {
                page.Add(Zone.Top, NoiseKind.Dateline, [line]);
            }
        }
        if (r.Chance(0.45))
        {
            var name = r.Pick(DressingPools.LatinFirst) + " " + r.Pick("Svensson", "Müller", "de Vries", "Jones", "Tremblay", "Silva", "Nguyen", "Haddad");
            page.AddBetween(r, NoiseKind.Credit, [$"{r.Pick("Foto:", "Bild:", "Photo:", "Foto/تصوير:")} {name}{r.Pick("", " / TT", " / dpa", " / ANP", " / PA")}"], credit: name);
        }
        if (r.Chance(0.45))
        {
            page.AddBetween(r, NoiseKind.Footer, [$"{r.Pick("ادعم صحافة الجالية المستقلة", "نحن نعتمد على دعمكم", "ساهم في استمرار الموقع")} — {w.Support} — {r.Number(r.Pick(5, 10, 50, 100))} {w.Currency}{r.Pick("/شهرياً", " شهرياً", "")}"]);
        }
        if (r.Chance(0.4) && others.OneTitle(r) is { } also)
        {
            page.AddBetween(r, NoiseKind.ReadAlso, [$"{r.Pick(w.ReadAlso, "اقرأ أيضاً:", $"{w.ReadAlso} / اقرأ أيضاً:")} {also}"], [also]);
        }
        if (r.Chance(0.5))
        {
            page.Add(Zone.Tail, NoiseKind.Share, [$"{w.Share} {r.Pick("/ شارك", "", "|")} Facebook {r.Pick("·", "|", " ")} WhatsApp {r.Pick("·", "|", " ")} {r.Pick("E-post", "E-Mail", "Email", "X")}"]);
        }
        if (r.Chance(0.35))
        {
            var more = $"{w.More} {r.Pick("»", "→", "...", "")}".Trim();
            if (r.Chance(0.5))
            {
                page.Glue(NoiseKind.MoreLink, more, onFirst: false);
            }
            else
            {
                page.Add(Zone.Tail, NoiseKind.MoreLink, [more]);
            }
        }
        if (r.Chance(0.4))
        {
            page.Add(Zone.Tail, NoiseKind.Tags, [$"{w.Tags} {string.Join(", ", new[] { "الجالية العربية", arabicCity, "أخبار", "Integration", "Migration" }.Take(r.Between(2, 5)))}"]);
        }
        if (r.Chance(0.45) && !subject.Grief)
        {
            var day = PageWords.Day(r, page.Article.PublishedAt).AddDays(r.Between(3, 20));
            page.Add(r.Chance(0.5) ? Zone.Tail : Zone.Footer, NoiseKind.Footer,
                [r.Pick("تقويم الجالية", "فعاليات الأسبوع", "Kalender / فعاليات"), $"{PageWords.ArabicDate(r, day)} — {r.Pick(Events)} — {r.Pick(w.Streets)}، {city} — {r.Pick("الدخول مجاني", $"{r.Number(r.Between(5, 150))} {w.Currency}")}"]);
        }
        if (r.Chance(0.4))
        {
            page.Add(Zone.Footer, NoiseKind.Footer, [$"{r.Pick("إعلان", w.Ad, $"{w.Ad} / إعلان")}: {r.Pick(Shops)} — {r.Pick(w.Streets)} {r.Between(1, 200)}، {city} — {r.Pick("هاتف", "Tel.")} {PageWords.Digits(r, $"{r.Between(100, 999)} {r.Between(1000, 9999)}")}"]);
        }
        if (r.Chance(0.3))
        {
            page.Add(Zone.Footer, NoiseKind.Signature, [r.Pick($"{w.Editors} / هيئة التحرير", $"هيئة تحرير موقع الجالية — {city}", $"{w.Editors}")]);
        }
    }
}
