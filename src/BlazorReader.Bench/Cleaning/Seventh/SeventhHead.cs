using static BlazorReader.Bench.Cleaning.Seventh.SeventhWords;

namespace BlazorReader.Bench.Cleaning.Seventh;

// What sits above a story when a page is copied whole: its headline again, bylines in the
// forms forums, portals and translated wire copy use, dates, sticky menus flattened into a
// run of words, breadcrumbs, and the weather, prayer-time and market widgets of a portal's head.
internal static class SeventhHead
{
    private static readonly string[] Prayers = ["الفجر", "الشروق", "الظهر", "العصر", "المغرب", "العشاء"];

    public static NoisePiece Headline(SeventhPage p, bool titleKept)
    {
        var r = p.R;
        var line = !titleKept ? p.Title : r.Next(5) switch
        {
            0 => p.Title + r.Separator("|", "-", "–", "::") + r.Pick(DressingPools.Papers),
            1 => r.Pick("عنوان الموضوع: ", "الموضوع: ", "موضوع: ") + p.Title,
            2 => r.Pick(Portals) + r.Separator("|", "»", ":") + p.Title,
            _ => p.Title,
        };
        return new NoisePiece(NoiseKind.Headline, [r.Scuff(line)]);
    }

    public static NoisePiece Byline(SeventhPage p)
    {
        var r = p.R;
        var name = DressingPools.PersonName(r);
        var latin = $"{r.Pick(DressingPools.LatinFirst)} {r.Pick(DressingPools.LatinLast)}";
        var line = r.Next(9) switch
        {
            0 => r.Pick("بقلم", "كتب", "كتبت", "إعداد", "تحرير", "متابعة") + r.Separator(":", "-", "ـ", "/") + name,
            1 => name + r.Separator("-", "–", "|") + r.Pick(DressingPools.Cities),
            2 => $"{r.Pick("مراسل", "مراسلة", "موفد")} {r.Pick(DressingPools.Papers)} {r.Pick("في", "إلى")} {r.Pick(DressingPools.Cities)}{r.Pick("", ": " + name)}",
            3 => $"{latin} ({r.Pick("ترجمة", "ترجمة وإعداد", "ترجمة:")} {name})",
            4 => $"{r.Pick("أبو", "ابن", "بنت")} {r.Pick(DressingPools.FirstNames)}{r.Separator("|")}{r.Pick(Ranks)}{r.Separator("|")}{r.Pick("المشاركات", "المواضيع")}: {r.Number(r.Between(12, 48000))}",
            5 => $"{r.Pick("نشر بواسطة", "أضيف بواسطة", "الناشر")}: {r.Pick(name, r.Pick(Portals))}",
            6 => $"{r.Pick("الكاتب", "المحرر", "محرر الشؤون المحلية")} {name}",
            7 => $"{name}{r.Pick(" – ", " - ", "، ")}{r.Pick("خاص ب", "لـ", "ل")}{r.Pick(DressingPools.Papers)}",
            _ => $"{r.Pick("By", "Written by")} {latin}",
        };
        return new NoisePiece(NoiseKind.Byline, [r.Scuff(line)]);
    }

    public static NoisePiece Dateline(SeventhPage p)
    {
        var r = p.R;
        var day = Date(r, p.Article.PublishedAt is { } at ? DateOnly.FromDateTime(at) : SomeDay(r));
        var line = r.Next(6) switch
        {
            0 => r.Pick("نشر في", "نُشر في", "تاريخ النشر", "بتاريخ", "نشر بتاريخ") + r.Separator(":", "-", "") + day,
            1 => r.Pick("آخر تحديث", "تحديث", "محدث") + r.Separator(":", "|") + day,
            2 => day.Contains('T', StringComparison.Ordinal) ? day : $"{day}{r.Separator("|", "-", "•")}{Time(r)}",
            3 => $"{r.Pick("منذ", "قبل")} {r.Number(r.Between(2, 23))} {r.Pick("ساعة", "ساعات", "دقيقة", "يوم")}",
            4 => $"{r.Pick(DressingPools.Cities)}{r.Separator("،", "-", "|")}{day}",
            _ => day,
        };
        return new NoisePiece(NoiseKind.Dateline, [r.Scuff(line)]);
    }

