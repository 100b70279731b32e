namespace BlazorReader.Bench.Cleaning.TwentyFourth;

// The chrome every page carries whatever its copy path, in wording of this catalogue's own:
// datelines with agency, city and date in new orders, bylines with several authors and roles,
// counters, share rows, read-also lines, more-links, credits, tags and footers.
internal static class CommonChrome
{
    public static string Dateline(PageDraft p)
    {
        var r = p.R;
        var city = r.Pick(DressingPools.Cities);
        var agency = r.Pick(DressingPools.Agencies);
        var date = Wording.Date(r, p.When);
        return r.Next(6) switch
        {
            0 => $"{city}{r.Separator("ـ", "-", "–")}{agency}",
            1 => $"({agency}){r.Separator("—", "-")}{city}، {date}",
            2 => $"{city} في {date} /{agency}/",
            3 => $"{agency} | {city} | {date}",
            4 => $"{city}، {date}{r.Separator(":", "-")}",
            _ => $"[{city}] {date} ({agency})",
        };
    }

    public static string Byline(PageDraft p)
    {
        var r = p.R;
        var a = Wording.Person(r);
        var b = Wording.Person(r);
        return r.Next(6) switch
        {
            0 => $"كتب{r.Separator(":", "-")}{a} و{b}",
            1 => $"إعداد: {a} | تحرير: {b}",
            2 => $"{a} — مراسل {r.Pick(DressingPools.Papers)} في {r.Pick(DressingPools.Cities)}",
            3 => $"تغطية: {a}، {b}، {Wording.Person(r)}",
            4 => $"بقلم{r.Separator(":", "")}{a}، {r.Pick("محرر الشؤون الاقتصادية", "كبير المراسلين", "محررة الشؤون المحلية", "مدير التحرير")}",
            _ => $"By {Wording.Latin(r)} & {Wording.Latin(r)}",
        };
    }

    public static void Counter(PageDraft p)
    {
        var r = p.R;
        p.Noise(NoiseKind.Counter, r.Next(5) switch
        {
            0 => $"قرأه {r.Number(r.Between(40, 90000))} شخصاً",
            1 => $"{r.Number(r.Between(1, 400))} تعليقاً · {r.Number(r.Between(1, 900))} مشاركة",
            2 => $"عدد المطالعات{r.Separator(":")}{r.Number(r.Between(100, 50000))}",
            3 => $"👁 {r.Number(r.Between(10, 9000))}   💬 {r.Number(r.Between(0, 99))}",
            _ => $"تم تداوله {r.Number(r.Between(2, 800))} مرة اليوم",
        });
    }

    public static void Share(PageDraft p)
    {
        var r = p.R;
        p.Noise(NoiseKind.Share, r.Next(4) switch
        {
            0 => "أرسل لصديق | انسخ الرابط | واتساب",
            1 => $"شارك عبر{r.Separator(":")}X · فيسبوك · تيليجرام · البريد",
            2 => "🔗 نسخ الرابط    ✉ إرسال    🖨 طباعة",
            _ => "انشر الخبر على حسابك",
        });
    }

    public static void ReadAlso(PageDraft p)
    {
        var r = p.R;
        var mark = r.Pick("اقرأ أيضاً", "اقرأ أيضا", "ذو صلة", "طالع كذلك", "يهمك أيضاً", "قد يعجبك");
        p.Teasers(NoiseKind.ReadAlso, null, 1, (t, _) => r.Next(4) switch
        {
            0 => $"{mark}{r.Separator(":", "»", "|")}{t}",
            1 => $"« {mark} » {t}",
            2 => $"{t} ({mark})",
            _ => $"▸ {mark}: {t}",
        });
    }

    public static void TeaserBlock(PageDraft p)
    {
        var r = p.R;
        var heading = r.Pick("أخبار ذات صلة", "الأكثر تداولاً هذا الأسبوع", "في الملف نفسه", "قصص أخرى من القسم", "لم يفتك");
        var time = r.Chance(0.4);
        p.Teasers(NoiseKind.Teaser, r.Chance(0.85) ? heading : null, r.Between(2, 5), (t, i) => r.Next(4) switch
        {
            0 => $"{r.Number(i + 1)}. {t}",
            1 => time ? $"{t} — منذ {r.Number(r.Between(2, 23))} ساعة" : t,
            2 => $"• {t}",
            _ => t,
        });
    }

