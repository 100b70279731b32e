using System.Globalization;

namespace BlazorReader.Bench.Cleaning.Sixteenth;

// Lines of the story's own that look like chrome, kept as body as a careful reader keeps
// them: a short list of names, a hotline it gives, a quoted slogan, a data line.
internal static class StoryOwnLines
{
    private static readonly string[] Intros = ["وضمت القائمة كلاً من:", "وجاءت أسماء الفائزين على النحو التالي:", "والمكرمون هم:", "وتضم اللجنة في عضويتها:"];

    private static readonly string[] Hotlines =
    [
        "وللاستفسار يمكن الاتصال على الرقم المجاني {0}", "الرقم الموحد للبلاغات: {0}", "هاتف الطوارئ {0}", "ويمكن التواصل مع مركز الاتصال على {0} على مدار الساعة",
    ];

    private static readonly string[] Slogans = ["«معاً نحو بيئة آمنة»", "«صحتك تهمنا»", "«وطن لا نحميه لا نستحق العيش فيه»", "«سلامتك أولاً»", "«القراءة حياة»"];

    private static readonly string[] DataLines =
    [
        "عدد المستفيدين: {0} مستفيد", "نسبة الإنجاز: {1}٪", "قيمة العقد: {1} مليون ريال", "مدة التنفيذ: {1} شهراً", "عدد المشاركين {0} متسابقاً",
        "المكان: مركز الملك عبدالعزيز الثقافي", "الموعد: السبت المقبل بعد صلاة العصر",
    ];

    public static void Write(Page page)
    {
        var r = page.R;
        switch (r.Next(4))
        {
            case 0:
                page.Own(r.Pick(Intros));
                var names = new HashSet<string>(StringComparer.Ordinal);
                var count = r.Between(2, 5);
                var style = r.Next(5);
                var indic = r.Chance(0.35);
                for (var i = 0; i < count; i++)
                {
                    // One list, one style of mark.
                    var number = indic ? DressingRandom.ToArabicIndic((i + 1).ToString(CultureInfo.InvariantCulture)) : (i + 1).ToString(CultureInfo.InvariantCulture);
                    var mark = style switch { 0 => "", 1 => "- ", 2 => "• ", 3 => number + ". ", _ => number + "- " };
                    var name = DressingPools.PersonName(r);
                    if (names.Add(name))
                    {
                        page.Own(mark + name);
                    }
                }
                break;
            case 1:
                page.Own(Fill(r.Pick(Hotlines), r.Pick(r.Number(937), r.Number(911), r.Number(998), "800" + r.Letters(7, "0123456789"), "9200" + r.Letters(5, "0123456789"))));
                break;
            case 2:
                page.Own(r.Pick("وجاءت الحملة تحت شعار", "ورفع المشاركون شعار", "تحت شعار"));
                page.Own(r.Pick(Slogans));
                break;
            default:
                page.Own(Fill(r.Pick(DataLines), r.Number(r.Between(120, 90000)), r.Number(r.Between(12, 98))));
                break;
        }
    }

    private static string Fill(string shape, params string[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            shape = shape.Replace("{" + i.ToString(CultureInfo.InvariantCulture) + "}", values[i], StringComparison.Ordinal);
        }
        return shape;
    }
}
