namespace BlazorReader.Bench.Cleaning.Tenth;

// Who wrote it, where and when, where it came from and where the rest of it is: lines a
// paper prints around any story, each composed from parts.
public static class SourceChrome
{
    public static void Byline(TenthPage page, TenthStory s, DressingRandom r)
    {
        var name = r.Chance(0.85) ? DressingPools.PersonName(r) : r.Pick(DressingPools.LatinFirst) + " " + r.Pick(DressingPools.LatinLast);
        var line = r.Next(6) switch
        {
            0 => $"{r.Pick("بقلم", "كتب", "كتبت", "بقلم:", "إعداد:")} {name}",
            1 => $"{name}{r.Separator("-", "|", "،")}{r.Pick("مراسل", "محرر", "مراسلة")} {s.Paper}{r.Pick("", " في " + s.Outlet.City(r))}",
            2 => $"{Stamp.Icon(r, "✍️", "🖊", "👤")}{name}",
            3 => $"{r.Pick("By", "Written by", "Author:")} {r.Pick(DressingPools.LatinFirst)} {r.Pick(DressingPools.LatinLast)}",
            4 => $"{s.Paper}{r.Separator("-", "–", "|")}{name}",
            _ => $"{r.Pick("تقرير", "متابعة", "تحرير")}: {name}{r.Pick("", " / " + DressingPools.PersonName(r))}",
        };
        if (r.Chance(0.5))
        {
            page.Top(page.Piece(NoiseKind.Byline, line));
        }
        else
        {
            page.Bottom(page.Piece(NoiseKind.Byline, line));
        }
    }

    // A dateline either glued before the lead's first word or on a line above it.
    public static void Dateline(TenthPage page, TenthStory s, DressingRandom r)
    {
        var agency = r.Chance(0.35) ? r.Pick(DressingPools.Agencies) : null;
        var city = s.Outlet.City(r);
        var text = r.Next(5) switch
        {
            0 => $"{city}{r.Pick(" - ", " – ", "- ", ": ", " ـ ")}",
            1 => $"{city} {r.Pick("(", "( ")}{agency ?? s.Paper}{r.Pick(")", " )")}{r.Pick(" - ", " – ", ": ", " ")}",
            2 => $"{s.Paper}{r.Pick(" - ", " | ", " – ")}{city}{r.Pick(": ", " - ", " ")}",
            3 => $"{city}، {s.Date(r)}{r.Pick(" - ", " – ", ": ")}",
            _ => $"{Quoted(s.Paper, r)}{r.Pick(" ـ ", " - ", ": ")}{r.Pick("خاص", "متابعات", "وكالات", city)}{r.Pick(" - ", ": ", " | ")}",
        };
        var credit = agency ?? (text.Contains(s.Paper, StringComparison.Ordinal) ? s.Paper : null);
        if (r.Chance(0.6))
        {
            page.GlueLead(NoiseKind.Dateline, text, credit);
        }
        else
        {
            page.Top(page.Piece(NoiseKind.Dateline, r.Chance(0.5) ? text.TrimEnd(' ', '-', '–', ':', 'ـ') : s.Date(r) + r.Pick("", " " + Stamp.Time(s.Day, r))));
        }
    }

    private static string Quoted(string name, DressingRandom r) => r.Next(3) switch
    {
        0 => "«" + name + "»",
        1 => "[" + name + "]",
        _ => name,
    };

    public static void Credit(TenthPage page, TenthStory s, DressingRandom r)
    {
        var source = r.Chance(0.4) ? r.Pick(DressingPools.Agencies) : r.Chance(0.5) ? s.Paper : r.Pick(DressingPools.Papers);
        var line = r.Next(5) switch
        {
            0 => $"{r.Pick("المصدر", "المصدر:", "مصدر الخبر", "نقلاً عن")}{r.Pick(" ", ": ")}{source}",
            1 => $"{r.Pick("(", "[")}{source}{r.Pick(")", "]")}",
            2 => $"{r.Pick("Source", "Via", "Credit")}: {source}",
            3 => $"{r.Pick("نشر هذا الخبر أولاً في", "نُشر أصلاً على موقع", "هذا المحتوى منقول من")} {source}",
            _ => $"{Stamp.Icon(r, "📰", "🔗")}{r.Pick("المصدر", "عن")}{r.Separator(":", "-", "|")}{source}{r.Pick("", " + وكالات", " - " + r.Pick(DressingPools.Agencies))}",
        };
        if (r.Chance(0.25) && line.StartsWith('('))
        {
            page.GlueEnd(NoiseKind.Credit, " " + line, source);
            return;
        }
        page.Bottom(page.Piece(NoiseKind.Credit, line) with { Credit = source });
    }

