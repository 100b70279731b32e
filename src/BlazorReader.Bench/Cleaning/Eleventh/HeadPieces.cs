namespace BlazorReader.Bench.Cleaning.Eleventh;

// The story's head as pages print it before the lead: the title again (the page's heading,
// the document title with the outlet after a bar, under a kicker, cut short by a card), the
// writer, and the tools a page shows above the text: the trail of sections, the reading
// time, a player for the story read aloud, the text-size and contrast buttons.
internal static class HeadPieces
{
    public static readonly string[] Sections = ["محليات", "اقتصاد", "رياضة", "ثقافة وفنون", "منوعات", "عربي ودولي", "تقارير", "صحة", "تعليم", "مجتمع", "سياسة", "حوادث"];

    public static readonly string[] Kickers = ["عاجل", "خاص", "حصري", "بالصور", "بالفيديو", "تقرير", "متابعة", "تحديث", "الآن", "إنفوجراف", "مباشر"];

    // True when the title was printed as it is: a copy that lost its metadata may then carry
    // its title only there.
    public static bool Headline(Dressing s, Spot at)
    {
        var r = s.R;
        if (s.Title is not { Length: >= 8 } t)
        {
            return false;
        }
        var way = r.Next(8);
        string[] lines = way switch
        {
            0 or 1 or 2 => [t],
            3 => [t + r.Separator("|", "-", "–") + s.OutletName()],
            4 => [r.Pick(Kickers) + r.Separator(":", "|", "..", "-", "ـ") + t],
            5 => [r.Pick(Kickers), t],
            6 => [Cut(t, r)],
            _ => [t + r.Separator("|", "-") + s.OutletName(), t],
        };
        return s.Sheet.Put(at, NoiseKind.Headline, lines) && way <= 2;
    }

    // A title as a card or a trail cuts it: its first words and an ellipsis.
    public static string Cut(string title, DressingRandom r)
    {
        var words = title.Split(' ');
        return words.Length < 5 ? title + r.Pick(" …", "...") : string.Join(' ', words[..^r.Between(1, 2)]) + r.Pick("…", " ...", "...", " …");
    }

    public static void Byline(Dressing s)
    {
        var r = s.R;
        var author = s.Article.Author is { } a ? TextReferee.Normalize(a) : "";
        var name = author.Length >= 3 && r.Chance(0.25) ? author : s.Person();
        // Egyptian pages write the writer onto the lead: «كتب - أحمد سعيد: ...».
        if (r.Chance(0.15))
        {
            var glued = $"{r.Pick("كتب", "كتبت", "كتب ـ", "بقلم", "تقرير")}{r.Pick(" - ", " – ", ": ", "/ ", " ")}{name}{r.Pick(":", " -", "", " –", ":")}";
            if (s.Sheet.Glue(0, true, new NoisePiece(NoiseKind.Byline, [glued]), " "))
            {
                return;
            }
        }
        string[] lines = r.Next(9) switch
        {
            0 => [$"بقلم{r.Pick(": ", " : ", " ", ":")}{name}"],
            1 => [$"{name}{r.Separator("-", "|", "–")}{s.Outlet.City}"],
            2 => [$"{s.Outlet.City}{r.Separator(":", "-")}{name}"],
            3 => [name, Role(s)],
            4 => [$"{r.Pick("تقرير", "إعداد", "حوار", "متابعة", "تحرير")}{r.Pick(": ", " - ", " ـ ", ":")}{name}"],
            5 => [$"By {s.LatinPerson()}" + r.Pick("", $" | {s.Outlet.Latin}")],
            6 => [$"{name}{r.Separator("|", "-", "•")}{s.OutletName()}"],
            7 => [$"{name} {r.Pick("- مراسل", "| مراسلة", "- محرر", "، مندوب")} {s.OutletName()}"],
            _ => [name],
        };
        var zone = r.Next(10) switch { < 8 => Zone.Head, 8 => Zone.Above, _ => Zone.Foot };
        s.Sheet.Put(new Spot(zone, Order: zone == Zone.Foot ? Order.Start : Order.End), NoiseKind.Byline, lines);
    }

