namespace BlazorReader.Bench.Cleaning.Eleventh;

// The page's standing furniture: share and follow rows, counters (views, comments, likes,
// ratings, a poll's results), tag lines, a newsletter box, the copyright foot and a cookie bar.
internal static class PageChrome
{
    private static readonly string[] ArabicNets = ["فيسبوك", "تويتر", "واتساب", "تيليجرام", "لينكدإن", "سناب شات", "إنستغرام", "البريد الإلكتروني", "طباعة", "ماسنجر"];
    private static readonly string[] LatinNets = ["Facebook", "Twitter", "WhatsApp", "Telegram", "LinkedIn", "Email", "Print", "Messenger", "Pinterest", "Reddit"];

    public static string[] ShareBar(Dressing s)
    {
        var r = s.R;
        var all = r.Chance(0.7) ? ArabicNets : LatinNets;
        var nets = all.OrderBy(_ => r.Next(100)).Take(r.Between(3, 6)).ToList();
        var lead = r.Pick("شارك", "شارك الخبر", "مشاركة", "شارك عبر", "Share", "شارك هذا المقال", "");
        if (r.Chance(0.25))
        {
            nets.InsertRange(0, lead.Length > 0 ? [lead] : []);
            return [.. nets];
        }
        var line = (lead.Length > 0 ? lead + r.Pick(": ", " ", "  ") : "") + string.Join(r.Pick(" | ", " ", " • ", "  ", "\t"), nets);
        return r.Chance(0.2) ? [line, r.Pick("انسخ الرابط", "نسخ الرابط", "Copy link", "تم نسخ الرابط")] : [line];
    }

    public static void Share(Dressing s)
    {
        var r = s.R;
        for (var i = r.Chance(0.3) ? 2 : 1; i > 0; i--)
        {
            string[] lines = r.Next(6) switch
            {
                < 4 => ShareBar(s),
                4 => [r.Pick($"تابعوا {s.OutletName()} على {r.Pick(ArabicNets)}", $"تابعنا على {r.Pick(LatinNets)}", "انضم إلى قناتنا على واتساب", $"Follow {s.Outlet.Latin} on {r.Pick(LatinNets)}")],
                _ => [$"{r.Pick("حمّل تطبيق", "نزّل تطبيق", "تطبيق")} {s.OutletName()}", r.Pick("متوفر على App Store و Google Play", "App Store | Google Play", "iOS  Android")],
            };
            var zone = r.Next(10) switch { < 4 => Zone.Head, < 9 => Zone.Foot, _ => Zone.Tail };
            s.Sheet.Put(new Spot(zone, Order: Order.Anywhere), NoiseKind.Share, lines);
        }
    }

    public static string CounterLine(Dressing s)
    {
        var r = s.R;
        var views = s.Count(r.Between(40, 400000));
        var comments = s.Num(r.Between(0, 500));
        return r.Next(10) switch
        {
            0 => $"👁 {views}",
            1 => $"{r.Pick("المشاهدات", "عدد المشاهدات", "Views")}{s.Colon()}{views}",
            2 => $"عدد القراءات ({views})",
            3 => $"{views} {r.Pick("مشاهدة", "قراءة", "views")}",
            4 => $"قُرئ {views} مرة",
            5 => $"{comments} {r.Pick("تعليق", "تعليقات", "تعليقاً", "💬")}",
            6 => $"{r.Pick("التعليقات", "تعليقات القراء")} ({comments})",
            7 => $"{r.Pick("أعجبني", "👍", "❤")} {s.Num(r.Between(1, 9000))}",
            8 => $"{views} مشاهدة | {comments} تعليق",
            _ => s.Digits($"التقييم: {CalendarWords.Inv(r.Between(1, 5))}/5 ({CalendarWords.Inv(r.Between(2, 800))} {r.Pick("صوت", "تقييم")})"),
        };
    }

    public static void Counter(Dressing s)
    {
        var r = s.R;
        var zone = r.Next(10) switch { < 3 => Zone.Head, < 9 => Zone.Foot, _ => Zone.Above };
        s.Sheet.Put(new Spot(zone, Order: Order.Anywhere), NoiseKind.Counter, r.Chance(0.2) ? [CounterLine(s), CounterLine(s)] : [CounterLine(s)]);
    }

    public static void Poll(Dressing s)
    {
        var r = s.R;
        var yes = r.Between(20, 80);
        var no = r.Between(0, 100 - yes);
        var lines = new List<string> { r.Pick("استطلاع رأي", "شارك برأيك", "صوّت"), r.Pick("هل تؤيد هذا القرار؟", "ما رأيك في هذا الخبر؟", "هل تتوقع نجاح هذه الخطوة؟", "هل أنت راضٍ عن مستوى الخدمات؟") };
        var percent = s.IndicDigits ? "٪" : "%";
        lines.Add(s.Digits($"نعم {CalendarWords.Inv(yes)}") + percent);
        lines.Add(s.Digits($"لا {CalendarWords.Inv(no)}") + percent);
        lines.Add(s.Digits($"{r.Pick("لا أعرف", "ربما", "محايد")} {CalendarWords.Inv(100 - yes - no)}") + percent);
        lines.Add(r.Pick($"عدد المشاركين{s.Colon()}{s.Num(r.Between(30, 20000))}", "صوّت الآن", "عرض النتائج", $"{s.Num(r.Between(30, 20000))} صوتاً"));
        s.Sheet.Put(new Spot(r.Chance(0.6) ? Zone.Foot : Zone.Gap, s.Sheet.InnerGap(), Order.Anywhere), NoiseKind.Counter, [.. lines]);
    }

