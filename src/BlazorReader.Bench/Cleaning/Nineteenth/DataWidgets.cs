namespace BlazorReader.Bench.Cleaning.Nineteenth;

// Portals' figure widgets beside a story: a health dashboard by region, an election page's
// turnout and count, a currency and crypto converter, a charity campaign's progress bar as
// text, a match prediction and a star rating. All counters: numbers the page keeps, not news.
public static class DataWidgets
{
    private static readonly string[] HealthCounts = ["حالات جديدة", "حالات تعافٍ", "حالات تحت العلاج", "وفيات"];

    public static void Draw(PageSheet s)
    {
        switch (s.R.Next(6))
        {
            case 0: Health(s); break;
            case 1: Election(s); break;
            case 2: Converter(s); break;
            case 3: Campaign(s); break;
            case 4: Prediction(s); break;
            default: Rating(s); break;
        }
    }

    private static void Health(PageSheet s)
    {
        var r = s.R;
        var lines = new List<string> { Ink.Stretch(r, r.Pick("لوحة المؤشرات", "الموقف الوبائي اليوم", "فيروس كورونا (ميرس) اليوم", "المؤشرات الصحية")) };
        var counts = HealthCounts.Select(k => k + r.Separator(":", " ") + r.Number(r.Between(0, 140)));
        lines.Add(string.Join(r.Separator("|", "·", "،"), counts.Take(r.Between(2, 4))));
        if (r.Chance(0.6))
        {
            lines.Add(string.Join(r.Pick(" · ", " | ", "  "), DressingPools.Cities.Take(9).OrderBy(_ => r.Next(99)).Take(3).Select(c => c + " " + r.Number(r.Between(0, 60)))));
        }
        lines.Add(r.Pick("آخر تحديث", "محدّث في", "بيانات") + r.Separator(":") + Ink.Day(r, s.Story.Day) + " " + Ink.Clock(r));
        s.Piece(NoiseKind.Counter, lines);
    }

    private static void Election(PageSheet s)
    {
        var r = s.R;
        var lines = new List<string>
        {
            r.Pick("نتائج الانتخابات البلدية", "النتائج الأولية", "فرز الأصوات") + r.Separator("—", "|", "-") + r.Pick("الدائرة", "الدائرة الانتخابية") + " " + r.Number(r.Between(1, 9)),
            r.Pick("نسبة المشاركة", "نسبة الاقتراع") + " " + Ink.Digits(r, $"{r.Between(18, 71)}.{r.Next(10)}") + r.Pick("٪", "%", " بالمئة"),
        };
        if (r.Chance(0.7))
        {
            lines.Add("تم فرز " + r.Number(r.Between(20, 99)) + r.Pick("٪", "%") + " من " + r.Pick("الصناديق", "المراكز", "اللجان"));
        }
        for (var i = 0; i < r.Between(1, 3); i++)
        {
            lines.Add(Ink.Bullet(r) + DressingPools.PersonName(r) + r.Separator(":", "—", "|") + r.Number(r.Between(300, 9000)) + r.Pick(" صوتاً", " صوت", ""));
        }
        s.Piece(NoiseKind.Counter, lines);
    }

    private static void Converter(PageSheet s)
    {
        var r = s.R;
        var lines = new List<string> { r.Pick("محوّل العملات", "أسعار الصرف الآن", "العملات والمشفرة") };
        string[] rates = ["1 دولار أمريكي = 3.75 ريال", "1 يورو = 4.1" + r.Next(10) + " ريال", "1 جنيه إسترليني = 5.8" + r.Next(10) + " ريال", "1 بيتكوين = 2" + r.Between(60, 90) + " دولاراً", "100 جنيه مصري = 47." + r.Between(10, 99) + " ريال"];
        foreach (var rate in rates.OrderBy(_ => r.Next(99)).Take(r.Between(2, 4)))
        {
            lines.Add(Ink.Digits(r, rate) + " " + r.Pick("▲", "▼", "") + (r.Chance(0.5) ? Ink.Digits(r, $" 0.{r.Between(1, 9)}%") : ""));
        }
        if (r.Chance(0.4))
        {
            lines.Add(r.Pick("المبلغ", "حوّل") + ": [ 100 ] " + r.Pick("من", "USD") + " ⇄ " + r.Pick("إلى", "SAR"));
        }
        s.Piece(NoiseKind.Counter, lines);
    }

    private static void Campaign(PageSheet s)
    {
        var r = s.R;
        var share = r.Between(8, 97);
        var bar = new string('█', share / 10) + new string('░', 10 - share / 10);
        var goal = r.Pick(200000, 500000, 1000000, 75000);
        var lines = new List<string>
        {
            r.Pick("حملة", "مبادرة", "مشروع") + " «" + r.Pick("سقيا الماء", "كسوة العيد", "إفطار صائم", "ترميم المنازل", "الحقيبة المدرسية") + "»",
            r.Pick(bar + " ", "[" + bar + "] ", "") + r.Number(share) + r.Pick("٪", "%"),
            r.Pick("تم جمع ", "المحصّل: ") + r.Number(goal * share / 100) + r.Pick(" من ", " / ") + r.Number(goal) + r.Pick(" ريال", " ر.س", ""),
        };
        if (r.Chance(0.6))
        {
            lines.Add(r.Pick("عدد المتبرعين", "المساهمون") + ": " + r.Number(r.Between(40, 9000)) + r.Separator("|", "·") + r.Pick("تبرع الآن", "ساهم", "تبرّع"));
        }
        s.Piece(NoiseKind.Counter, lines);
    }

    private static void Prediction(PageSheet s)
    {
        var r = s.R;
        string[] clubs = ["الهلال", "النصر", "الاتحاد", "الأهلي", "الشباب", "التعاون", "الفتح", "الرائد"];
        var home = r.Pick(clubs);
        var away = r.Pick(clubs.Where(c => c != home).ToArray());
        var a = r.Between(10, 70);
        var d = r.Between(5, 100 - a - 5);
        s.Piece(NoiseKind.Counter, [
            r.Pick("توقّع النتيجة", "من سيفوز؟", "شارك بتوقعك") + r.Separator(":", "—") + home + " × " + away,
            "فوز " + home + " " + r.Number(a) + "٪" + r.Separator("|", "·") + "تعادل " + r.Number(d) + "٪" + r.Separator("|", "·") + "فوز " + away + " " + r.Number(100 - a - d) + "٪",
            r.Number(r.Between(150, 40000)) + r.Pick(" مشاركاً", " صوتاً", " توقعاً"),
        ]);
    }

    private static void Rating(PageSheet s)
    {
        var r = s.R;
        var stars = r.Between(2, 5);
        var score = Ink.Digits(r, $"{stars - 1}.{r.Between(1, 9)}");
        s.Piece(NoiseKind.Counter, r.Next(3) switch
        {
            0 => new string('★', stars) + new string('☆', 5 - stars) + " " + score + " (" + r.Number(r.Between(3, 900)) + r.Pick(" تقييماً)", " تقييم)", " صوت)"),
            1 => r.Pick("قيّم هذا الخبر", "ما تقييمك للمقال؟") + "\n☆ ☆ ☆ ☆ ☆\n" + r.Pick("متوسط التقييم", "التقييم") + ": " + score + "/5",
            _ => r.Pick("تقييم القراء", "رأي الزوار") + ": " + score + " من " + r.Number(5) + r.Separator("·", "|") + r.Number(r.Between(3, 900)) + " " + r.Pick("مراجعة", "تقييم"),
        });
    }
}
