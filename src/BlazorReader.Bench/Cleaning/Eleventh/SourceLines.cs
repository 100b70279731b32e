namespace BlazorReader.Bench.Cleaning.Eleventh;

// Where the story came from and where the rest of it is: credit lines naming a paper or an
// agency (on their own line or after the last sentence), links to the original, and the
// writer's or the desk's sign-off, the wire's «انتهى» and desk initials, notes and corrections.
internal static class SourceLines
{
    private const string ArabicLetters = "ابتثجحخدرزسشصضطعغفقكلمنهوي";

    public static void Credit(Dressing s)
    {
        var r = s.R;
        var name = r.Next(5) switch
        {
            0 or 1 => s.Outlet.Arabic,
            2 => r.Pick(DressingPools.Papers),
            3 => r.Chance(0.5) ? s.Outlet.Agency : r.Pick(DressingPools.Agencies),
            _ => s.Outlet.Latin,
        };
        var colon = s.Colon();
        var line = r.Next(10) switch
        {
            0 or 1 => $"المصدر{colon}{name}",
            2 => $"نقلاً عن {name}",
            3 => $"نقلا عن {r.Pick("صحيفة", "موقع", "جريدة", "وكالة")} {name}",
            4 => $"(المصدر{colon}{name})",
            5 => $"Source{colon}{name}",
            6 => $"بتصرف عن «{name}»",
            7 => $"مصدر الخبر{colon}{name}",
            8 => $"عن {name}{r.Pick(" بتصرف", " - بتصرف", " (بتصرف)")}",
            _ => $"المصدر{r.Separator("-", "|", "–")}{name}",
        };
        var piece = new NoisePiece(NoiseKind.Credit, [line]) { Credit = name };
        if (r.Chance(0.25) && s.Sheet.Glue(s.Sheet.Count - 1, false, piece, r.Pick(" ", " ", "\u00A0", " - ")))
        {
            return;
        }
        s.Sheet.Put(new Spot(r.Chance(0.85) ? Zone.Foot : Zone.Head, Order: Order.Anywhere), piece);
    }

    public static void MoreLink(Dressing s)
    {
        var r = s.R;
        if (r.Chance(0.3))
        {
            var glued = r.Pick("… اقرأ المزيد", "... للمزيد", "(المزيد)", "للمزيد»", "اقرأ المزيد ›", "[…]", "Read more", "التفاصيل »", "(رابط)");
            if (s.Sheet.Glue(s.Sheet.Count - 1, false, new NoisePiece(NoiseKind.MoreLink, [glued]), r.Pick(" ", "", " ")))
            {
                return;
            }
        }
        var link = Link(s);
        string[] lines = r.Next(9) switch
        {
            0 => [$"للمزيد{r.Pick(" اضغط هنا", " انقر هنا", ":", "...")}"],
            1 => [$"اقرأ {r.Pick("المقال", "الخبر", "القصة")} كاملاً {r.Pick("على", "في", "عبر")} {s.OutletName()}"],
            2 => [$"رابط الخبر{s.Colon()}{link}"],
            3 => [r.Pick("رابط الخبر", "رابط المصدر", "الرابط الأصلي"), link],
            4 => [$"تابع القراءة{r.Pick(" »", " ←", "...")}"],
            5 => [$"Continue reading on {s.Outlet.Latin}"],
            6 => [$"المقال الأصلي{s.Colon()}{link}"],
            7 => [r.Pick("عرض المزيد من الأخبار", "تحميل المزيد", "المزيد من الأخبار", "Load more")],
            _ => [link],
        };
        s.Sheet.Put(new Spot(r.Chance(0.8) ? Zone.Foot : Zone.Gap, s.LastGap, Order.Anywhere), NoiseKind.MoreLink, lines);
    }

    public static string Link(Dressing s)
    {
        var r = s.R;
        return r.Pick("https://", "http://", "https://www.", "www.", "") + s.Outlet.Host + "/"
            + r.Pick("news/", "article/", "ar/news/", "node/", "archives/", "Articles/Detail.aspx?id=", "story/") + r.Letters(r.Between(5, 8), "0123456789");
    }

    public static void Signature(Dressing s)
    {
        var r = s.R;
        if (r.Chance(0.25))
        {
            var glued = r.Pick("(انتهى)", "//انتهى//", $"/{Desk(r)}/", $"-- ({s.Outlet.Agency}) {Desk(r)}/ {Desk(r)}", $"ـ {Desk(r)}", "(أ.ه)");
            if (s.Sheet.Glue(s.Sheet.Count - 1, false, new NoisePiece(NoiseKind.Signature, [glued]), " "))
            {
                return;
            }
        }
        string[] lines = r.Next(9) switch
        {
            0 => [$"تحرير{s.Colon()}{s.Person()}"],
            1 => [$"{r.Pick("مراجعة", "تدقيق", "إعداد", "مراجعة وتدقيق")}{s.Colon()}{s.Person()}"],
            2 => [$"{r.Pick("— ", "- ", "ـ ")}{s.Person()}"],
            3 => [s.Person(), Bio(s)],
            4 => [$"* {Bio(s)}"],
            5 => [r.Pick("//انتهى//", "(انتهى)", "انتهى", "-انتهى-")],
            6 => [$"{Desk(r)} / {Desk(r)}"],
            7 => [s.Digits($"تصحيح: ورد في نسخة سابقة من هذا الخبر أن {Fact(s)}. {r.Pick("نعتذر عن الخطأ.", "اقتضى التنويه.", "")}")],
            _ => [$"{r.Pick("ملاحظة المحرر", "تنويه", "* تحديث")}{s.Colon()}{r.Pick("تم تحديث هذا الخبر", "حُدّث الخبر", "أضيفت إلى الخبر تفاصيل جديدة")} {CalendarWords.Time(s.When.AddMinutes(r.Between(30, 300)), s)}"],
        };
        var spot = r.Chance(0.8) ? new Spot(Zone.Foot, Order: Order.Start) : new Spot(Zone.Gap, s.LastGap);
        s.Sheet.Put(spot, NoiseKind.Signature, lines);
    }

    private static string Desk(DressingRandom r) => r.Letters(1, ArabicLetters) + r.Pick(".", " ", ".") + r.Letters(1, ArabicLetters);

    private static string Bio(Dressing s) => s.R.Next(4) switch
    {
        0 => $"كاتب {Outlets.Adjective(s.Outlet.Country)}",
        1 => $"{s.R.Pick("كاتب وباحث", "أكاديمي", "كاتبة صحفية", "خبير اقتصادي")} {s.R.Pick("في الشأن العام", "في الشؤون الإقليمية", "مقيم في " + s.Outlet.City, "")}".TrimEnd(),
        2 => $"رئيس تحرير {s.OutletName()}",
        _ => $"للتواصل مع الكاتب عبر تويتر: @{s.R.Letters(s.R.Between(5, 10), "abcdefghijklmnopqrstuvwxyz_")}",
    };

    // What a correction sets right: a number, a day, a name, the wrong one and the right one.
    private static string Fact(Dressing s) => s.R.Next(3) switch
    {
        0 => $"عدد المشاركين {CalendarWords.Inv(s.R.Between(20, 400))}، والصحيح {CalendarWords.Inv(s.R.Between(401, 900))}",
        1 => $"اللقاء عُقد يوم {CalendarWords.Weekday(s.When.AddDays(-1))}، والصحيح يوم {CalendarWords.Weekday(s.When)}",
        _ => $"التصريح صدر عن {s.Person()}، والصحيح أنه صدر عن {s.Person()}",
    };
}
