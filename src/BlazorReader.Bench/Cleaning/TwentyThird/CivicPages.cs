namespace BlazorReader.Bench.Cleaning.TwentyThird;

// Parliament and shura portals and open-data portals carrying a news story: session lines,
// vote tallies, agenda lists of other items, dataset cards, licence lines, download rows and
// update frequencies.
internal static class CivicPages
{
    private static readonly string[] Formats = ["CSV", "JSON", "XLSX", "XML", "API"];

    public static void Parliament(PageSheet page, PageKit k)
    {
        var r = k.R;
        var house = r.Pick("مجلس الشورى", "مجلس النواب", "مجلس الأمة", "المجلس الوطني الاتحادي", "مجلس الشورى – الأمانة العامة");
        page.Top(CommonChrome.Piece(NoiseKind.Headline, k, $"{house}{r.Separator("|", "-", "›")}{r.Pick("أخبار الجلسات", "المركز الإعلامي", "قرارات المجلس")}"));
        var session = r.Pick(
            $"الجلسة رقم ({k.Num(r.Between(1, 70))}) – {r.Pick("الدورة العادية", "السنة")} {r.Pick("الأولى", "الثانية", "الثالثة", "الرابعة")}",
            $"الجلسة العادية {k.Num(r.Between(1, 70))} · {k.DateText()}",
            $"{k.DateText()} | الجلسة {r.Pick("الاستثنائية", "العادية")} رقم {k.Num(r.Between(1, 70))}");
        page.Top(CommonChrome.Piece(NoiseKind.Dateline, k, session));
        if (k.Title.Length >= 3 && r.Chance(0.5))
        {
            page.Top(CommonChrome.Headline(k));
        }
        var tally = r.Pick(
            $"نتيجة التصويت: موافق {k.Num(r.Between(60, 140))} | معارض {k.Num(r.Between(0, 30))} | ممتنع {k.Num(r.Between(0, 9))}",
            $"✔ {k.Num(r.Between(60, 140))}  ✖ {k.Num(r.Between(0, 30))}  ○ {k.Num(r.Between(0, 9))}",
            $"الأصوات المؤيدة {k.Num(r.Between(60, 140))} من أصل {k.Num(150)}");
        var counter = CommonChrome.Piece(NoiseKind.Counter, k, tally);
        if (r.Chance(0.5))
        {
            page.Above(page.Count, counter);
        }
        else
        {
            page.Top(counter);
        }
        if (CommonChrome.TeaserBlock(k, r.Pick("بنود جدول الأعمال", "جدول أعمال الجلسة", "موضوعات أخرى في الجلسة", "قرارات الجلسة")) is { } agenda)
        {
            if (r.Chance(0.5))
            {
                page.Bottom(agenda);
            }
            else
            {
                page.Top(agenda);
            }
        }
        page.Bottom(CommonChrome.Piece(NoiseKind.Footer, k, r.Pick(
            $"{house} © {k.Plain(r.Between(2010, 2015))}",
            "البث المباشر للجلسات | المحاضر | الأرشيف | اتصل بنا",
            $"الأمانة العامة – إدارة الإعلام والعلاقات العامة")));
    }

    public static void OpenData(PageSheet page, PageKit k)
    {
        var r = k.R;
        var portal = r.Pick("البوابة الوطنية للبيانات المفتوحة", "منصة البيانات المفتوحة", "data.gov.sa", "الهيئة العامة للإحصاء – البيانات");
        page.Top(CommonChrome.Piece(NoiseKind.Headline, k, $"{portal}{r.Separator("|", "›")}{r.Pick("أخبار", "الأخبار والتحديثات", "آخر الإصدارات")}"));
        if (k.Title.Length >= 3 && r.Chance(0.6))
        {
            page.Top(CommonChrome.Headline(k));
        }
        var card = new List<string>
        {
            $"{r.Pick("مجموعة البيانات المرتبطة", "البيانات", "Dataset")}: {r.Pick("إحصاءات", "مؤشرات", "سجل")} {r.Pick("السكان", "التجارة الخارجية", "الأسعار", "المنشآت الصحية", "سوق العمل")} {k.Plain(r.Between(2010, 2015))}",
            $"{r.Pick("الناشر", "الجهة")}: {r.Pick("وزارة الاقتصاد والتخطيط", "وزارة الصحة", "الهيئة العامة للإحصاء", "وزارة العمل")}",
        };
        page.Above(page.Count, CommonChrome.Piece(NoiseKind.ReadAlso, k, [.. card]));
        page.Bottom(CommonChrome.Piece(NoiseKind.Share, k, $"{r.Pick("تنزيل", "تحميل", "Download")}: {string.Join(r.Pick(" · ", " | ", "  "), Formats.Take(r.Between(2, 5)))}"));
        page.Bottom(CommonChrome.Piece(NoiseKind.Footer, k, r.Pick(
            "الترخيص: رخصة البيانات المفتوحة",
            "License: CC BY 4.0",
            $"الترخيص{r.Separator(":", "|")}{r.Pick("المشاع الإبداعي – نسب المصنف", "الاستخدام الحر مع ذكر المصدر")}")));
        page.Bottom(CommonChrome.Piece(NoiseKind.Dateline, k, r.Pick(
            $"تكرار التحديث: {r.Pick("شهري", "ربع سنوي", "سنوي", "أسبوعي")} | آخر تحديث: {k.DateText()}",
            $"آخر تحديث {k.DateText()}{r.Separator("·")}{r.Pick("شهرياً", "ربع سنوي")}")));
        if (r.Chance(0.6))
        {
            page.Bottom(CommonChrome.Piece(NoiseKind.Counter, k, $"{r.Pick("التنزيلات", "التحميلات")} {k.Num(r.Between(10, 90000))}{r.Separator("·", "|")}{r.Pick("المشاهدات", "الزيارات")} {k.Num(r.Between(100, 200000))}"));
        }
    }
}
