namespace BlazorReader.Bench.Cleaning.Twentieth;

// Lines a reader calls part of the story though they look like a page's furniture: numbers
// to call, an interview's «س/ج», numbered points, verses on short lines, a post quoted as
// prose, a statement's closing formula, the story's own source sentence, a story about
// social media saying «تابعوا». Written from parts here, never taken from the corpus.
internal static class LookalikeBody
{
    private static readonly string[] Bodies = ["الوزارة", "الهيئة", "الأمانة", "الإدارة العامة", "اللجنة المنظمة", "الجمعية", "الغرفة التجارية", "المديرية"];
    private static readonly string[] Roles = ["المتحدث الرسمي", "مدير عام الفرع", "رئيس اللجنة", "وكيل الوزارة", "مدير المشروع", "الأمين العام"];
    private static readonly string[] Actions = ["فتح باب التسجيل", "تمديد ساعات العمل", "توفير خدمة إلكترونية", "إطلاق حملة توعوية", "زيادة عدد الفرق الميدانية", "تخصيص مسار للحالات العاجلة", "ربط الفروع بمنصة موحدة"];
    private static readonly string[] Scopes = ["لمدة أسبوعين", "في جميع المناطق", "للمستفيدين كافة", "اعتباراً من الأسبوع المقبل", "خلال أيام العيد", "بالتنسيق مع الجهات المعنية"];

    public static Entry[] Hotline(DressingRandom r)
    {
        var number = r.Pick("٩٣٧", "937", "٩٩٨", "911", "1999", "٨٠٠١٢٤٠٠٠٠", "800 124 4444", "920001234", "٩٢٠٠٣٣٣٦٠");
        var sentence = $"{r.Pick("ودعت", "وحثّت", "وناشدت")} {r.Pick(Bodies)} {r.Pick("المواطنين والمقيمين", "الأهالي", "أولياء الأمور", "المستفيدين")} إلى {r.Pick("الاتصال على الرقم", "التواصل عبر الرقم", "الإبلاغ عن أي ملاحظة على الرقم")} {r.Pick("الموحد", "المجاني", "")} {number}".Replace("  ", " ", StringComparison.Ordinal) + r.Pick(" على مدار الساعة.", ".", "، أو عبر تطبيقها على الهواتف الذكية.");
        if (!r.Chance(0.4))
        {
            return [Entry.Body(sentence)];
        }
        return [Entry.Body($"{r.Pick("وخصصت", "وأعلنت")} {r.Pick(Bodies)} الأرقام التالية لتلقي البلاغات والاستفسارات:"),
            Entry.Body($"{r.Pick("الطوارئ", "البلاغات")}: {r.Pick("٩٩٨", "997", "٩١١")}"),
            Entry.Body($"{r.Pick("الاستفسارات", "خدمة العملاء")}: {number}")];
    }

    public static Entry[] Interview(DressingRandom r)
    {
        var lines = new List<Entry> { Entry.Body($"وفي حديث {r.Pick("للصحيفة", "خاص", "مقتضب مع الصحفيين")}، أجاب {r.Pick(Roles)} عن {r.Pick("عدد من الأسئلة", "سؤالين", "أسئلة الحاضرين")}:") };
        // One pair of marks for the whole interview, as an editor sets it.
        var (ask, answer) = r.Pick(("س: ", "ج: "), ("س/ ", "ج/ "), ("س - ", "ج - "), ("سؤال: ", "جواب: "));
        for (var i = r.Between(1, 3); i > 0; i--)
        {
            lines.Add(Entry.Body($"{ask}{r.Pick("ما", "ما هي")} {r.Pick("أبرز", "أهم")} {r.Pick("التحديات", "الخطوات", "الأهداف")} {r.Pick("التي تواجهكم", "في المرحلة المقبلة", "التي تعملون عليها الآن")}؟"));
            lines.Add(Entry.Body($"{answer}{r.Pick("نعمل على", "نسعى إلى", "نركز حالياً على")} {r.Pick(Actions)} {r.Pick(Scopes)}{r.Pick("، وهذا ما نلمسه يومياً.", ".", "، والنتائج مبشرة.")}"));
        }
        return [.. lines];
    }

    public static Entry[] Points(DressingRandom r)
    {
        var lines = new List<Entry> { Entry.Body($"{r.Pick("وتشمل الإجراءات الجديدة ما يلي:", "وأوضح البيان أن القرار يتضمن:", "وحددت اللجنة خطوات عدة، أبرزها:")}") };
        var count = r.Between(2, 5);
        var digits = r.Chance(0.5);
        var style = r.Pick("{0}- ", "{0}) ", "{0}. ", "{0} ـ ", "({0}) ");
        var used = new HashSet<string>();
        for (var i = 1; i <= count; i++)
        {
            var action = r.Pick(Actions);
            if (!used.Add(action))
            {
                continue;
            }
            var n = digits ? DressingRandom.ToArabicIndic(i.ToString(System.Globalization.CultureInfo.InvariantCulture)) : i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            lines.Add(Entry.Body(string.Format(System.Globalization.CultureInfo.InvariantCulture, style, n) + action + " " + r.Pick(Scopes) + r.Pick(".", "؛", "")));
        }
        return [.. lines];
    }

