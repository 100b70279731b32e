namespace BlazorReader.Bench.Cleaning.Ninth;

// Who wrote, translated, edited and sent the story, and where from: bylines with the
// translation and editing credits Levantine and Maghreb papers print, datelines with the Hijri
// day, credit lines naming the paper or agency copied, and the original's link.
public static class SourceLines
{
    private static readonly string[] Roles = ["ترجمة", "تحرير", "مراجعة", "إعداد", "تدقيق", "متابعة", "ترجمة وتحرير", "إعداد وترجمة", "تنسيق"];

    public static void Byline(NinthPage page, NinthStory s, DressingRandom r)
    {
        var name = DressingPools.PersonName(r);
        var sep = r.Separator(":", "-", "/", "|", "ـ");
        var line = r.Next(7) switch
        {
            0 => r.Pick("كتب", "كتبت", "بقلم", "بقلم الزميل") + sep + name,
            1 => $"{r.Pick(Roles)}{sep}{name}" + (r.Chance(0.5) ? $"{r.Pick(" | ", " - ", " ، ", "   ")}{r.Pick(Roles)}{sep}{DressingPools.PersonName(r)}" : ""),
            2 => $"{s.City(r)}{r.Separator("-", "–", "/", ":")}{r.Pick("مراسل", "مراسلة", "موفد")} {Quoted(r, s.Paper)}{r.Separator(":", "-", "|")}{name}",
            3 => $"{s.Paper}{r.Separator("-", "–", "|", "/")}{name}",
            4 => $"{r.Pick("ترجمة", "Translated by", "ترجمها عن الإنجليزية", "نقله إلى العربية")}{r.Pick(": ", " ", " - ")}{name}",
            5 => $"{r.Pick("By", "Written by", "تقرير")} {r.Pick(DressingPools.LatinFirst)} {r.Pick(DressingPools.LatinLast)}" + (r.Chance(0.5) ? $"{r.Separator("|", "-")}{r.Pick("ترجمة", "تحرير")}: {name}" : ""),
            _ => $"{r.Pick("إعداد", "رصد", "تقرير")}{sep}{r.Pick("قسم الأخبار", "وحدة الرصد", "القسم السياسي", "الديسك المركزي", "فريق التحرير")}{r.Pick("", " في " + s.Paper)}",
        };
        var piece = page.Piece(NoiseKind.Byline, line);
        if (r.Chance(0.6))
        {
            page.Top(piece);
        }
        else
        {
            page.Bottom(piece);
        }
    }

    public static void Dateline(NinthPage page, NinthStory s, DressingRandom r)
    {
        var city = s.City(r);
        var prefix = r.Next(6) switch
        {
            0 => $"{city}{r.Separator("-", "–", "/", "ـ")}{r.Pick(s.Paper, s.Region.Agency, "خاص")}{r.Pick(": ", " - ", " – ", ":")}",
            1 => $"{city} ({r.Pick(s.Region.Agency, s.Paper)}){r.Pick(" - ", " – ", "- ", " ـ ")}",
            2 => $"{city}{r.Pick("، ", " - ", " في ")}{NinthDates.HijriDate(r, s.Day)}{r.Pick(" - ", " – ", ": ", "/ ")}",
            3 => $"{city}{r.Pick("، ", " - ")}{NinthDates.Dual(r, s.Day, s.Region)}{r.Pick(" - ", " — ", ": ")}",
            4 => $"{city}/ {r.Pick(s.Paper, s.Region.Agency, "الأناضول")}/ ",
            _ => $"{r.Pick("", "(", "[")}{city}{r.Pick("", ")", "]")} {NinthDates.Gregorian(r, s.Day, s.Region)}{r.Pick(" - ", " | ", " – ")}",
        };
        if (r.Chance(0.7))
        {
            page.GlueLead(NoiseKind.Dateline, prefix);
        }
        else
        {
            page.Top(page.Piece(NoiseKind.Dateline, prefix.TrimEnd(' ', '-', '–', '—', ':', '|', '/', 'ـ')));
        }
    }

