namespace BlazorReader.Bench.Cleaning.TwentySecond;

// A story kept as a library catalogue's (OPAC) record or a citation manager's export: the
// fields over the text (title, author, publisher, call number, subjects), the abstract that
// repeats the lead, the date consulted, where it was retrieved from and a citation at the end.
internal sealed class LibraryRecordPage : PageFamily
{
    private static readonly string[] Subjects = ["الصحافة -- السعودية", "التنمية الاقتصادية", "الشؤون المحلية -- أخبار", "الرياضة -- السعودية", "السياسة الدولية"];

    public override string Site(Dressing d) => d.R.Pick("الفهرس الموحد", "مكتبة الملك فهد الوطنية", "المكتبة الرقمية", "مستودع الأخبار");

    public override void Head(PageSheet page, Dressing d, string site)
    {
        var r = d.R;
        if (d.Title.Length > 0)
        {
            page.Add(NoiseKind.Headline, $"{r.Pick("العنوان:", "Title:", "245 $a")} {d.Title}");
        }
        if (r.Chance(0.6))
        {
            page.Add(NoiseKind.Byline, $"{r.Pick("المؤلف:", "Author:", "بيان المسؤولية:")} {d.Writer}");
        }
        page.Add(new NoisePiece(NoiseKind.Credit, [$"{r.Pick("الناشر:", "المصدر:", "Publisher:")} {d.Source}، {d.Date()}"]) { Credit = d.Source });
        page.Add(NoiseKind.Footer, $"{r.Pick("رقم الطلب:", "رقم التصنيف:", "Call no.")} {d.Num(r.Between(300, 799))}.{r.Letters(2, "0123456789")} {r.Pick("ص ح ف", "ق س م", "ر ي ض")}");
        page.Add(NoiseKind.Tags, $"{r.Pick("رؤوس الموضوعات:", "Subjects:", "الواصفات:")} {string.Join(r.Pick("؛ ", " | "), Subjects.OrderBy(_ => r.Next(100)).Take(r.Between(1, 3)))}");
        if (r.Chance(0.4))
        {
            page.Add(NoiseKind.Repeat, $"{r.Pick("الملخص:", "Abstract:", "المستخلص:")} {DressingPools.LeadSentence(d.Article.Text)}");
        }
    }

    // The record's full text is paged: the viewer's page marks stay in the copy.
    public override void Inside(PageSheet page, Dressing d, string site) =>
        page.Add(NoiseKind.Footer, $"{d.R.Pick("— صفحة", "[ص.", "النص الكامل · جزء")} {d.Num(d.R.Between(2, 4))}");

    public override void Tail(PageSheet page, Dressing d, string site)
    {
        var r = d.R;
        var link = d.Article.SourceUrl is { Length: > 10 } url ? url : $"https://www.{r.Pick("alriyadh.com", "okaz.com.sa", "alyaum.com")}/{r.Letters(6, "0123456789")}";
        page.Add(NoiseKind.Dateline, $"{r.Pick("تاريخ الاطلاع:", "تاريخ الاسترجاع:", "Accessed:")} {d.Date(d.Day.AddDays(r.Between(30, 900)))}");
        page.Add(NoiseKind.MoreLink, $"{r.Pick("استرجع من", "متاح على:", "Retrieved from")} {link}");
        if (r.Chance(0.5) && d.Title.Length > 0)
        {
            page.Add(new NoisePiece(NoiseKind.Credit, [$"{d.Writer}. ({d.Plain(d.Day.Year)}). {d.Title}. {d.Source}."]) { Credit = d.Source });
        }
        if (r.Chance(0.4))
        {
            page.Add(NoiseKind.Footer, r.Pick("تصدير: RIS | BibTeX | EndNote", "أضف إلى قائمتي · اطبع السجل · أرسل بالبريد"));
        }
    }
}