    public static Entry[] Verses(DressingRandom r)
    {
        var lines = new List<Entry> { Entry.Body($"{r.Pick("وألقى الشاعر", "واختتم الحفل بقصيدة للشاعر", "وأنشد")} {DressingPools.PersonName(r)} {r.Pick("أبياتاً قال فيها:", "قصيدة جاء فيها:", "قائلاً:")}") };
        for (var i = r.Between(2, 4); i > 0; i--)
        {
            var first = $"{r.Pick("يا", "فيا")} {r.Pick("موطني", "دار العز", "أرض الجدود", "ربع الكرام")} {r.Pick("لك الفداء", "سلمت يداكِ", "دمتِ شامخةً", "حماكِ الله")}";
            var second = $"{r.Pick("وفي", "ومن")} {r.Pick("ثراكِ", "رباكِ", "سماكِ", "حماكِ")} {r.Pick("المجد", "النور", "الخير", "العز")} {r.Pick("يزدهرُ", "ينبثقُ", "يتجددُ", "مُنهمرُ")}";
            lines.Add(Entry.Body(first + r.Pick(" ... ", "   ", " *** ", " … ") + second));
        }
        return [.. lines];
    }

    public static Entry[] QuotedPost(DressingRandom r, PageDraft page)
    {
        var said = page.Pools.Sentences.Count > 0 ? r.Pick(page.Pools.Sentences) : "نبارك للجميع هذا الإنجاز";
        return [Entry.Body($"{r.Pick("وكتب", "وغرّد", "وقال")} {r.Pick(Roles)} {DressingPools.PersonName(r)} {r.Pick("عبر حسابه في تويتر", "في تغريدة على حسابه الشخصي", "عبر منصة إكس")}: «{said.TrimEnd('.')}».")];
    }

    public static Entry[] Closing(DressingRandom r) =>
    [
        .. r.Chance(0.5) ? [Entry.Body($"وختمت {r.Pick(Bodies)} بيانها بالقول: {r.Pick("نسأل الله أن يديم على بلادنا نعمة الأمن والأمان.", "نشكر الجميع على تعاونهم وتفهمهم.", "سنواصل العمل حتى تحقيق الأهداف المرجوة.")}")] : Array.Empty<Entry>(),
        Entry.Body(r.Pick("والله ولي التوفيق.", "والله الموفق.", "وبالله التوفيق،،،", "والسلام عليكم ورحمة الله وبركاته.", "والله من وراء القصد.")),
    ];

    public static Entry[] Source(DressingRandom r) =>
    [
        Entry.Body($"{r.Pick("وذلك بحسب ما نقلته", "جاء ذلك وفق ما أوردته", "جاء ذلك بحسب ما ذكرته")} وكالة الأنباء {r.Pick("السعودية", "الكويتية", "الأردنية", "الرسمية", "البحرينية")} {r.Pick("عن مصدر مسؤول.", "في ساعة متأخرة من مساء أمس.", "نقلاً عن بيان رسمي.")}"),
    ];

    public static Entry[] SocialStory(DressingRandom r) => r.Chance(0.5)
        ? [Entry.Body($"{r.Pick("ودعت", "وطالبت")} {r.Pick(Bodies)} متابعيها عبر حسابها الرسمي قائلة: «تابعوا حساباتنا للاطلاع على آخر المستجدات»، {r.Pick("مؤكدة أن التحديثات ستُنشر تباعاً.", "مشيرة إلى أن البث سيكون مباشراً.")}")]
        : [Entry.Body($"وتصدّر وسم #{r.Pick("الرياض_الآن", "عيد_الفطر", "موسم_الصيف", "السعودية")} قائمة الأكثر تداولاً، {r.Pick("وشارك فيه آلاف المغردين", "وتفاعل معه مشاهير ومسؤولون")} {r.Pick("بعبارات التهنئة.", "بصور ومقاطع من الموقع.", "خلال ساعات قليلة.")}")];

    // A short heading inside the story, the kind that splits a long report into parts.
    public static Entry Subheading(DressingRandom r) => Entry.Body($"{r.Pick("تفاصيل", "خلفيات", "أرقام", "مطالب", "ردود فعل", "مراحل", "نتائج")} {r.Pick("القرار", "الحادثة", "المشروع", "المرحلة المقبلة", "الاجتماع", "الحملة")}");
}