    public static string MoreLink(PageDraft p)
    {
        var r = p.R;
        var url = Wording.Url(r);
        return r.Next(5) switch
        {
            0 => $"رابط الخبر{r.Separator(":")}{url}",
            1 => $"للتفاصيل: {url}",
            2 => "تابع بقية التفاصيل على الموقع ←",
            3 => $"الخبر كاملاً هنا {url}",
            _ => "المزيد »",
        };
    }

    public static void Credit(PageDraft p)
    {
        var r = p.R;
        var agency = r.Pick(DressingPools.Agencies);
        var paper = "صحيفة " + r.Pick(DressingPools.Papers);
        var (line, credit) = r.Next(5) switch
        {
            0 => ($"المصدر{r.Separator(":")}{agency}", agency),
            1 => ($"نقلاً عن {paper}", paper),
            2 => ($"(خدمة {agency})", agency),
            3 => ($"بالتعاون مع {paper}", paper),
            _ => ($"حقوق النشر محفوظة لـ{agency}", agency),
        };
        p.Credit(line, credit);
    }

    public static void Tags(PageDraft p)
    {
        var r = p.R;
        var words = Wording.Keywords(r, p, r.Between(2, 5));
        p.Noise(NoiseKind.Tags, r.Next(4) switch
        {
            0 => "الوسوم: " + string.Join("، ", words),
            1 => string.Join(" ", words.Select(w => "#" + w.Trim('،', '.', ':', '"', '«', '»'))),
            2 => "مواضيع ذات علاقة / " + string.Join(" / ", words),
            _ => "كلمات مفتاحية" + r.Separator(":") + string.Join(" - ", words),
        });
    }

    public static void Footer(PageDraft p)
    {
        var r = p.R;
        var paper = r.Pick(DressingPools.Papers);
        var year = r.Number(r.Between(2015, 2016));
        p.Noise(NoiseKind.Footer, r.Next(5) switch
        {
            0 => $"© {year} {paper}. لا يجوز النسخ أو إعادة النشر دون إذن خطي",
            1 => $"جميع الحقوق محفوظة{r.Separator("–", "|")}{paper} {year}",
            2 => "من نحن · اتصل بنا · سياسة الخصوصية · شروط الاستخدام",
            3 => $"تصدر عن مؤسسة {paper} للصحافة والنشر — {year}",
            _ => $"{paper} {year} ©",
        });
    }

    public static void Signature(PageDraft p)
    {
        var r = p.R;
        p.Noise(NoiseKind.Signature, r.Next(4) switch
        {
            0 => $"{Wording.Person(r)} - {r.Pick(DressingPools.Cities)}",
            1 => $"{r.Letters(r.Between(4, 8), "abcdefghijklmnopqrstuvwxyz")}@{r.Pick(Wording.Hosts)}",
            2 => $"({r.Pick(DressingPools.Papers)}) ـ خاص",
            _ => $"المحرر: {Wording.Person(r)}",
        });
    }

    // The story's paragraph written a second time, as copy paths that double a block do.
    public static void Repeat(PageDraft p, int paragraph) => p.Noise(NoiseKind.Repeat, p.Paragraphs[paragraph]);

    // Only a real title is repeated: a headline made of the lead's first words could be the lead.
    public static void Headline(PageDraft p)
    {
        var r = p.R;
        if (p.Title is null)
        {
            return;
        }
        p.Noise(NoiseKind.Headline, r.Next(4) switch
        {
            0 => p.Headline,
            1 => $"{p.Headline} {r.Separator("|")}{r.Pick(DressingPools.Papers)}",
            2 => $"عاجل{r.Separator(":", "|")}{p.Headline}",
            _ => $"«{p.Headline}»",
        });
    }
}
