namespace BlazorReader.Bench.Cleaning.Twelfth;

// Copies that went through a document on the way: a word processor (running heads and feet,
// page numbers between paragraphs, comment balloons, formatting notes of tracked changes,
// footnotes at the end) or a web clipper (Evernote, Notion or OneNote headers, tags, «Pasted from»).
internal static class Documents
{
    private static NoisePiece P(NoiseKind kind, params string[] lines) => new(kind, lines);

    public static NoisePiece RunningHead(Story s)
    {
        var r = s.R;
        return P(NoiseKind.Footer, r.Next(4) switch
        {
            0 => s.Outlet.Name + Ink.Bar(r) + r.Pick("مسودة للنشر", "نسخة المحرر", "للاستخدام الداخلي", "نسخة أولية"),
            1 => r.Pick("سري", "غير مخصص للنشر", "Brouillon") + " – " + Calendar.Arabic(r, s.Day),
            2 => r.Pick("ملف", "المستند") + Ink.Colon(r) + r.Pick("تقرير", "خبر", "متابعة") + "_" + Ink.Digits(r, s.Day.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture)) + r.Pick(".docx", "_نهائي.docx", " (1).docx"),
            _ => r.Pick("القسم العربي", "قسم الأخبار", "المكتب الإقليمي") + " – " + s.Outlet.Name,
        });
    }

    // «صفحة 2 من 4» / «Page 2 of 4» / «- 3 -», set between paragraphs where the page broke.
    public static NoisePiece PageNumber(Story s, int page, int pages)
    {
        var r = s.R;
        return P(NoiseKind.Counter, r.Next(4) switch
        {
            0 => Ink.Digits(r, $"صفحة {page} من {pages}"),
            1 => $"Page {page} of {pages}",
            2 => Ink.Digits(r, $"- {page} -"),
            _ => Ink.Digits(r, $"الصفحة {page}") + r.Pick("", " | " + s.Outlet.Name),
        });
    }

    // A comment balloon: the reviewer's initials, the comment, sometimes a reply.
    public static NoisePiece Comment(Story s)
    {
        var r = s.R;
        var who = r.Pick("م.ع", "س.ح", "ن.أ", "AM", "HK", "ف.ش");
        var text = r.Pick("تأكد من الرقم مع المصدر", "هل الاسم صحيح؟", "نحتاج تعليق الوزارة", "اختصر هذه الفقرة", "راجع التاريخ الهجري", "vérifier la citation");
        var lines = new List<string> { r.Pick("Commented [", "تعليق [", "Comment [") + who + Ink.Digits(r, r.Between(1, 9)) + "]" + Ink.Colon(r) + text };
        if (r.Chance(0.3))
        {
            lines.Add(r.Pick("رد", "Reply", "الرد") + Ink.Colon(r) + r.Pick("تم", "تمت المراجعة", "OK", "سأتصل بهم"));
        }
        return new NoisePiece(NoiseKind.Signature, lines);
    }

    public static NoisePiece Formatting(Story s)
    {
        var r = s.R;
        return P(NoiseKind.Footer, r.Next(3) switch
        {
            0 => r.Pick("Formatted: ", "Formatted Table") + r.Pick("Font: (Default) Simplified Arabic, 14 pt", "Right-to-left", "Justified, Right-to-left", "") ,
            1 => r.Pick("منسق", "تم التنسيق") + Ink.Colon(r) + r.Pick("الخط: (افتراضي) Traditional Arabic، 14 نقطة", "من اليمين إلى اليسار", "ضبط، مسافة بادئة: أولى 1 سم"),
            _ => r.Pick("Deleted: ", "محذوف: ") + r.Pick("سابقاً", "وقال", "حسب المصدر", "…"),
        });
    }

    public static NoisePiece WordCount(Story s)
    {
        var r = s.R;
        var words = s.Own.Sum(l => l.Split(' ').Length) + r.Between(0, 40);
        return P(NoiseKind.Counter, r.Pick("عدد الكلمات", "Word count", "Nombre de mots") + Ink.Colon(r) + Ink.Digits(r, words));
    }

    // A footnote at the foot of the document: its rule, its number and the source it names.
    public static NoisePiece Footnote(Story s)
    {
        var r = s.R;
        var source = r.Pick(s.Outlet.Agency, s.Outlet.Name, "نشرة " + s.Outlet.Name + " اليومية");
        var mark = r.Pick("(1)", "[1]", "¹", "1", "*");
        var lines = new List<string>();
        if (r.Chance(0.5))
        {
            lines.Add(r.Pick("________________", "———————", "__________"));
        }
        lines.Add(mark + " " + r.Pick("المصدر", "نقلاً عن", "انظر") + Ink.Colon(r) + source + (r.Chance(0.4) ? Ink.Comma(r) + Calendar.Arabic(r, s.Day) : ""));
        return new NoisePiece(NoiseKind.Credit, lines) { Credit = source };
    }

    // A web clipper's header: what it clipped from, when, and the note's tags.
    public static (NoisePiece Source, NoisePiece? Tags) ClipHeader(Story s)
    {
        var r = s.R;
        var url = r.Pick("https://", "") + r.Pick("www.", "") + s.Outlet.Domain + "/" + r.Pick("ar/", "") + r.Pick("news", "article", "akhbar") + "/" + r.Between(1000, 999999);
        var source = r.Next(4) switch
        {
            0 => new[] { r.Pick("Clipped from", "مقتطف من", "Clipped from:") + " " + url },
            1 => [r.Pick("Created", "تاريخ الإنشاء") + Ink.Colon(r) + Calendar.Arabic(r, s.Day) + " " + Calendar.Clock(r), r.Pick("Source", "المصدر") + Ink.Colon(r) + url],
            2 => [r.Pick("Pasted from", "ملصق من") + " <" + url + ">"],
            _ => ["URL" + Ink.Colon(r) + url, r.Pick("Created time", "Date de création") + Ink.Colon(r) + Calendar.InEnglish(s.Day) + " " + Calendar.Clock(r)],
        };
        var tags = r.Chance(0.6) ? P(NoiseKind.Tags, r.Pick("Tags", "الوسوم", "Étiquettes") + Ink.Colon(r) + string.Join(Ink.Comma(r), new[] { r.Pick("أرشيف", "للقراءة", "بحث"), s.City, r.Pick("مهم", "متابعة", "2025", "ملف") })) : null;
        return (P(NoiseKind.MoreLink, source), tags);
    }
}