    public static string Role(Dressing s) => s.R.Next(5) switch
    {
        0 => $"مراسل {s.OutletName()} في {s.Outlet.City}",
        1 => $"محرر الشؤون {s.R.Pick("المحلية", "الاقتصادية", "البرلمانية", "الرياضية")}",
        2 => $"صحفية متخصصة في الشأن {s.R.Pick("الاقتصادي", "الثقافي", "الرياضي", "السياسي")}",
        3 => s.R.Pick("Staff Writer", "Correspondent", "Senior Reporter"),
        _ => $"{s.OutletName()} - {s.Outlet.City}",
    };

    public static void Tools(Dressing s)
    {
        var r = s.R;
        var sheet = s.Sheet;
        if (r.Chance(0.22))
        {
            sheet.Put(new Spot(Zone.Above, Order: Order.Start), NoiseKind.Tags, Breadcrumb(s));
        }
        if (r.Chance(0.14))
        {
            var minutes = CalendarWords.Inv(Math.Max(1, s.Words / r.Pick(180, 200, 230)));
            sheet.Put(new Spot(Zone.Head), NoiseKind.Counter, s.Digits(r.Pick($"⏱ {minutes} دقائق للقراءة", $"وقت القراءة{s.Colon()}{minutes} د",
                $"مدة القراءة {minutes} دقيقة", $"{minutes} min read", $"قراءة في {minutes} دقائق", $"📖 {minutes} دقيقة")));
        }
        if (r.Chance(0.1))
        {
            var seconds = Math.Max(40, s.Words * 60 / 150);
            var length = s.Digits($"{CalendarWords.Two(seconds / 60)}:{CalendarWords.Two(seconds % 60)}");
            string[] player = r.Chance(0.5) ? [r.Pick("🎧 استمع إلى المقال", "استمع للخبر", "الاستماع إلى هذا المقال", "Listen to this article", "▶ استمع")]
                : [r.Pick("استمع إلى المقال", "▶ تشغيل", "🔊 استمع"), s.Digits("00:00 / ") + length, r.Pick("سرعة التشغيل 1x", "مدعوم بالصوت الآلي", "تحميل الملف الصوتي")];
            sheet.Put(new Spot(Zone.Head, Order: Order.Anywhere), NoiseKind.Share, player);
        }
        if (r.Chance(0.1))
        {
            sheet.Put(new Spot(r.Chance(0.7) ? Zone.Head : Zone.Above), NoiseKind.Share, r.Pick("حجم الخط: أ- أ أ+", "A- A A+", "تكبير الخط | تصغير الخط",
                "ع ع ع", "حجم النص  -  +", "تباين عالٍ | وضع القراءة | طباعة", "Aa  حجم الخط", "♿ أدوات الوصول", "تكبير | تصغير | إعادة ضبط"));
        }
    }

    // The trail of sections a page prints above its title, sometimes ending on the title cut.
    private static string Breadcrumb(Dressing s)
    {
        var r = s.R;
        var arrow = r.Pick(" › ", " > ", " / ", " » ", " ‹ ", " ← ", ">");
        var parts = new List<string> { r.Pick("الرئيسية", "الصفحة الرئيسية", "Home", "الرئيسيه") };
        parts.Add(r.Pick(Sections));
        if (r.Chance(0.4))
        {
            parts.Add(r.Pick($"أخبار {Outlets.CountryName(s.Outlet.Country)}", s.Outlet.City, "أخبار محلية", "المحافظات"));
        }
        if (r.Chance(0.3) && s.Title is not null)
        {
            parts.Add(Cut(s.Title, r));
        }
        return (r.Chance(0.2) ? "أنت هنا: " : "") + string.Join(arrow, parts);
    }
}
