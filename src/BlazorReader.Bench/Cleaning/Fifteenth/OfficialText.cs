namespace BlazorReader.Bench.Cleaning.Fifteenth;

// A gazette's decree or an exchange disclosure copied into the news: the decree's preamble,
// numbered articles and signature, the disclosure's rows and the note naming where its figures
// come from are the story's own text and stay; the gazette's running head, the price ticker,
// the disclaimer and the download link around them are the page's.
internal static class OfficialText
{
    private static readonly string[] Clauses =
    [
        "يُعمل بهذا القرار اعتباراً من تاريخ نشره في الجريدة الرسمية.",
        "على الجهات المعنية تنفيذ هذا القرار، كلٌّ فيما يخصه.",
        "يُبلّغ هذا القرار للجهات المختصة لاعتماده وتنفيذه.",
        "يُلغى كل ما يتعارض مع هذا القرار من أحكام.",
        "تتولى الجهة المختصة إصدار التعليمات اللازمة لتنفيذ ما ورد في هذا القرار.",
    ];

    private static readonly string[] Ordinals = ["الأولى", "الثانية", "الثالثة", "الرابعة"];

    // The decree's text under the story, as the story quotes it.
    public static void AddDecree(PageDraft page, DressingRandom r, StorySubject subject)
    {
        var at = r.Chance(0.85) ? page.BodyCount : Math.Min(page.BodyCount, r.Between(1, 2));
        var raised = subject.Entity is { } entity ? "ما رفعته " + entity : "ما رفعه " + r.Pick("الوزير المختص", "المجلس");
        var lines = new List<string> { r.Pick("وفيما يلي نص القرار:", "وهذا نصّ القرار:", "وجاء نص القرار على النحو الآتي:") };
        if (r.Chance(0.6))
        {
            lines.Add(r.Pick("بعون الله تعالى", "بسم الله الرحمن الرحيم"));
        }
        var law = r.Pick("النظام الأساسي للحكم", "نظام مجلس الوزراء", "النظام المنظم لعمل الجهة");
        // A minister's decision opens «إن وزير …»; a council's «بعد الاطلاع على …».
        lines.Add(subject.Entity is { } own && own.StartsWith("وزارة ", StringComparison.Ordinal) && r.Chance(0.5)
            ? $"إن {Official(own)}، بناءً على الصلاحيات المخولة له، وبعد الاطلاع على {law}، يقرر ما يلي:"
            : $"بعد الاطلاع على {law}، وبعد الاطلاع على {raised}، {r.Pick("قرر ما يلي:", "تقرر الآتي:")}");
        var count = r.Between(2, 4);
        lines.AddRange(Clauses.OrderBy(_ => r.Next(100)).Take(count).Select((c, i) => $"المادة {Ordinals[i]}: {c}"));
        if (subject.Entity is not null && r.Chance(0.6))
        {
            lines.Add(Official(subject.Entity));
            lines.Add(PageWords.Person(r));
        }
        foreach (var line in lines)
        {
            page.InsertParagraph(at++, line);
        }
    }

    // The disclosure's table as rows, and the line naming the exchange the figures come from.
    public static void AddDisclosure(PageDraft page, DressingRandom r)
    {
        var at = page.BodyCount;
        var net = r.Between(15, 9000) / 10.0;
        var lines = new List<string> { r.Pick("وجاءت أبرز النتائج المالية على النحو الآتي:", "وفيما يلي ملخص النتائج:") };
        lines.Add($"صافي الربح{r.Separator(":", "|")}{Money(r, net)}");
        lines.Add($"الإيرادات{r.Separator(":", "|")}{Money(r, net * r.Between(3, 12))}");
        if (r.Chance(0.7))
        {
            lines.Add($"ربحية السهم{r.Separator(":", "|")}{PageWords.Digits(r, (r.Between(5, 300) / 100.0).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture))} ريال");
        }
        lines.Add($"التغير عن الفترة المماثلة{r.Separator(":", "|")}{PageWords.Digits(r, r.Pick("+", "-", "") + (r.Between(5, 600) / 10.0).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture))}٪");
        lines.Add(r.Pick("المصدر: تداول", "المصدر: موقع السوق المالية السعودية (تداول)", "المصدر: إفصاح الشركة على تداول"));
        foreach (var line in lines)
        {
            page.InsertParagraph(at++, line);
        }
    }

    // The page around the official text.
    public static void Dress(PageDraft page, DressingRandom r, StorySubject subject)
    {
        if (subject.Decree && r.Chance(0.6))
        {
            page.Add(Zone.Head, NoiseKind.Footer, [$"{r.Pick("الجريدة الرسمية", "جريدة أم القرى", "النشرة الرسمية")} {r.Separator("|", "—")}{r.Pick("العدد", "عدد رقم")} {PageWords.Digits(r, $"{r.Between(4000, 5300)}")}{r.Separator("|", "—")}{r.Pick("السنة", "الإصدار")} {r.Number(r.Between(90, 104))}"]);
        }
        if (subject.Earnings && r.Chance(0.7))
        {
            page.Add(Zone.Top, NoiseKind.Counter, [$"{r.Pick("تاسي", "TASI", "المؤشر العام")} {r.Number(r.Between(10000, 13000))} {r.Pick("▲", "▼")} {PageWords.Digits(r, "0." + r.Between(1, 99))}٪ {r.Pick("| حجم التداول", "| القيمة")} {r.Number(r.Between(2, 9))} {r.Pick("مليار", "مليون")}"]);
        }
        if (subject.Earnings && r.Chance(0.6))
        {
            page.Add(Zone.Tail, NoiseKind.Footer, [r.Pick("إخلاء مسؤولية: المعلومات الواردة لأغراض إعلامية فقط ولا تُعد توصية بالشراء أو البيع.", "تنويه: الأرقام كما أعلنتها الشركة، والموقع غير مسؤول عن أي قرار استثماري.")]);
        }
        if (r.Chance(0.5))
        {
            page.Add(Zone.Tail, NoiseKind.MoreLink, [subject.Decree ? r.Pick("تحميل النص الكامل (PDF)", "⬇ تنزيل القرار بصيغة PDF", "عرض العدد كاملاً") : r.Pick("عرض الإعلان على موقع السوق", "جميع إعلانات الشركة ←", "صفحة السهم »")]);
        }
    }

    private static string Official(string entity) => entity switch
    {
        _ when entity.StartsWith("وزارة ", StringComparison.Ordinal) => "وزير " + entity[6..],
        _ => "رئيس " + entity,
    };

    private static string Money(DressingRandom r, double millions) =>
        $"{PageWords.Digits(r, millions.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture))} مليون {r.Pick("ريال", "ريال سعودي")}";
}
