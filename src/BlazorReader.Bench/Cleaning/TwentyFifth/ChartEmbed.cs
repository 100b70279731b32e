using static BlazorReader.Bench.Cleaning.TwentyFifth.PageWords;

namespace BlazorReader.Bench.Cleaning.TwentyFifth;

// A chart, infographic or map embed flattened into text: its title, legend rows, axis
// labels, the data source with the tool that drew it, and its buttons. They describe a
// figure the reader no longer sees, so they are the figure's caption; the buttons are share
// rows. The story's own sentence about the same figures stays body.
internal static class ChartEmbed
{
    private static readonly string[] Buttons = ["تحميل البيانات", "تكبير", "تضمين", "PNG", "CSV", "ملء الشاشة", "طباعة الرسم"];

    public static void Dress(PageDraft page)
    {
        var r = page.R;
        var slot = page.Inside();
        if (r.Chance(0.7))
        {
            Chart(page, slot);
        }
        else
        {
            Map(page, slot);
        }
        if (r.Chance(0.6))
        {
            page.Noise(slot, NoiseKind.Share, Row(r, Some(r, Buttons, 2, 4)));
        }
        if (r.Chance(0.4))
        {
            var year = r.Between(2011, 2014);
            page.Story(r.Chance(0.5) ? slot : page.Inside(), r.Pick(
                $"ويظهر الرسم البياني أن الإنفاق ارتفع من {Digits(r, N(r.Between(20, 60)))} مليار ريال عام {Digits(r, N(year))} إلى {Digits(r, N(r.Between(61, 120)))} ملياراً.",
                $"وبلغت النسبة {Digits(r, N(r.Between(10, 80)))}% في الربع الثاني، وهي الأعلى منذ {Digits(r, N(year))}.",
                "الجدول التالي يوضح توزيع المستفيدين حسب المناطق:"));
        }
    }

    private static void Chart(PageDraft page, int slot)
    {
        var r = page.R;
        var topic = r.Pick("نمو الناتج المحلي", "عدد المعتمرين", "أسعار النفط", "الحالات المسجلة", "حجم الصادرات غير النفطية", "معدل البطالة");
        var first = r.Between(2008, 2012);
        List<string> lines = [$"{r.Pick("الشكل", "رسم بياني", "إنفوغراف", "📊")}{r.Pick(" ", " (" + Digits(r, N(r.Between(1, 6))) + "): ")}{topic} {Digits(r, $"{first}–{first + r.Between(3, 7)}")}"];
        if (r.Chance(0.7))
        {
            lines.Add(r.Chance(0.5)
                ? string.Join(r.Pick("   ", " ", "  "), Enumerable.Range(0, r.Between(2, 3)).Select(i => $"{r.Pick("■", "●", "—")} {Digits(r, N(first + i * 2))}"))
                : $"{r.Pick("المفتاح", "Legend")}: {r.Pick("الأزرق = الفعلي، الرمادي = المتوقع", "العمود = القيمة، الخط = النسبة")}");
        }
        if (r.Chance(0.6))
        {
            lines.Add($"{r.Pick("المحور الأفقي", "س")}: {r.Pick("السنوات", "الأشهر", "المناطق")}{r.Separator("|", "؛")}{r.Pick("المحور الرأسي", "ص")}: {r.Pick("مليار ريال", "نسبة مئوية", "ألف شخص")}");
        }
        if (r.Chance(0.5))
        {
            lines.Add(string.Join(" ", Enumerable.Range(0, r.Between(3, 6)).Select(i => Digits(r, N(i * r.Pick(10, 20, 25, 50))))));
        }
        lines.Add($"{r.Pick("المصدر", "البيانات", "Source")}: {r.Pick("الهيئة العامة للإحصاء", "مؤسسة النقد", "البنك الدولي", "وزارة الصحة")} • {r.Pick("أُنشئ باستخدام Datawrapper", "Created with Flourish", "إعداد: وحدة البيانات", "رسم: قسم الجرافيك")}");
        page.Noise(slot, NoiseKind.Caption, lines);
    }

    private static void Map(PageDraft page, int slot)
    {
        var r = page.R;
        List<string> lines =
        [
            $"{r.Pick("خريطة تفاعلية", "🗺 الخريطة", "موقع الحدث على الخريطة")}: {r.Pick(DressingPools.Cities)}",
            r.Pick("اضغط للتكبير ⊕", "+ / −", "عرض الأقمار الصناعية | عرض الخريطة", "اسحب لتحريك الخريطة"),
        ];
        if (r.Chance(0.7))
        {
            lines.Add(r.Pick("بيانات الخريطة © OpenStreetMap", "Map data ©2015 Google", "خرائط: Mapbox © مساهمو OSM"));
        }
        page.Noise(slot, NoiseKind.Caption, lines);
    }
}