    public static void MoreLink(TenthPage page, TenthStory s, DressingRandom r)
    {
        var words = r.Pick("المزيد", "اقرأ المزيد", "التفاصيل", "للمزيد", "تابع القراءة", "أكمل القراءة", "Read more", "Continue reading");
        var mark = r.Pick("...", "…", " »", " ←", " >>", "");
        if (r.Chance(0.5))
        {
            page.GlueEnd(NoiseKind.MoreLink, r.Pick("", " ", "... ") + words + mark);
            return;
        }
        var line = r.Chance(0.5) ? $"{words}{mark} {s.Outlet.Link(r)}" : $"{words} {r.Pick("على", "في", "عبر")} {r.Pick("موقع ", "")}{s.Paper}{mark}";
        page.Bottom(new NoisePiece(NoiseKind.MoreLink, TenthStory.WrapLink(line, r)));
    }

    // Initials, a desk code or a mail address under the story, as agencies and desks sign.
    public static void Signature(TenthPage page, TenthStory s, DressingRandom r)
    {
        var initial = () => r.Pick("ع", "م", "س", "ح", "ف", "ن", "ر", "ك", "ج", "ص");
        var line = r.Next(5) switch
        {
            0 => $"{initial()}.{initial()}{r.Pick("", " / " + initial() + "." + initial(), "/" + initial() + " " + initial())}",
            1 => $"{r.Pick("/انتهى/", "(انتهى)", "ـ انتهى ـ", "//انتهى//")}{r.Pick("", " " + Stamp.Digits(r, Stamp.N(r.Between(1, 23)) + ":" + Stamp.N(r.Between(10, 59))) + " ت م")}",
            2 => $"{r.Letters(r.Between(3, 8), "abcdefghijklmnopqrstuvwxyz")}{r.Pick("@", " @ ")}{s.Outlet.Domain(r).Replace("www.", "", StringComparison.Ordinal)}",
            3 => $"{r.Pick("ــــــــ", "———", "***", "•••")}{r.Pick(" ", "\n")}{r.Pick("المحرر", "مراسل", "قسم الأخبار")}{r.Separator(":", "-")}{DressingPools.PersonName(r)}",
            _ => $"{r.Pick("ق", "ش", "و")}.{r.Pick("أ", "ع", "م")} {Stamp.Digits(r, Stamp.N(r.Between(100, 999)))}",
        };
        page.Bottom(page.Piece(NoiseKind.Signature, [.. line.Split('\n')]));
    }

    // The title printed again above the story, sometimes with its kicker.
    public static void Headline(TenthPage page, TenthStory s, DressingRandom r)
    {
        if (s.Title.Length == 0)
        {
            return;
        }
        var title = r.Chance(0.3) ? $"{r.Pick("عاجل", "بالفيديو", "خاص", "بالصور", "محليات", "تقرير")}{r.Separator(":", "|", "-")}{s.Title}" : s.Title;
        page.Top(page.Piece(NoiseKind.Headline, r.Chance(0.15) ? "# " + title : title));
    }

    // A paragraph given twice: the lead as the page's summary above it, a paragraph copied
    // again after itself, or its first clause pulled out as a quote.
    public static void Repeat(TenthPage page, TenthStory s, DressingRandom r)
    {
        if (r.Chance(0.5) || s.Body.Count < 3)
        {
            page.Top(page.Piece(NoiseKind.Repeat, s.Body[0]));
            return;
        }
        var index = r.Between(1, s.Body.Count - 1);
        var line = s.Body[index];
        var end = line.IndexOfAny(['.', '،', '؟']);
        if (end is <= 30 or >= 200 || r.Chance(0.4))
        {
            page.After(page.Piece(NoiseKind.Repeat, line), index);
            return;
        }
        var marks = r.Pick("❝ |❞", "“|”", "«|»", "\"|\"").Split('|');
        page.Between(page.Piece(NoiseKind.Repeat, marks[0] + line[..end] + (marks[1] == "❞" ? " ❞" : marks[1])));
    }
}
