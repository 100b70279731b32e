namespace BlazorReader.Bench.Cleaning.Ninth;

// The chrome any of these papers' own pages carry, whatever the copy path: the headline
// again, copyright lines, reading counters, keyword lines, wire end-marks and editors'
// initials, photo credits, and a paragraph the scraper took twice.
public static class SiteChrome
{
    public static void Headline(NinthPage page, NinthStory s, DressingRandom r) =>
        page.Top(page.Piece(NoiseKind.Headline, r.Next(4) switch
        {
            0 => s.Title,
            1 => $"<h1 class=\"entry-title\">{s.Title}</h1>",
            2 => $"{r.Pick("", "🔴 ", "▪ ")}{s.Title}{r.Pick("", " (صور)", " (فيديو)", " - محدث")}",
            _ => $"{s.Region.Country}{r.Separator(":", "|", "-")}{s.Title}",
        }));

    public static void Footer(NinthPage page, NinthStory s, DressingRandom r)
    {
        var year = NinthDates.Digits(r, s.Day.Year);
        page.Bottom(page.Piece(NoiseKind.Footer, r.Next(4) switch
        {
            0 => $"{r.Pick("جميع الحقوق محفوظة", "كافة الحقوق محفوظة", "الحقوق محفوظة")} {r.Pick("لـ", "ل", "- ", "© ")}{s.Paper} {year}",
            1 => $"© {r.Pick(year, NinthDates.Digits(r, s.Day.Year - r.Between(3, 12)) + "-" + year)} {s.Paper}{r.Pick("", " للصحافة والنشر", " الإلكترونية")}. {r.Pick("يسمح بالاقتباس مع ذكر المصدر", "يمنع إعادة النشر دون إذن خطي", "المقالات تعبر عن آراء كتابها")}",
            2 => $"{r.Pick("رئيس التحرير", "المدير العام", "رئيس مجلس الإدارة")}: {DressingPools.PersonName(r)}{r.Separator("|", "-")}{r.Pick("ترخيص رقم", "رقم الإيداع")} {NinthDates.Digits(r, r.Between(100, 9999))}/{year}",
            _ => $"{s.Paper}{r.Separator("|", "-", "—")}{r.Pick("صحيفة يومية سياسية مستقلة", "بوابة إخبارية شاملة", "تصدر عن مؤسسة " + s.Paper + " للصحافة")} {r.Pick("", "- " + s.City(r))}",
        }));
    }

    public static void Counter(NinthPage page, NinthStory s, DressingRandom r)
    {
        var piece = page.Piece(NoiseKind.Counter, r.Next(3) switch
        {
            0 => $"{r.Pick("عدد القراءات", "المشاهدات", "قرأ هذا الخبر")}{r.Pick(": ", " ")}{r.Number(r.Between(40, 250_000))}{r.Pick("", " مرة", " قارئ")}",
            1 => $"{r.Pick("التعليقات", "تعليقات القراء", "💬")} ({r.Number(r.Between(0, 80))}){r.Pick("", $" | {r.Pick("المشاركات", "مشاركة")} ({r.Number(r.Between(0, 900))})")}",
            _ => $"{r.Pick("آخر تحديث", "تاريخ النشر", "نُشر في")}: {NinthDates.Gregorian(r, s.Day, s.Region)}{r.Pick("", " - " + NinthDates.Ago(r))} | {r.Number(r.Between(1, 12))} {r.Pick("دقائق للقراءة", "د قراءة", "دقيقة قراءة")}",
        });
        if (r.Chance(0.5))
        {
            page.Top(piece);
        }
        else
        {
            page.Bottom(piece);
        }
    }

    public static void Tags(NinthPage page, NinthStory s, DressingRandom r)
    {
        var words = s.Title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length > 4 && char.IsLetter(w[0]) && char.IsLetter(w[^1])).Distinct().ToList();
        var tags = new[] { s.Region.Country, s.City(r), r.Pick("أخبار محلية", "عربي ودولي", "اقتصاد", "سياسة") }.Concat(words.Take(r.Between(0, 3))).ToList();
        page.Bottom(page.Piece(NoiseKind.Tags, r.Pick("الكلمات المفتاحية", "الوسوم", "كلمات دلالية", "مواضيع", "🏷") + r.Pick(": ", " : ", " ") + string.Join(r.Pick("، ", " | ", " - ", " ، ", ", "), tags)));
    }

    // The marks a desk leaves at the end of a wire story: its end, the editors' initials.
    public static void Signature(NinthPage page, NinthStory s, DressingRandom r)
    {
        const string letters = "أبتجحدرسعفقكلمنهي";
        var initials = $"{r.Letters(1, letters)}.{r.Letters(1, letters)}{r.Pick("/", " / ", "-")}{r.Letters(1, letters)}.{r.Letters(1, letters)}";
        var line = r.Next(4) switch
        {
            0 => r.Pick("//انتهى//", "(النهاية)", "ـ النهاية ـ", "= انتهى =", "***انتهى***", "# # #"),
            1 => r.Pick($"({initials})", $"/{initials}/", initials),
            2 => $"{initials}{r.Pick(" ", " - ")}{r.Number(r.Between(1, 23))}:{r.Between(10, 59)} {r.Pick("ت م", "ت غ", "GMT", "بتوقيت " + s.City(r))}",
            _ => $"{r.Pick("— فريق تحرير", "هيئة التحرير في", "قسم الأخبار -", "مكتب")} {s.Paper}{r.Pick("", " - " + s.City(r))}",
        };
        if (line.StartsWith('/') && r.Chance(0.5))
        {
            page.GlueEnd(NoiseKind.Signature, r.Pick(" ", "") + line);
            return;
        }
        page.Bottom(page.Piece(NoiseKind.Signature, line));
    }

    // A scraper that read a paragraph twice (a nested block) writes it again right after itself.
    public static void Repeat(NinthPage page, NinthStory s, DressingRandom r)
    {
        var i = r.Next(s.Body.Count);
        if (s.Body[i].Length >= 40)
        {
            page.At(new NoisePiece(NoiseKind.Repeat, [s.Body[i]]), i + 1);
        }
    }

    public static void PhotoCredit(NinthPage page, NinthStory s, DressingRandom r)
    {
        var (open, close) = r.Pick(("(", ")"), ("[", "]"), ("", ""), ("", ""));
        page.Between(page.Piece(NoiseKind.Caption, $"{open}{r.Pick("الصورة", "صورة", "📷", "تصوير")}{r.Pick(": ", " - ", " ")}{r.Pick(DressingPools.PersonName(r), s.Region.Agency, r.Pick(DressingPools.LatinAgencies), s.Paper)}{close}"));
    }
}
