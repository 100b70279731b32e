namespace BlazorReader.Bench.Cleaning.TwentySecond;

// The chrome over a story in wordings none of the page families owns: the title again, who
// wrote it, where and when (agency, city and date in several orders), counts and share bars.
internal static class HeadChrome
{
    public static void Headline(PageSheet page, Dressing d, string site)
    {
        if (d.Title.Length == 0)
        {
            return;
        }
        var r = d.R;
        page.Add(NoiseKind.Headline, r.Next(5) switch
        {
            0 => $"{d.Title}{r.Separator("|", "–", "·")}{site}",
            1 => $"{site} ‹ {r.Pick("أخبار", "محليات", "متابعات")} ‹ {d.Title}",
            2 => $"«{d.Title}»",
            _ => d.Title,
        });
    }

    public static void Byline(PageSheet page, Dressing d, string site)
    {
        var r = d.R;
        var name = d.Writer;
        page.Add(NoiseKind.Byline, r.Next(7) switch
        {
            0 => $"{r.Pick("كتب", "كتبت", "يكتب")}{r.Separator(":", "-", "ـ")}{name}",
            1 => $"بقلم الزميل {name}",
            2 => $"{name}{r.Separator("—", "|")}محرر {r.Pick("الشؤون المحلية", "القسم الاقتصادي", "الشؤون الثقافية", "القسم الرياضي")}",
            3 => $"إعداد وتحرير: {name}",
            4 => $"✍️ {name}",
            5 => $"تقرير: {name} • {d.City}",
            _ => $"{name}{r.Separator("|")}{site}",
        });
    }

    // On a line of its own, or glued before the lead as a wire leaves it.
    public static bool Dateline(PageSheet page, Dressing d, string lead)
    {
        var r = d.R;
        var (city, agency, date) = (d.City, r.Chance(0.6) ? d.Agency : "", d.Date());
        var agencyPart = agency.Length == 0 ? "" : $" ({agency})";
        var line = r.Next(6) switch
        {
            0 => $"{city}{agencyPart} {date}{r.Separator("—", "-", ":")}".TrimEnd(),
            1 => $"{date}{r.Separator("-", "|")}{city}:",
            2 => $"({city}، {date}){agencyPart} –",
            3 => $"{agency}{r.Separator("|")}{city}{r.Separator("|")}{date}".Trim(' ', '|'),
            4 => $"{city} في {date}{agencyPart}:",
            _ => $"{city}{agencyPart} –",
        };
        if (TextReferee.Normalize(line).Length < 3)
        {
            line = $"{city} – {date}";
        }
        if (r.Chance(0.55))
        {
            page.Glued(NoiseKind.Dateline, line, lead, before: true);
            return true;
        }
        page.Add(NoiseKind.Dateline, line);
        return false;
    }

    public static void Counter(PageSheet page, Dressing d)
    {
        var r = d.R;
        page.Add(NoiseKind.Counter, r.Next(6) switch
        {
            0 => $"{d.Num(r.Between(120, 48000))} مشاهدة · {d.Num(r.Between(0, 90))} تعليق",
            1 => $"👁️ {d.Num(r.Between(300, 90000))}",
            2 => $"عدد القراءات: {d.Num(r.Between(40, 9000))}",
            3 => $"♥ {d.Num(r.Between(1, 900))}   💬 {d.Num(r.Between(0, 80))}   ↗ {d.Num(r.Between(0, 300))}",
            4 => $"قرأه {d.Num(r.Between(50, 20000))} زائر حتى الآن",
            _ => $"مدة القراءة {d.Num(r.Between(1, 9))} د · {d.Num(r.Between(100, 5000))} قراءة",
        });
    }

    public static void Share(PageSheet page, Dressing d)
    {
        var r = d.R;
        page.Add(NoiseKind.Share, r.Next(5) switch
        {
            0 => "شارك الخبر عبر: واتساب · إكس · فيسبوك · تيليجرام · نسخ الرابط",
            1 => "مشاركة ⤴ | حفظ ☆ | طباعة ⎙",
            2 => $"أرسل لصديق{r.Separator("|", "•")}انسخ الرابط{r.Separator("|", "•")}شارك",
            3 => "f  𝕏  in  ✉",
            _ => "انشر الخبر على حساباتك",
        });
    }
}