    // A dateline written onto the lead itself: city, agency or both, the mark that closes it.
    public static NoisePiece GluedDateline(SeventhPage p)
    {
        var r = p.R;
        var city = r.Pick(DressingPools.Cities);
        var agency = r.Pick(DressingPools.Agencies);
        var text = r.Next(6) switch
        {
            0 => $"{city}{r.Separator("-", "–", "ـ", "/")}{agency}{r.Pick(":", " -", "")}",
            1 => $"{city} ({r.Pick(agency, r.Pick(DressingPools.LatinAgencies))}){r.Pick(" -", " –", ":")}",
            2 => $"({agency}){r.Pick(" -", " –", " ـ", "")}",
            3 => $"{city}{r.Pick(" - ", "– ")}{r.Pick("خاص", "متابعات", "الموقع بوست")}{r.Pick(":", " -")}",
            4 => $"{city}{r.Pick(" في ", "، ")}{Date(r, SomeDay(r))}{r.Pick(" -", ":", " ـ")}",
            _ => $"{city}{r.Pick(":", " :", " -")}",
        };
        return new NoisePiece(NoiseKind.Dateline, [text], Glued: true);
    }

    // A live blog's update stamp: on its own line above the update, or written onto it.
    public static NoisePiece LiveStamp(DressingRandom r, bool glued)
    {
        var stamp = r.Next(4) switch
        {
            0 => Time(r),
            1 => $"{Time(r)} {r.Pick("GMT", "بتوقيت مكة", "بتوقيت غرينتش", "ت.غ")}",
            2 => $"{r.Pick("تحديث", "آخر تحديث", "عاجل")} {Time(r)}",
            _ => $"{r.Pick("قبل", "منذ")} {r.Number(r.Between(2, 59))} {r.Pick("دقيقة", "دقائق")}",
        };
        return glued ? new NoisePiece(NoiseKind.Dateline, [stamp + r.Pick(" |", " -", " —", ":", "")], Glued: true)
            : new NoisePiece(NoiseKind.Dateline, [r.Scuff(stamp)]);
    }

    // A sticky menu or a breadcrumb, flattened by «select all» into a line of words.
    public static NoisePiece Menu(DressingRandom r)
    {
        var words = SeventhWords.Menu.OrderBy(_ => r.Next(1000)).Take(r.Between(3, 9)).ToList();
        var line = r.Next(4) switch
        {
            0 => string.Join(r.Separator("|", "•", "/", "·"), words),
            1 => r.Pick("☰ ", "القائمة ", "☰ القائمة ", "") + string.Join(" ", words),
            2 => string.Join(" » ", words.Take(3)) + r.Pick("", " » " + r.Pick(DressingPools.Cities)),
            _ => string.Join(" ", words) + r.Pick(" بحث", " 🔍", " دخول | تسجيل", " English"),
        };
        return new NoisePiece(NoiseKind.Footer, [r.Scuff(line)]);
    }

    // A portal's head widgets: weather, prayer times, a market ticker; figures in either script.
    public static NoisePiece Widget(DressingRandom r)
    {
        string N(double v, string format) => Digits(r, v.ToString(format, System.Globalization.CultureInfo.InvariantCulture));
        List<string> lines = r.Next(4) switch
        {
            0 => [$"{r.Pick(DressingPools.Cities)} {N(r.Between(18, 49), "0")}°{r.Pick(" مشمس", " غائم جزئيا", " غبار", "C", "")}"],
            1 => [.. Prayers.Select(w => $"{w} {Time(r)}").Chunk(r.Pick(2, 3, 6)).Select(c => string.Join(r.Pick(" ", " | ", "  "), c))],
            2 => [$"{r.Pick("الدولار", "اليورو", "الجنيه الإسترليني", "الذهب عيار 21")} {N(r.Between(100, 9000) / 100.0, "0.00")} {r.Pick("ريال", "دينار", "جنيه", "")}{r.Pick(" ▲", " ▼", "")} {N(r.Between(1, 300) / 100.0, "0.00")}%"],
            _ => [$"{r.Pick("تاسي", "مؤشر السوق", "TASI", "برنت", "نايمكس")} {N(r.Between(5000, 990000) / 100.0, "#,0.00")} ({r.Pick("+", "-", "▲", "▼")}{N(r.Between(1, 300) / 100.0, "0.00")}%)"],
        };
        return new NoisePiece(NoiseKind.Counter, [.. lines.Select(l => r.Scuff(l))]);
    }
}
