namespace BlazorReader.Bench.Cleaning.TwentyFourth;

// A story on a chamber of commerce's, professional syndicate's or trade union's portal: the
// body's name and media-centre header, the circular's number and date, attachment rows,
// members' service boxes and the contact signature. A circular quoted in the story stays body.
internal sealed class ChamberCircularPage : IPageFamily
{
    public void Head(PageDraft p)
    {
        var r = p.R;
        var city = r.Pick(DressingPools.Cities);
        var body = r.Pick($"الغرفة التجارية الصناعية ب{city}", "هيئة المهندسين", "الهيئة السعودية للتخصصات الصحية", "نقابة الصحفيين", "اتحاد الغرف", "جمعية المحاسبين");
        p.Noise(NoiseKind.Footer, r.Chance(0.5) ? $"{body}{r.Separator("|", "-")}{r.Pick("المركز الإعلامي", "الأخبار", "التعاميم")}" : body);
        var number = $"{r.Number(r.Between(10, 9999))}/{r.Pick("ع", "ت", "م", "1436")}";
        p.Noise(NoiseKind.Dateline, r.Next(3) switch
        {
            0 => $"تعميم رقم {number} بتاريخ {Wording.Date(r, p.When)}",
            1 => $"رقم التعميم: {number} | التاريخ: {Wording.Date(r, p.When)}",
            _ => $"{Wording.Date(r, p.When)} — الإشارة: {number}",
        });
        if (r.Chance(0.5))
        {
            CommonChrome.Headline(p);
        }
        if (r.Chance(0.3))
        {
            p.Noise(NoiseKind.Footer, r.Pick("إلى: كافة المنتسبين", "إلى السادة أعضاء الغرفة المحترمين", "الموجّه إليهم: جميع الأعضاء"));
        }
    }

    public List<Action<PageDraft>> Inside(PageDraft p)
    {
        var r = p.R;
        return r.Chance(0.5) ? [q => q.Own(OwnCircular(q.R))] : [];
    }

    public void Tail(PageDraft p)
    {
        var r = p.R;
        if (r.Chance(0.6))
        {
            p.Noise(NoiseKind.MoreLink, r.Next(3) switch
            {
                0 => [$"المرفقات: تعميم-{r.Number(r.Between(10, 999))}.pdf ({r.Number(r.Between(80, 900))} ك.ب)"],
                1 => ["تحميل التعميم", $"PDF · {Wording.Decimal1(r, r.Between(1, 3), r.Between(1, 9))} MB"],
                _ => ["لعرض النص الكامل للتعميم اضغط هنا"],
            });
        }
        p.Noise(NoiseKind.Footer, r.Next(4) switch
        {
            0 => ["خدمات المنتسبين", "شهادة منشأ · تصديق المستندات · تجديد العضوية"],
            1 => [$"جدّد عضويتك إلكترونياً قبل {Wording.Date(r, p.When.AddDays(30))}"],
            2 => ["بوابة الأعضاء | دليل المنتسبين | الأسئلة الشائعة"],
            _ => [$"عدد المنتسبين: {r.Number(r.Between(2000, 90000))} عضواً"],
        });
        if (r.Chance(0.5))
        {
            p.Noise(NoiseKind.Signature, r.Pick("إدارة الاتصال المؤسسي", "الأمانة العامة — قسم الإعلام", $"للتواصل: {Wording.Person(r)}، مدير العلاقات العامة"));
        }
        if (r.Chance(0.35))
        {
            CommonChrome.TeaserBlock(p);
        }
    }

    private static string OwnCircular(DressingRandom r) => r.Next(3) switch
    {
        0 => $"وجاء في التعميم أن على المنشآت تحديث سجلاتها خلال {r.Number(r.Between(15, 90))} يوماً من تاريخه.",
        1 => $"ثانياً: يُمنح الأعضاء خصماً بنسبة {r.Number(r.Between(10, 50))}٪ على رسوم التجديد.",
        _ => "وتدعو الغرفة منتسبيها إلى المبادرة بالتسجيل عبر بوابتها الإلكترونية.",
    };
}