    public static void Credit(NinthPage page, NinthStory s, DressingRandom r)
    {
        var name = r.Pick(s.Paper, s.Paper, s.Region.Agency, s.Region.AgencyLong, r.Pick(DressingPools.Agencies));
        var line = r.Next(7) switch
        {
            0 => $"المصدر{r.Pick(":", " :", ": ", " : ", "/ ", " - ", "ـ ")}{name}",
            1 => $"{r.Pick("نقلاً عن", "نقلا عن", "عن", "بتصرف عن", "منقول عن")} {(s.Region.Papers.Contains(name) ? r.Pick("", "صحيفة ", "موقع ", "جريدة ") : "")}{Quoted(r, name)}",
            2 => $"({name})",
            3 => $"{r.Pick("المصدر", "مصدر الخبر", "الخبر منشور في")}{r.Separator(":", "|")}{r.Pick("صحيفة ", "")}{name} {s.Region.Country}",
            4 => $"{r.Pick("حقوق النشر", "الخبر الأصلي", "نشر أولاً في")}{r.Pick(": ", " : ")}{name}",
            5 => $"{r.Pick("Source", "المصدر")}: {name}{r.Pick("", " + وكالات", " - بتصرف", " (بتصرف)")}",
            _ => $"{r.Pick("المصدر", "عن")}: «{name}» {NinthDates.Gregorian(r, s.Day, s.Region)}",
        };
        if (line.StartsWith('(') && r.Chance(0.5))
        {
            page.GlueEnd(NoiseKind.Credit, r.Pick(" ", "", "  ") + line, name);
            return;
        }
        page.Bottom(page.Piece(NoiseKind.Credit, line) with { Credit = name });
    }

    private static string Quoted(DressingRandom r, string name)
    {
        var (open, close) = r.Pick(("«", "»"), ("\"", "\""), ("", ""), ("", ""));
        return open + name + close;
    }

    public static void MoreLink(NinthPage page, NinthStory s, DressingRandom r)
    {
        var label = r.Next(6) switch
        {
            0 => r.Pick("رابط الخبر", "رابط الخبر الأصلي", "رابط مختصر", "الرابط المختصر للخبر") + r.Pick(":", " :", " ←", ""),
            1 => $"{r.Pick("اقرأ الخبر كاملاً", "تابع التفاصيل", "لمتابعة التفاصيل", "التفاصيل الكاملة")} {r.Pick("على", "في", "عبر")} {r.Pick("موقع ", "")}{s.Paper}{r.Pick(":", " ⬅️", "")}",
            2 => r.Pick("🔗 التفاصيل:", "🔗 الرابط", "👇 التفاصيل عبر الرابط", "⬅️ للمزيد:"),
            3 => r.Pick("المقال الأصلي", "النص الكامل", "الخبر في مصدره") + r.Pick(": ", " - "),
            4 => r.Pick("لقراءة الخبر كاملاً اضغط على الرابط التالي", "للاطلاع على الخبر كاملاً", "Read more"),
            _ => r.Pick("تصفح النسخة الكاملة للخبر", "عرض الخبر في المتصفح", "فتح في التطبيق"),
        };
        var url = NinthStory.Link(r);
        var withLink = r.Chance(0.8);
        if (r.Chance(0.3))
        {
            page.GlueEnd(NoiseKind.MoreLink, r.Pick(" ", "  ", " \u200F") + label + (withLink ? " " + url : ""));
            return;
        }
        List<string> lines = !withLink ? [r.Scuff(label)] : r.Chance(0.5) ? BrokenLinks.After(r, label, url, minPart: 9) : [r.Scuff(label), .. BrokenLinks.Break(r, url, minPart: 9)];
        page.Bottom(new NoisePiece(NoiseKind.MoreLink, lines));
    }
}
