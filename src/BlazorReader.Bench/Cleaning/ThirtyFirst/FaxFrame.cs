namespace BlazorReader.Bench.Cleaning.ThirtyFirst;

// A fax transmission typed back in from the received pages: a cover sheet (from, to, pages,
// subject), a header on each page with its number, date and the sender's number, and the
// machine's transmission report at the end.
internal sealed class FaxFrame(DressingRandom r) : IFrame
{
    private int pages;
    private int page = 1;
    private string number = "";

    public bool FixedWidth => true;

    public void Head(Page p, Story s)
    {
        pages = r.Between(2, 4);
        number = "+966 " + r.Between(11, 17) + " " + r.Between(200, 499) + " " + r.Between(1000, 9999);
        p.Chrome(NoiseKind.Footer, r.Pick("فاكس", "رسالة فاكس", "FAX — فاكس", "غلاف الفاكس"));
        var rows = new List<string>
        {
            r.Pick("من", "المرسل", "From") + r.Separator(":", "/") + r.Pick("إدارة الإعلام والاتصال", "العلاقات العامة", "مكتب " + s.Paper + " في " + r.Pick(DressingPools.Cities)),
            r.Pick("إلى", "المرسل إليه", "To") + r.Separator(":", "/") + r.Pick("رئيس التحرير", "قسم الأخبار المحلية", "سكرتير التحرير") + r.Pick("", " — " + s.Paper),
            r.Pick("عدد الصفحات", "الصفحات (مع الغلاف)", "Pages") + r.Separator(":", "/") + Words.D(r, pages),
            r.Pick("التاريخ", "Date") + r.Separator(":", "/") + Words.Gregorian(r, s.When) + " " + Words.Time(r, s.When),
        };
        foreach (var row in rows.OrderBy(_ => r.Next(9)))
        {
            p.Chrome(NoiseKind.Footer, row);
        }
        if (s.Title is not null && r.Chance(0.5))
        {
            p.Chrome(NoiseKind.Headline, r.Pick("الموضوع", "الموضوع / Subject", "بشأن") + ": " + s.Title);
        }
        p.Chrome(NoiseKind.Footer, r.Pick("للنشر", "عاجل — للنشر", "للنشر فوراً", "نرجو التكرم بالنشر") + r.Pick("", "، مع الشكر", " ولكم جزيل الشكر"));
        PageHeader(p, s);
    }

    private void PageHeader(Page p, Story s)
    {
        page = Math.Min(pages, page + 1);
        var line = r.Pick("صفحة ", "ص ", "PAGE ") + Words.D(r, page) + r.Pick(" من ", "/", " OF ") + Words.D(r, pages) + r.Separator("—", "-", "|") + Words.Gregorian(r, s.When) + " " + Words.Time(r, s.When);
        p.Chrome(NoiseKind.Counter, r.Chance(0.5) ? line : "FROM : " + number + r.Pick("   ", "  ") + line);
    }

    public void Between(Page p, Story s, int paragraph)
    {
        if (page < pages && r.Chance(0.25))
        {
            PageHeader(p, s);
        }
    }

    public void Tail(Page p, Story s)
    {
        p.Chrome(NoiseKind.Footer, r.Pick("تقرير الإرسال", "TRANSMISSION REPORT", "تقرير الإرسال / TX REPORT"));
        var rows = new[]
        {
            r.Pick("الرقم: ", "NO. : ") + number,
            r.Pick("الحالة: ", "RESULT : ") + r.Pick("تم بنجاح", "OK", "ناجح OK"),
            r.Pick("المدة: ", "TIME : ") + "0" + r.Between(0, 3) + "'" + r.Between(10, 59) + "\"",
            r.Pick("الصفحات المرسلة: ", "PAGES : ") + Words.D(r, pages),
        };
        p.Chrome(NoiseKind.Counter, [.. rows.Take(r.Between(2, 4))]);
    }
}
