namespace BlazorReader.Bench.Cleaning.Twentieth;

// A health site carrying a news item: the medical reviewer's box and the review date on top,
// the disclaimer, the symptom checker and the ask-a-doctor plugs, the references list, a
// rating widget. The reviewer is a Byline, the review date a Dateline, references Credit,
// the disclaimer and plugs Footer, ratings Counter.
internal static class HealthDesk
{
    private static readonly string[] Specialties = ["الباطنة", "طب الأسرة", "أمراض القلب", "طب الأطفال", "الغدد الصماء", "الصحة العامة", "التغذية العلاجية"];
    private static readonly string[] Bodies = ["منظمة الصحة العالمية", "وزارة الصحة", "المركز الوطني للوقاية من الأمراض", "مراكز السيطرة على الأمراض", "الجمعية السعودية للطب"];

    public static void Dress(PageDraft page, DressingRandom r)
    {
        var doctor = DressingPools.PersonName(r);
        var day = Calendar.Around(r, page.Article.PublishedAt);
        var head = new List<Entry>
        {
            Entry.Noise(NoiseKind.Byline, r.Pick(0, 1, 2) switch
            {
                0 => $"{Typography.Stretch(r, "مراجعة طبية")}: د. {doctor}",
                1 => $"راجعه طبياً{r.Separator(":", "|")}الدكتور {doctor}، {r.Pick("استشاري", "أخصائي")} {r.Pick(Specialties)}",
                _ => $"✔ {r.Pick("تمت المراجعة بواسطة", "دُقّق من قبل")} د. {doctor}",
            }),
        };
        if (r.Chance(0.6))
        {
            head.Add(Entry.Card(NoiseKind.Dateline, $"{r.Pick("آخر مراجعة", "آخر تحديث", "تاريخ المراجعة")}: {Calendar.Written(r, day)}"));
        }
        if (r.Chance(0.35))
        {
            head.Add(Entry.Card(NoiseKind.Counter, $"{r.Pick("وقت القراءة", "مدة القراءة")}: {r.Number(r.Between(2, 9))} {r.Pick("دقائق", "د")}"));
        }
        page.Top([.. head]);
        if (r.Chance(0.5))
        {
            page.After(page.Gap(r), Entry.Noise(NoiseKind.Footer, r.Pick(
                "هل تعاني من أعراض مشابهة؟ افحص أعراضك الآن",
                "🩺 مدقق الأعراض: أجب عن ٥ أسئلة واعرف ما يناسبك",
                "اسأل طبيباً الآن — استشارة خلال دقائق",
                "احسب مؤشر كتلة جسمك »")));
        }
        if (r.Chance(0.7))
        {
            page.Tail(Entry.Noise(NoiseKind.Footer, r.Pick(
                "المعلومات الواردة في هذا المقال للتثقيف الصحي فقط ولا تغني عن استشارة الطبيب المختص.",
                $"{Typography.Stretch(r, "تنويه")}: هذا المحتوى لا يُعدّ تشخيصاً أو وصفة علاجية، ويُرجى مراجعة {r.Pick("الطبيب", "أقرب مركز صحي")} عند الحاجة.",
                "إخلاء مسؤولية طبية: لا يقدم الموقع نصائح طبية فردية.")));
        }
        if (r.Chance(0.55))
        {
            var refs = new List<string> { r.Pick("المراجع", "المصادر", "مراجع المقال:") };
            for (var i = 1; i <= r.Between(1, 3); i++)
            {
                refs.Add($"{Typography.Digits(r, i.ToString(System.Globalization.CultureInfo.InvariantCulture))}{r.Pick(". ", "- ", ") ")}{r.Pick(Bodies)}، {r.Pick("صحيفة وقائع", "دليل إرشادي", "نشرة توعوية", "تقرير سنوي")}{r.Pick("، " + Typography.Year(r, r.Between(2012, 2015)), "", " (تاريخ الاطلاع " + Calendar.Written(r, day) + ")")}");
            }
            page.Tail(Entry.Noise(NoiseKind.Credit, [.. refs]));
        }
        if (r.Chance(0.4))
        {
            page.Tail(Entry.Noise(NoiseKind.Counter, $"{r.Pick("قيّم المقال", "تقييم القراء")}: {r.Pick("★★★★☆", "★★★☆☆", "٤٫٥ من ٥", "4.2/5")} ({r.Number(r.Between(12, 900))} {r.Pick("تقييماً", "صوتاً")})"));
        }
        if (r.Chance(0.3))
        {
            page.Tail(Entry.Noise(NoiseKind.Tags, $"{r.Pick("المواضيع", "تصنيفات", "الوسوم")}: {string.Join(r.Pick("، ", " | ", " #"), r.Pick(Specialties), r.Pick("نصائح صحية", "الوقاية", "أمراض مزمنة", "صحة المرأة"))}"));
        }
    }
}
