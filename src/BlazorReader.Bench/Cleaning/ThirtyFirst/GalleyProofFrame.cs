namespace BlazorReader.Bench.Cleaning.ThirtyFirst;

// A galley proof sent back to the desk as text: a proof slip above (proof number, page,
// section), line numbers in the margin every five lines, proofreaders' bracketed notes
// between paragraphs, the proofreader's sign-off below.
internal sealed class GalleyProofFrame(DressingRandom r) : IFrame
{
    private readonly bool indic = r.Chance(0.4);

    public bool FixedWidth => true;

    public void Head(Page p, Story s)
    {
        p.Chrome(NoiseKind.Footer, r.Pick("بروفة ", "بروفه ", "تجربة طباعة ") + Words.D(r, r.Between(1, 3)) + r.Separator("—", "|", "-") + r.Pick("صفحة ", "ص ") + Words.D(r, r.Between(2, 32)) + r.Separator("—", "|", "-") + r.Pick("المحليات", "الاقتصاد", "الرياضة", "الأولى", "دوليات"));
        if (r.Chance(0.5))
        {
            p.Chrome(NoiseKind.Footer, r.Pick("عدد ", "العدد ") + Words.D(r, r.Between(15000, 17500)) + r.Pick(" · ", " — ") + Words.Date(r, s.When.AddDays(1)) + r.Pick("", " · الطبعة الأولى"));
        }
    }

    // The margin number every fifth line, blank margin otherwise.
    public string Prefix(Page p, int line)
    {
        var n = line + 1;
        if (n % 5 != 0)
        {
            return r.Pick("", "   ", "\t");
        }
        var text = n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return (indic ? DressingRandom.ToArabicIndic(text) : text) + r.Pick("  ", "\t", " ");
    }

    public void Between(Page p, Story s, int paragraph)
    {
        if (r.Chance(0.15))
        {
            var word = Words.TitleWords(s).FirstOrDefault() ?? "الخبر";
            p.Raw(r.Pick("[تصحيح: ", "[ملاحظة المصحح: ", "[ت: ") + r.Pick("«" + word + "» بدلاً من «" + word.Replace('ة', 'ه') + "»", "تُحذف الفاصلة", "يُنقل السطر إلى العمود الثاني", "همزة القطع", "مسافة زائدة") + "]");
        }
    }

    public void Tail(Page p, Story s)
    {
        p.Chrome(NoiseKind.Signature, r.Pick("المصحح: ", "التدقيق اللغوي: ", "راجعه: ") + Words.Person(r) + r.Pick("", " · " + Words.Time(r, s.When.AddHours(3))));
        if (r.Chance(0.6))
        {
            p.Chrome(NoiseKind.Footer, r.Pick("يُعاد إلى قسم الإخراج", "تُعاد البروفة إلى الديسك", "للطبع بعد التصحيح") + r.Pick("", " قبل الساعة " + Words.D(r, r.Between(7, 11)) + " مساءً"));
        }
    }
}
