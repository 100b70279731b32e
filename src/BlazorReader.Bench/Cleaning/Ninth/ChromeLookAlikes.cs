using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.Ninth;

// Body paragraphs a careless rule would take for chrome, written into the story: an
// interview's «س:»/«ج:» lines, a verse or a quotation on its own line, a paragraph opening
// with «المصدر», the story's own short list of figures, a price or a time or the weather in a
// sentence, a closing paragraph quoting a hashtag or an address. A reader keeps them all.
public static class ChromeLookAlikes
{
    private static readonly string[] Verses =
    [
        "﴿إِنَّ مَعَ الْعُسْرِ يُسْرًا﴾", "﴿وَتَعَاوَنُوا عَلَى الْبِرِّ وَالتَّقْوَى﴾", "﴿وَمَنْ أَحْيَاهَا فَكَأَنَّمَا أَحْيَا النَّاسَ جَمِيعًا﴾",
        "﴿إِنَّا لِلَّهِ وَإِنَّا إِلَيْهِ رَاجِعُونَ﴾", "﴿وَقُل رَّبِّ زِدْنِي عِلْمًا﴾", "﴿وَاعْتَصِمُوا بِحَبْلِ اللَّهِ جَمِيعًا وَلَا تَفَرَّقُوا﴾",
    ];

    private static readonly string[] Topics = ["خطة الطوارئ", "مشروع القانون الجديد", "موسم الحج", "عودة النازحين", "أسعار المحروقات", "الامتحانات العامة", "إعادة الإعمار"];

    // The story's own figures, one a line under a single marker, as an editor lists them.
    private static List<string> List(NinthStory s, DressingRandom r)
    {
        var mark = r.Next(3);
        return [.. Enumerable.Range(0, r.Between(3, 5)).Select(i => (mark switch { 0 => "- ", 1 => "• ", _ => r.Number(i + 1) + ". " })
            + $"{r.Number(r.Between(12, 900))} {r.Pick("مدرسة", "مركزاً صحياً", "أسرة", "منزلاً", "كيلومتراً من الطرق")} في {r.Pick(s.Region.Cities)}")];
    }

    public static void Draw(NinthPage page, NinthStory s, DressingRandom r)
    {
        var city = s.City(r);
        var topic = r.Pick(Topics);
        List<string> lines = r.Next(10) switch
        {
            0 => [$"{r.Pick("س:", "س/", "س -", "سؤال:", "- س:")} {r.Pick("كيف تقيّمون", "ما الذي دفعكم إلى إطلاق", "هل تتوقعون نجاح", "ما موقفكم من")} {topic}؟",
                $"{r.Pick("ج:", "ج/", "ج -", "جواب:", "- ج:")} {r.Pick(s.Pools.Sentences)}"],
            1 => [r.Pick("قال تعالى: ", "", "يقول الله تعالى: ") + r.Pick(Verses) + r.Pick("", " صدق الله العظيم", ".")],
            2 => [r.Pick("«", "\"", "“") + r.Pick(s.Pools.Sentences).TrimEnd('.') + r.Pick("»", "\"", "”") + r.Pick("", ".")],
            3 => [r.Pick("المصدر أكد أن ", "المصدر أوضح أن ", "المصدر: لا صحة لما تردد عن تأجيل ") + $"ملف {topic} {r.Pick("لن يتأثر بالتطورات الأخيرة", "سيُطرح في " + city + " خلال الأسابيع المقبلة", "ما زال قيد الدراسة")}."],
            4 => List(s, r),
            5 => [$"وسجل سعر غرام الذهب عيار {r.Number(21)} في أسواق {city} نحو {r.Number(r.Between(20, 160))} {s.Region.Currency} في تعاملات اليوم، مقارنة بـ{r.Number(r.Between(20, 160))} {s.Region.Currency} أمس."],
            6 => [$"{r.Pick("ويبدأ", "ويُفتح", "ويستأنف")} {r.Pick("الدوام الرسمي", "باب التسجيل", "استقبال المراجعين")} عند الساعة {r.Number(r.Between(7, 10))}:{r.Pick("00", "30", "15")} صباحاً، ويستمر حتى الساعة {r.Number(r.Between(1, 4))}:{r.Pick("00", "30")} بعد الظهر."],
            7 => [$"وتوقعت {r.Pick("دائرة الأرصاد الجوية", "الأرصاد الجوية", "هيئة الأرصاد")} أن تتراوح درجات الحرارة في {city} بين {r.Number(r.Between(18, 28))} و{r.Number(r.Between(30, 46))} درجة مئوية، مع رياح {r.Pick("شمالية غربية", "جنوبية شرقية", "متقلبة الاتجاه")} معتدلة السرعة."],
            8 => [$"{r.Pick("وتفاعل ناشطون", "وتداول مغردون", "وأطلق مستخدمون")} الخبر عبر وسم #{topic.Replace(' ', '_')} الذي تصدر قائمة الأكثر تداولاً في {s.Region.Country}."],
            _ => [$"ويمكن للراغبين {r.Pick("التقدم بطلباتهم", "الاطلاع على التفاصيل", "التسجيل")} إلكترونياً عبر الموقع {r.Pick("www.", "")}{NinthStory.Domain(r)} حتى نهاية الشهر الجاري."],
        };
        lines = [.. lines.Select(TextReferee.Normalize)];
        var closing = (lines[0].Contains('#', StringComparison.Ordinal) || lines[0].Contains("الموقع", StringComparison.Ordinal)) && r.Chance(0.8);
        var gap = page.Insert(new ExpectedBlock(BlockKind.Paragraph, lines[0]), [lines[0]], closing);
        foreach (var line in lines.Skip(1))
        {
            page.Insert(new ExpectedBlock(BlockKind.Paragraph, line), [line], at: gap);
        }
    }
}
