namespace BlazorReader.Bench.Cleaning.Eighth;

// A story copied out of a PDF e-paper or an OCR'd print page: the running head and folio of
// each page, the jump to the page where the story goes on («تتمة المنشور ص 4») and the line
// that picks it up there, and the wrap of a word across two lines where a column ended (only
// ever in the page's own furniture, never in the story).
internal static class EighthPrint
{
    public static Chrome RunningHead(DressingRandom r, EighthContext c)
    {
        var page = r.Number(r.Between(2, 48));
        var head = r.Next(4) switch
        {
            0 => $"{c.Paper.Name}{r.Separator("|", "•", "-")}{r.Pick("العدد", "السنة " + r.Number(r.Between(20, 60)) + " - العدد")} {EighthDates.Digits(r, r.Between(11000, 17000))}{r.Separator("|", "•", "-")}{EighthDates.Day(r, c.Day)}",
            1 => $"{page}{r.Separator("|", " ")}{r.Pick(EighthWords.Sections)}{r.Separator("|", "•")}{c.Paper.Name}",
            2 => $"{r.Pick(EighthWords.Sections)} {r.Pick("ص", "صفحة", "الصفحة")} {page}{r.Separator("—", "|", "-")}{EighthDates.Day(r, c.Day)}",
            _ => $"{r.Pick("www.", "")}{c.Paper.Slug}{r.Pick(EighthWords.TopLevelDomains)}{r.Separator("|", " ")}{EighthDates.Day(r, c.Day)}{r.Separator("|", " ")}{page}",
        };
        return r.Chance(0.25) ? Wrapped(head) : Chrome.Of(NoiseKind.Footer, head);
    }

    // OCR read a column's end as a hyphen and a new line inside a word of the furniture.
    private static Chrome Wrapped(string head)
    {
        var cut = head.IndexOf(' ', head.Length / 2);
        if (cut < 6 || cut > head.Length - 8)
        {
            return Chrome.Of(NoiseKind.Footer, head);
        }
        var first = head[..(cut - 2)] + "-";
        var second = head[(cut - 2)..];
        return Chrome.Of(NoiseKind.Footer, first, second);
    }

    // Where the story leaves the page; Continued is where it comes back, then the paragraph the
    // layout printed again at the top of the new column.
    public static Chrome Jump(DressingRandom r) => Chrome.Of(NoiseKind.MoreLink, r.Next(6) switch
    {
        0 => $"{r.Pick("تتمة المنشور", "التتمة", "البقية", "تتمة")} {r.Pick("ص", "صفحة", "في الصفحة", "على الصفحة")} {r.Number(r.Between(2, 40))}",
        1 => $"({r.Pick("التفاصيل", "التتمة", "البقية", "تفاصيل أوفى")} {r.Pick("ص", "صـ", "ص.")}{r.Pick(" ", "")}{r.Number(r.Between(2, 40))})",
        2 => $"{r.Pick("◄", "►", "»", "←")} {r.Pick("تتمة", "يتبع", "البقية")} {r.Pick("ص", "صفحة")} {r.Number(r.Between(2, 40))}",
        3 => $"{r.Pick("Continued on page", "Cont. p.")} {r.Between(2, 40)}",
        4 => $"{r.Pick("للموضوع بقية", "للخبر تتمة")} {r.Pick("في الصفحة", "ص")} {r.Number(r.Between(2, 40))}",
        _ => $"{r.Pick("انظر", "اقرأ التفاصيل في")} {r.Pick("ص", "الصفحة")} {r.Number(r.Between(2, 40))} {r.Pick("من العدد", "", "- " + r.Pick(EighthWords.Sections))}".TrimEnd(),
    });

    public static Chrome Continued(DressingRandom r) => Chrome.Of(NoiseKind.MoreLink, r.Next(4) switch
    {
        0 => $"{r.Pick("تتمة المنشور", "تتمة", "بقية المنشور")} {r.Pick("ص", "صفحة", "في الصفحة")} {r.Number(r.Between(1, 3))}",
        1 => $"{r.Pick("«", "(")}{r.Pick("تابع", "تتمة")} {r.Pick("ما نشر", "المنشور")} {r.Pick("ص", "على الصفحة")} {r.Number(r.Between(1, 3))}{r.Pick("»", ")")}",
        2 => $"{r.Pick("►", "◄", "•")} {r.Pick("تتمة", "بقية")} {r.Pick("الأولى", "ص ١", "ص 1", "الصفحة الأولى")}",
        _ => $"{r.Pick("Continued from page", "From p.")} {r.Between(1, 3)}",
    });

    // The photo's line as the e-paper printed it under the picture.
    public static Chrome Caption(DressingRandom r, EighthContext c) => Chrome.Of(NoiseKind.Caption, r.Next(4) switch
    {
        0 => $"{r.Pick("●", "■", "▲", "◀")} {EighthWidgets.PhotoSubject(r)} {r.Pick("(تصوير: " + DressingPools.PersonName(r) + ")", "(" + c.Agency.Short + ")", "")}".TrimEnd(),
        1 => $"{EighthWidgets.PhotoSubject(r)} {r.Pick("- تصوير:", "— عدسة:", "| تصوير")} {DressingPools.PersonName(r)}",
        2 => $"{r.Pick("(تصوير:", "(عدسة:", "(تصوير -")} {DressingPools.PersonName(r)})",
        _ => $"{r.Pick("◄", "▲", "■")} {EighthWidgets.PhotoSubject(r)}",
    });

    // A folio at the foot of the PDF page: the page number and the section, sometimes alone.
    public static Chrome Folio(DressingRandom r, EighthContext c) => Chrome.Of(NoiseKind.Footer, r.Next(3) switch
    {
        0 => $"{r.Pick("—", "-", "–")} {r.Number(r.Between(2, 48))} {r.Pick("—", "-", "–")} {r.Pick(EighthWords.Sections)}",
        1 => $"{c.Paper.Name} {r.Pick("الإلكترونية", "الورقية", "PDF")}{r.Separator("|", "•")}{r.Pick("النسخة الرقمية", "نسخة العدد", "الصفحة")} {r.Number(r.Between(2, 48))}",
        _ => $"{r.Pick("طبعت هذه النسخة من", "نسخة للطباعة من", "هذه نسخة مطبوعة من")} {r.Pick("موقع", "صحيفة", "جريدة")} {c.Paper.Name}{r.Pick("", " " + EighthDates.Day(r, c.Day))}",
    });
}
