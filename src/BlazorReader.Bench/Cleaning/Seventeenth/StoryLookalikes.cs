namespace BlazorReader.Bench.Cleaning.Seventeenth;

// The story's own lines that look like furniture, which a reader keeps: a hotline it gives, a
// short interview's questions and answers, its numbered points, verses on short lines, a post
// quoted as prose, a statement's closing formula, the wire it quotes, a «follow us» it reports,
// a donation number it announces, a disclaimer it cites. All are body, written in order.
internal static class StoryLookalikes
{
    private delegate List<string> Block(PageDraft page, DressingRandom r);

    private static readonly (Block Make, bool AtEnd)[] Blocks =
    [
        (Hotlines, false), (Interview, false), (Points, false), (Verses, false), (QuotedPost, false),
        (Statement, true), (WireSource, false), (FollowUs, false), (Donations, true), (Disclaimer, false),
    ];

    public static void Insert(PageDraft page, DressingRandom r)
    {
        var count = r.Chance(0.75) ? 1 : 2;
        foreach (var (make, atEnd) in Marks.Some(Blocks, count, count, r))
        {
            var lines = make(page, r);
            var tight = r.Chance(0.5);
            var segments = lines.Select((l, i) => i > 0 && tight ? Segment.Story(l).Close() : Segment.Story(l));
            (atEnd || r.Chance(0.3) ? page.Under : page.Inside(r)).InsertRange(0, segments);
        }
    }

    private static List<string> Hotlines(PageDraft page, DressingRandom r)
    {
        var org = r.Pick(LookalikeGrammar.Orgs);
        if (r.Chance(0.5))
        {
            return [$"{r.Pick("ودعت", "وحثت", "وأهابت", "وطالبت")} {org} {r.Pick(LookalikeGrammar.Audiences)} إلى {r.Pick("الاتصال على", "التواصل عبر", "الإبلاغ عن أي ملاحظات على")} "
                + $"{r.Pick("الرقم المجاني", "الرقم الموحد", "مركز الاتصال", "خدمة العملاء على الرقم")} {LookalikeGrammar.Hotline(r)}{r.Pick(" على مدار الساعة", " طوال أيام الأسبوع", "")}."];
        }
        var lines = new List<string> { $"{r.Pick("وخصصت", "وأعلنت", "وحددت")} {org} {r.Pick("أرقاماً للتواصل", "قنوات لاستقبال البلاغات والاستفسارات", "الأرقام التالية للاستفسار")}:" };
        lines.Add(r.Pick("الهاتف المجاني: ", "الرقم الموحد: ", "هاتف الطوارئ: ") + LookalikeGrammar.Hotline(r));
        if (r.Chance(0.7))
        {
            lines.Add(r.Pick("واتساب: ", "الجوال: ", "رسائل الواتساب: ") + LookalikeGrammar.Mobile(r));
        }
        return lines;
    }

    private static List<string> Interview(PageDraft page, DressingRandom r)
    {
        var (q, a) = r.Pick(("س: ", "ج: "), ("س/ ", "ج/ "), ("السؤال: ", "الجواب: "), ("- ", "- "));
        var (topic, feminine) = r.Pick(LookalikeGrammar.Topics);
        var (it, covers) = feminine ? ("أنها", "لتشمل") : ("أنه", "ليشمل");
        var lines = new List<string> { $"{r.Pick("وفي حوار قصير", "وفي لقاء سريع", "وفي حديث خاص")} مع {r.Pick(LookalikeGrammar.Roles)} {LookalikeGrammar.Person(r)}، {r.Pick("سألناه عن تفاصيل", "طرحنا عليه أسئلة حول")} {topic}:" };
        var pairs = new (string Question, string Answer)[]
        {
            ($"ما أبرز ما يميز {topic}؟", $"أبرز ما يميز {topic} {it} {r.Pick("تهدف إلى", "تسعى إلى")} {r.Pick(LookalikeGrammar.Actions)} {r.Pick(LookalikeGrammar.Objects)}.".Replace("تهدف", feminine ? "تهدف" : "يهدف", StringComparison.Ordinal).Replace("تسعى", feminine ? "تسعى" : "يسعى", StringComparison.Ordinal)),
            ($"متى يبدأ تطبيق {topic}؟", $"يبدأ التطبيق فعلياً خلال {r.Pick(LookalikeGrammar.Periods)}، {r.Pick("وسنعلن الجدول الكامل في حينه", "على أن يكون على مراحل")}."),
            ($"هل هناك خطط لتوسيع {topic} {covers} مناطق أخرى؟", $"نعم، ندرس حالياً توسيع {topic} {covers} {r.Pick(DressingPools.Cities)} و{r.Pick(DressingPools.Cities)} خلال {r.Pick(LookalikeGrammar.Periods)}."),
            ($"كم يبلغ عدد المستفيدين من {topic}؟", $"تجاوز عدد المستفيدين حتى الآن {r.Number(r.Between(2, 90) * 100)} مستفيد، ونتوقع أن يرتفع العدد خلال {r.Pick(LookalikeGrammar.Periods)}."),
        };
        foreach (var (question, answer) in Marks.Some(pairs, 2, 3, r))
        {
            lines.Add(q + question);
            lines.Add(a + answer);
        }
        return lines;
    }

