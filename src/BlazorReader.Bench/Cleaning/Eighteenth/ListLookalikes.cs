namespace BlazorReader.Bench.Cleaning.Eighteenth;

// The story's own short lines in a row, which look like a widget or a menu: an interview's
// questions and answers, its numbered points, a poem's verses, the scores or prices it
// reports. Each comes after a sentence of the story that announces it.
internal static class ListLookalikes
{
    private static readonly string[] Ordinals = ["أولًا", "ثانيًا", "ثالثًا", "رابعًا", "خامسًا"];

    private static readonly string[] HalfVerses =
    [
        "يا موطنَ العزِّ يا أرضَ الأُلى سلفوا", "لكِ القلوبُ وإن طال المدى تهفو", "سقى الإلهُ ربوعًا طابَ منبتُها", "وأهلُها في الملمّات الكرامُ همُ",
        "هنا الرياضُ وهذا المجدُ يشهدُه", "عيدٌ أتى والبِشرُ في أعطافه", "نمضي على دربِ من شادوا ومن بذلوا", "والفجرُ يبسمُ في عيونِ صغارِنا",
        "ما ضرّنا البعدُ والأرواحُ حاضرةٌ", "وللوفاءِ رجالٌ لا يخيبُ بهم",
    ];

    private static readonly string[] Goods = ["الطماطم", "البطاطس", "الخيار", "الليمون", "الموز", "التمور", "البصل", "الدجاج الطازج"];

    public static IEnumerable<string> Interview(DressingRandom r)
    {
        yield return $"وفي حديث خاص لـ«{r.Pick(DressingPools.Papers)}»، أجاب {StoryWords.Speaker(r)} عن أسئلة تتعلق بالخطة الجديدة.";
        var (q, a) = r.Pick(("س:", "ج:"), ("س/", "ج/"), ("سؤال:", "جواب:"), ("-", "-"));
        foreach (var _ in Enumerable.Range(0, r.Between(2, 3)))
        {
            yield return q + " " + r.Next(3) switch
            {
                0 => $"ما أبرز ما تتضمنه الخطة {r.Pick(StoryWords.Places)}؟",
                1 => $"متى يبدأ العمل على {r.Pick(StoryWords.Actions)} {r.Pick(StoryWords.Objects)}؟",
                _ => $"هل هناك نية لـ{r.Pick(StoryWords.Actions)} {r.Pick(StoryWords.Objects)}؟",
            };
            yield return a + " " + r.Pick("نعمل حاليًا على ", "الخطة تتضمن ", "بدأنا فعلًا في ", "الأولوية الآن هي ") + StoryWords.Goal(r) + ".";
        }
    }

    public static IEnumerable<string> Points(DressingRandom r)
    {
        yield return $"وتضمنت {r.Pick("التوصيات", "القرارات", "الضوابط الجديدة", "مخرجات الاجتماع")} التي أعلنتها {r.Pick(StoryWords.Bodies)} ما يلي:";
        var style = r.Next(4);
        var n = r.Between(3, 5);
        for (var i = 0; i < n; i++)
        {
            var mark = style switch
            {
                0 => Ordinals[i] + ":",
                1 => Ink.Digits(r, (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)) + "-",
                2 => "(" + "أبجده"[i] + ")",
                _ => Ink.Digits(r, (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)) + ")",
            };
            yield return $"{mark} {StoryWords.Goal(r)}.";
        }
    }

    public static IEnumerable<string> Verses(DressingRandom r)
    {
        yield return $"وألقى الشاعر {DressingPools.PersonName(r)} قصيدة بالمناسبة، جاء فيها:";
        var gap = r.Pick(" ... ", "   ", " *** ", " — ");
        var halves = HalfVerses.OrderBy(_ => r.Next(1000)).Take(2 * r.Between(1, 2) + 2).ToList();
        for (var i = 0; i + 1 < halves.Count; i += 2)
        {
            yield return halves[i] + gap + halves[i + 1];
        }
    }

    public static IEnumerable<string> Scores(DressingRandom r)
    {
        yield return $"وجاءت نتائج مباريات الجولة {r.Pick("الأولى", "الثانية", "الثالثة", "الأخيرة")} على النحو التالي:";
        var teams = StoryWords.Teams.OrderBy(_ => r.Next(1000)).Take(2 * r.Between(2, 3)).ToList();
        for (var i = 0; i + 1 < teams.Count; i += 2)
        {
            yield return $"{teams[i]} {Ink.Num(r, r.Next(5))}{r.Pick(" - ", " – ", "-", " : ")}{Ink.Num(r, r.Next(4))} {teams[i + 1]}";
        }
    }

    public static IEnumerable<string> Prices(DressingRandom r)
    {
        yield return $"ورصدت جولة ميدانية في سوق {r.Pick(StoryWords.LocalCities)} المركزي أسعار عدد من السلع، وجاءت كالتالي:";
        foreach (var g in Goods.OrderBy(_ => r.Next(1000)).Take(r.Between(3, 4)))
        {
            yield return $"{g}: {Ink.Num(r, r.Between(2, 40))} {r.Pick("ريالًا للكيلو", "ريالات للصندوق", "ريالًا")}";
        }
    }
}
