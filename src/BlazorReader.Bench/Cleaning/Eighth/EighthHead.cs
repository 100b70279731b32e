namespace BlazorReader.Bench.Cleaning.Eighth;

// The head of a copied story: the headline printed again (a feed item's title, a CMS page's
// <title> with the site after a bar, an e-paper's headline over its kicker), who wrote or issued
// it, and where and when: a wire dateline glued to the lead, a feed's «نُشر في», a CMS's
// «آخر تحديث» stamp.
internal static class EighthHead
{
    public static Chrome Headline(DressingRandom r, EighthContext c) => Chrome.Of(NoiseKind.Headline, r.Next(5) switch
    {
        0 => $"{c.Title} {r.Pick("|", "-", "–", "::", "«")} {c.Paper.Name}",
        1 => $"{c.Paper.Name} {r.Pick("|", ":", "-")} {c.Title}",
        2 => $"{r.Pick("عنوان الخبر", "العنوان", "Title")}: {c.Title}",
        _ => c.Title,
    });

    public static Chrome Byline(DressingRandom r, EighthContext c)
    {
        var name = DressingPools.PersonName(r);
        return Chrome.Of(NoiseKind.Byline, r.Next(9) switch
        {
            0 => $"{r.Pick("كتب", "كتبت", "بقلم", "إعداد", "تحرير")}{r.Separator(":", "-", "–", "ـ")}{name}",
            1 => $"{r.Pick("بواسطة", "نشر بواسطة", "أضيف بواسطة")} {r.Pick(name, "محرر الموقع", "إدارة التحرير", "admin")}",
            2 => $"{r.Pick("Posted by", "By", "Author:")} {r.Pick(DressingPools.LatinFirst)} {r.Pick(DressingPools.LatinLast)}",
            3 => $"{c.Paper.Name}{r.Separator("-", "–", "|")}{r.Pick(DressingPools.Cities)}{r.Separator("-", "–", "|")}{name}",
            4 => $"{r.Pick("المركز الإعلامي", "إدارة العلاقات العامة والإعلام", "المكتب الإعلامي")} {r.Pick("بـ", "في ", "- ")}{r.Pick(EighthWords.Ministries)}",
            5 => $"{r.Pick("بيان صحفي", "خبر صحفي", "تعميم صحفي")}{r.Separator("|", "-", "–")}{r.Pick("للنشر الفوري", "للنشر", "للتعميم")}",
            6 => $"{r.Pick("مراسل", "مندوب", "موفد")} {c.Paper.Name} {r.Pick("في", "بـ", "–")} {r.Pick(DressingPools.Cities)}{r.Separator(":", "-")}{name}",
            7 => $"{name}{r.Separator("|", "-", "–", "·")}{r.Pick("محرر", "محررة", "صحفي")} {r.Pick(EighthWords.Sections)}",
            _ => $"{r.Pick("تحرير", "تقرير")}: {name} {r.Pick("|", "–", "،")} {r.Pick("تدقيق", "مراجعة", "تصوير")}: {DressingPools.PersonName(r)}",
        });
    }

    // A byline written onto the lead: «كتب - فلان:» then the story.
    public static Chrome GluedByline(DressingRandom r) =>
        Glued(NoiseKind.Byline, $"{r.Pick("كتب", "كتبت", "بقلم")}{r.Separator("-", "–", ":")}{DressingPools.PersonName(r)}", r.Pick(": ", " - ", " – ", ":"));

    public static Chrome GluedDateline(DressingRandom r, EighthContext c)
    {
        var city = r.Pick(DressingPools.Cities.Concat(["الكويت", "مسقط", "المنامة", "الدوحة", "طرابلس", "الجزائر", "نواكشوط", "بنغازي", "وهران"]).ToArray());
        var agency = c.Agency.Short;
        var text = r.Next(6) switch
        {
            0 => $"{city}{r.Separator("-", "–", "،")}{r.Pick($"«{agency}»", $"({agency})", $"/{agency}/", agency)}",
            1 => $"{city} في {EighthDates.Day(r, c.Day)} /{agency}/",
            2 => $"{city}، {EighthDates.Day(r, c.Day)} ({agency})",
            3 => $"{city}{r.Separator("-", "–")}{c.Paper.Name}",
            4 => $"{r.Pick("خاص", "حصري")}{r.Separator("-", "|")}{c.Paper.Name}",
            _ => $"{agency}{r.Separator("-", "–")}{city}",
        };
        return Glued(NoiseKind.Dateline, text, r.Pick(": ", " - ", " – ", " -- ", ":", " ـ "));
    }

    public static Chrome Dateline(DressingRandom r, EighthContext c) => Chrome.Of(NoiseKind.Dateline, r.Next(7) switch
    {
        0 => $"{r.Pick("نُشر في", "نشر في", "تاريخ النشر", "نشر بتاريخ")}{r.Separator(":", "-", "|")}{EighthDates.Day(r, c.Day)}{OptionalTime(r)}",
        1 => $"{r.Pick("آخر تحديث", "آخر تعديل", "تم التحديث")}{r.Separator(":", "-", "|")}{EighthDates.Day(r, c.Day)}{OptionalTime(r)}",
        2 => $"{r.Pick("Published", "Updated", "pubDate")}: {EighthDates.English(r, c.Day)}",
        3 => $"{r.Pick("تم تحديث هذا الخبر", "حُدّث هذا الخبر", "عُدّل هذا المقال")} {r.Pick("في", "بتاريخ")} {EighthDates.Day(r, c.Day)} {r.Pick("الساعة", "عند")} {EighthDates.Time(r)}",
        4 => $"{EighthDates.Day(r, c.Day)}{r.Separator("|", "-", "•")}{EighthDates.Time(r)}",
        5 => $"{r.Pick("العدد", "عدد")} {EighthDates.Digits(r, r.Between(12000, 17000))}{r.Separator("|", "-", "–")}{EighthDates.Day(r, c.Day)}",
        _ => $"{r.Pick("منذ", "قبل")} {r.Number(r.Between(2, 23))} {r.Pick("ساعة", "ساعات", "دقيقة")}{r.Separator("|", "•", "·")}{r.Pick(EighthWords.Sections)}",
    });

    private static string OptionalTime(DressingRandom r) => r.Chance(0.5) ? r.Separator("-", "|", "،") + EighthDates.Time(r) : "";

    // A glued piece: labelled by its text, written with the separator that joins it to the lead.
    private static Chrome Glued(NoiseKind kind, string text, string separator) =>
        new(new NoisePiece(kind, [text], Glued: true), [text + separator]);
}