    private static List<string> Points(PageDraft page, DressingRandom r)
    {
        var items = Marks.Some(LookalikeGrammar.Objects, 3, 5, r);
        var lines = new List<string> { $"{r.Pick("وتضمنت", "واشتملت")} {r.Pick("التوصيات", "الخطة", "اللائحة الجديدة", "مخرجات الاجتماع")} {r.Pick("عدة بنود، أبرزها:", "ما يلي:", "النقاط التالية:")}" };
        var ordinal = LookalikeGrammar.Ordinals(r);
        var end = r.Pick(".", "", "؛");
        lines.AddRange(items.Select((o, i) => ordinal(i + 1) + r.Pick(LookalikeGrammar.Actions) + " " + o + (i == items.Count - 1 ? "." : end)));
        return lines;
    }

    private static List<string> Verses(PageDraft page, DressingRandom r)
    {
        var lines = new List<string> { r.Pick($"وألقى الشاعر {LookalikeGrammar.Person(r)} قصيدة بالمناسبة، قال في مطلعها:", "وختم كلمته بأبيات قال فيها:", "وتغنى المشاركون بأبيات جاء فيها:") };
        var sep = r.Pick(" *** ", "     ", " … ", "\t\t", null);
        foreach (var (first, second) in Marks.Some(LookalikeGrammar.FirstHalves, 2, 3, r).Zip(Marks.Some(LookalikeGrammar.SecondHalves, 3, 3, r)))
        {
            lines.AddRange(sep is null ? [first, second] : [first + sep + second]);
        }
        return lines;
    }

    private static List<string> QuotedPost(PageDraft page, DressingRandom r) =>
    [
        $"{r.Pick("وكتب", "وغرّد")} {r.Pick(LookalikeGrammar.Roles)} {LookalikeGrammar.Person(r)} عبر حسابه في {r.Pick("تويتر", "«تويتر»", "موقع التواصل الاجتماعي تويتر")}: "
            + $"\"{r.Pick("نبارك لأبنائنا هذا الإنجاز، ونسأل الله لهم التوفيق", "شكراً لكل من ساهم في إنجاح الحملة", "نطمئن الجميع بأن الوضع تحت السيطرة", "رحم الله الفقيد وأسكنه فسيح جناته")}\"."
    ];

    private static List<string> Statement(PageDraft page, DressingRandom r) =>
    [
        $"{r.Pick("وختمت", "واختتمت")} {r.Pick(LookalikeGrammar.Orgs)} بيانها بالقول: \"{r.Pick("نؤكد حرصنا على خدمة الجميع", "نشكر كل من تعاون معنا")}، {r.Pick("وسنواصل العمل حتى تتحقق الأهداف", "ونعد بمواصلة الجهود")}\".",
        r.Pick(LookalikeGrammar.Closings),
    ];

    private static List<string> WireSource(PageDraft page, DressingRandom r) =>
    [
        r.Pick($"وبحسب ما نقلته وكالة الأنباء السعودية (واس)، فإن {r.Pick(LookalikeGrammar.Clauses)}.", $"ونقلت وكالة {r.Pick("رويترز", "الأنباء الفرنسية", "الأناضول")} عن مصدر مسؤول قوله إن {r.Pick(LookalikeGrammar.Clauses)}.",
            $"وذكرت صحيفة «{r.Pick(DressingPools.Papers)}» في عددها الصادر اليوم أن {r.Pick(LookalikeGrammar.Clauses)}."),
    ];

    private static List<string> FollowUs(PageDraft page, DressingRandom r) => r.Chance(0.5)
        ? [$"ودعت {r.Pick(LookalikeGrammar.Orgs)} متابعيها إلى {r.Pick("متابعة حساباتها الرسمية على مواقع التواصل الاجتماعي", "الاعتماد على حساباتها الرسمية")} للاطلاع على المستجدات، محذرة من الانسياق وراء الشائعات."]
        : [$"\"تابعونا، وشاركونا آراءكم\"، بهذه العبارة ختم {LookalikeGrammar.Person(r)} رسالته المصورة التي تجاوزت مشاهداتها {r.Number(r.Between(20, 900))} ألف مشاهدة خلال يومين."];

    private static List<string> Donations(PageDraft page, DressingRandom r) =>
    [
        $"ويمكن للراغبين في دعم {r.Pick("الحملة", "المشروع", "الأسر المتضررة")} التبرع عبر إرسال رسالة نصية إلى الرقم {Stamps.Digits(r.Pick("5050", "5055", "5080"), r)}، أو الإيداع في الحساب المخصص لدى {r.Pick("مصرف الراجحي", "البنك الأهلي", "بنك البلاد")}.",
    ];

    private static List<string> Disclaimer(PageDraft page, DressingRandom r) =>
    [
        $"وأكد {r.Pick("التقرير", "المحلل", "البيان")} أن ما ورد من توقعات \"{r.Pick("لا يعد نصيحة استثمارية", "لا يغني عن استشارة المختصين")}\"، {r.Pick("داعياً المستثمرين إلى دراسة أوضاعهم قبل اتخاذ أي قرار", "مشدداً على أهمية الرجوع إلى المصادر الرسمية")}.",
    ];
}