    public static void Tags(Dressing s)
    {
        var r = s.R;
        var words = (s.Title ?? "").Split(' ').Select(w => w.Trim('«', '»', '"', '(', ')', '،', ':', '.', '؟', '!', '“', '”', '\'')).Where(w => w.Length >= 4)
            .OrderBy(_ => r.Next(100)).Take(r.Between(1, 3)).Append(r.Pick(s.Outlet.City, Outlets.CountryName(s.Outlet.Country), r.Pick(HeadPieces.Sections))).Distinct().ToList();
        var hashed = string.Join(' ', words.Select(w => "#" + w.Replace(' ', '_')));
        string[] lines = r.Next(6) switch
        {
            0 => [$"{r.Pick("الكلمات المفتاحية", "كلمات مفتاحية", "الوسوم")}{s.Colon()}{string.Join(r.Pick("، ", ", ", " - "), words)}"],
            1 => [$"وسوم{s.Colon()}{hashed}"],
            2 => [$"Tags{s.Colon()}{string.Join(", ", words)}"],
            3 => [$"{r.Pick("المواضيع", "مواضيع")}{s.Colon()}{string.Join(" | ", words)}"],
            4 => [r.Pick("الوسوم", "وسوم", "Tags", "كلمات دالة"), .. words.Where(w => w.Length >= 3)],
            _ => [hashed],
        };
        var zone = r.Next(10) switch { < 8 => Zone.Foot, 8 => Zone.Head, _ => Zone.Tail };
        s.Sheet.Put(new Spot(zone, Order: Order.Anywhere), NoiseKind.Tags, lines);
    }

    public static void Footer(Dressing s, Spot at)
    {
        var r = s.R;
        var year = s.Digits(CalendarWords.Inv(s.When.Year));
        var outlet = s.OutletName();
        var copyright = r.Next(4) switch
        {
            0 => $"© {year} {outlet}. جميع الحقوق محفوظة",
            1 => $"جميع الحقوق محفوظة {r.Pick("لـ", "لصحيفة ", "لموقع ", "© ")}{outlet} {year}",
            2 => $"Copyright © {CalendarWords.Inv(s.When.Year)} {s.Outlet.Latin}. All rights reserved.",
            _ => $"حقوق النشر © {s.Digits(CalendarWords.Inv(s.When.Year - r.Between(3, 10)))}-{year} {outlet}",
        };
        string[] lines = r.Next(5) switch
        {
            0 or 1 => [copyright],
            2 => [copyright, r.Pick("يُمنع نسخ أو إعادة نشر المحتوى دون إذن مسبق", "لا يجوز النقل أو الاقتباس دون ذكر المصدر")],
            3 => [r.Pick("من نحن | اتصل بنا | سياسة الخصوصية | شروط الاستخدام", "اتصل بنا  أعلن معنا  سياسة الخصوصية", "About | Contact | Privacy"), copyright],
            _ => [$"الآراء الواردة تعبر عن {r.Pick("رأي كاتبها", "آراء أصحابها")} ولا تعبر بالضرورة عن رأي {outlet}", copyright],
        };
        s.Sheet.Put(at, NoiseKind.Footer, lines);
    }

    public static void Newsletter(Dressing s)
    {
        var r = s.R;
        var lines = new List<string> { r.Pick("اشترك في النشرة البريدية", "النشرة الإخبارية", "اشترك في نشرتنا اليومية", "Newsletter") };
        lines.AddRange(new[] { r.Pick("احصل على أهم الأخبار في بريدك كل صباح", "كن أول من يعرف", "أهم العناوين مرتين يومياً"),
            r.Pick("أدخل بريدك الإلكتروني", "البريد الإلكتروني", "Email address"), r.Pick("اشترك", "اشتراك", "Subscribe") }.Take(r.Between(1, 3)));
        s.Sheet.Put(new Spot(r.Chance(0.4) ? Zone.Gap : Zone.Foot, s.Sheet.InnerGap(), Order.Anywhere), NoiseKind.Share, [.. lines]);
    }

    public static void Cookie(Dressing s)
    {
        var r = s.R;
        string[] lines = [r.Pick("نستخدم ملفات تعريف الارتباط (الكوكيز) لتحسين تجربتك. باستمرارك في التصفح فإنك توافق على ذلك.",
            "يستخدم هذا الموقع ملفات الكوكيز لتقديم أفضل تجربة ممكنة.", "This website uses cookies to improve your experience."),
            r.Pick("موافق", "قبول", "أوافق | الإعدادات", "قبول الكل  رفض الكل  التفضيلات", "Accept")];
        s.Sheet.Put(r.Chance(0.35) ? new Spot(Zone.Above, Order: Order.Start) : new Spot(Zone.Tail), NoiseKind.Footer, lines);
    }
}
