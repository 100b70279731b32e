namespace BlazorReader.Bench.Cleaning.Nineteenth;

// A live-coverage page around a story: the «latest» rail of other stories with their times,
// the page's own refresh notes and stamps, and alert apps' warning strips (weather, civil
// defence, earthquakes) with severity labels, which are other news the page carries.
public static class LiveTicker
{
    public static void Rail(PageSheet s)
    {
        var r = s.R;
        var titles = s.Story.Others.Titles(r, r.Between(2, 5));
        if (titles.Count == 0)
        {
            return;
        }
        var lines = new List<string>();
        if (r.Chance(0.8))
        {
            lines.Add(r.Pick("🔴 ", "● ", "", "LIVE ") + Ink.Stretch(r, r.Pick("الأحدث", "لحظة بلحظة", "التحديثات الحية", "آخر التطورات", "مباشر الآن")));
        }
        var shape = r.Next(3);
        var clock = r.Chance(0.5);
        var bullet = Ink.Bullet(r);
        var separator = r.Separator("|", "—", "·", "-");
        foreach (var t in titles)
        {
            var when = clock ? Ink.Clock(r) : Ink.Ago(r);
            lines.AddRange(shape switch
            {
                0 => [when + separator + t],
                1 => [when, t],
                _ => [bullet + t + " (" + when + ")"],
            });
        }
        s.Piece(NoiseKind.Teaser, lines, titles);
    }

    public static void RefreshNote(PageSheet s)
    {
        var r = s.R;
        var secs = r.Pick(30, 60, 90, 120);
        s.Piece(NoiseKind.Footer, r.Next(4) switch
        {
            0 => "يتم تحديث هذه الصفحة تلقائياً كل " + r.Number(secs) + " ثانية",
            1 => r.Pick("⏸ ", "") + "إيقاف التحديث التلقائي" + r.Separator("|", "·") + "تفعيل الإشعارات",
            2 => "تحديث تلقائي: " + r.Pick("مفعّل", "ON", "يعمل") + "\n" + r.Pick("الأقدم أولاً", "الأحدث أولاً") + " ▾",
            _ => r.Pick("تحميل المزيد من التحديثات", "عرض تحديثات أقدم") + r.Pick(" ↓", " ⌄", ""),
        });
    }

    public static void Stamps(PageSheet s)
    {
        var r = s.R;
        var started = r.Pick("بدأت التغطية", "انطلقت التغطية", "نُشر") + r.Separator(":") + Ink.Clock(r);
        var updated = r.Pick("آخر تحديث", "حُدّث", "تحديث") + r.Separator(":") + (r.Chance(0.5) ? Ink.Clock(r) : Ink.Ago(r));
        s.Piece(NoiseKind.Dateline, r.Chance(0.5) ? started + r.Separator("|", "·", "—") + updated : updated);
    }

    // An alert app's strip: hazard, severity, region, validity and the issuing body, in one
    // of three orders. Labelled a teaser: it is another story the page shows, not a title.
    public static void AlertStrip(PageSheet s)
    {
        var r = s.R;
        var severity = r.Pick("الخطورة", "درجة الخطورة", "مستوى التنبيه", "المستوى") + r.Separator(":") + r.Pick("أحمر", "برتقالي", "أصفر", "عالية", "متوسطة", "منخفضة");
        var region = r.Pick("منطقة", "محافظة", "مدينة") + " " + r.Pick(DressingPools.Cities.Take(7).ToArray());
        var (hazard, body) = r.Next(4) switch
        {
            0 => (r.Pick("أمطار رعدية", "رياح نشطة مثيرة للأتربة", "سيول", "ضباب كثيف", "موجة حارة"), r.Pick("المركز الوطني للأرصاد", "الأرصاد")),
            1 => ("زلزال بقوة " + Ink.Digits(r, $"{r.Between(3, 5)}.{r.Next(10)}") + " درجات على مقياس ريختر", r.Pick("هيئة المساحة الجيولوجية", "مرصد الزلازل")),
            2 => (r.Pick("إنذار مبكر", "تحذير", "تنبيه") + ": " + r.Pick("ارتفاع منسوب المياه في الأودية", "حريق في منطقة مفتوحة", "تسرب غاز"), r.Pick("الدفاع المدني", "المديرية العامة للدفاع المدني")),
            _ => (r.Pick("انقطاع مجدول للكهرباء", "إغلاق مؤقت لطريق", "تأخر رحلات"), r.Pick("شركة الكهرباء", "المرور", "الطيران المدني")),
        };
        var until = r.Pick("حتى الساعة", "ساري حتى", "من الآن حتى") + " " + Ink.Clock(r);
        var mark = r.Pick("⚠️ ", "⚠ ", "🔔 ", "(!) ", "");
        s.Piece(NoiseKind.Teaser, r.Next(3) switch
        {
            0 => mark + hazard + " — " + region + "\n" + severity + r.Separator("|", "·") + until + "\n" + r.Pick("المصدر: ", "") + body,
            1 => mark + body + r.Separator(":", "|") + hazard + " على " + region + " (" + severity + ")",
            _ => mark + severity + "\n" + hazard + "\n" + region + r.Separator("·", "|") + until,
        });
    }
}
