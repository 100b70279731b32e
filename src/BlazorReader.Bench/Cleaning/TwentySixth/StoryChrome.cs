namespace BlazorReader.Bench.Cleaning.TwentySixth;

// The chrome every news page carries, in wording and orders the families share: the title
// again, bylines with several names and roles, datelines with agency, city and date in new
// orders, captions with their photographers, source credits, read-also lines, more-links,
// counters, tags, footers and closing signatures.
internal static class StoryChrome
{
    // Roles without gender: the names are drawn apart from them.
    private static readonly string[] Roles = ["تحرير", "إعداد", "متابعة", "مراجعة", "تدقيق", "من الميدان"];
    private static readonly string[] Sites = ["نبض الخليج", "المرصد اليومي", "بوابة الحدث", "منصة خبر", "الشاشة العربية", "مسار نيوز", "صدى الرياض"];

    public static string Site(DressingRandom r) => r.Pick(Sites);

    public static Chunk Headline(PageDraft p)
    {
        var title = TextReferee.Normalize(p.Article.Title!);
        var r = p.R;
        var line = r.Next(4) switch
        {
            0 => title,
            1 => title + r.Separator("|", "-", "—") + Site(r),
            2 => "■ " + title,
            _ => title + r.Pick(" (فيديو)", " (صور)", " ◂ عاجل", ""),
        };
        return Chunk.Noise(NoiseKind.Headline, line);
    }

    public static Chunk Byline(DressingRandom r) => Chunk.Noise(NoiseKind.Byline, r.Next(5) switch
    {
        0 => $"{Names.Person(r)} و{Names.Person(r)}{r.Separator("-", "|", "،")}{r.Pick(DressingPools.Cities)}",
        1 => $"{r.Pick(Roles)}: {Names.Person(r)}{r.Pick(" · ", " / ", "، ")}{r.Pick(Roles)}: {Names.Person(r)}",
        2 => $"بقلم {r.Pick("د. ", "أ. ", "م. ", "")}{Names.Person(r)}{r.Pick(" — ", " ، ")}{r.Pick("من أسرة التحرير", "قسم الاقتصاد", "الشؤون المحلية", "ملف خاص")}",
        3 => $"{r.Pick(DressingPools.LatinFirst)} {r.Pick(DressingPools.LatinLast)}, {r.Pick(DressingPools.LatinFirst)} {r.Pick(DressingPools.LatinLast)} {r.Pick("| Staff", "and agencies", "— Riyadh desk")}",
        _ => $"فريق التحرير{r.Separator()}{Names.Person(r)} ({r.Pick(Roles)})",
    });

    // A dateline as its own line: agency, city and date in any order and punctuation.
    public static Chunk Dateline(PageDraft p)
    {
        var r = p.R;
        var day = Stamps.Date(r, Stamps.DayOf(r, p.Article));
        var city = r.Pick(DressingPools.Cities);
        var agency = r.Pick(DressingPools.Agencies);
        return Chunk.Noise(NoiseKind.Dateline, r.Next(4) switch
        {
            0 => $"{day}{r.Separator("|", "،", "-")}{city}{r.Pick(" ", " - ")}({agency})",
            1 => $"{agency} / {city} / {day} / {Stamps.Time(r)}",
            2 => $"نُشر في {day} الساعة {Stamps.Time(r)} بتوقيت {city}",
            _ => $"{city} ⁄ {day} — تحديث: {Stamps.Ago(r)}",
        });
    }

    // A dateline glued before the lead, as wire copy sends it.
    public static void GlueDateline(PageDraft p)
    {
        var r = p.R;
        var city = r.Pick(DressingPools.Cities);
        p.GlueLead(NoiseKind.Dateline, r.Next(4) switch
        {
            0 => $"{city}، {r.Pick(DressingPools.Agencies)} — ",
            1 => $"({city}) {Stamps.Date(r, Stamps.DayOf(r, p.Article))}: ",
            2 => $"{city}{r.Pick(" - ", "ـ ", " – ")}{r.Pick("خاص", "مكتبنا", "من مراسلنا")}: ",
            _ => $"{r.Pick(DressingPools.Agencies)} ({city}){r.Pick(" -", ":")} ",
        });
    }

    // A byline glued before the lead (and before any dateline glued after it).
    public static void GlueByline(PageDraft p)
    {
        var r = p.R;
        p.GlueLead(NoiseKind.Byline, r.Pick($"إعداد: {Names.Person(r)} — ", $"{Names.Person(r)} ({r.Pick(Roles)}): ", $"بقلم: {Names.Person(r)} | "));
    }

    // The source glued after the last line, as agencies' copy closes: the credit text is its name.
    public static void GlueCredit(PageDraft p)
    {
        var r = p.R;
        var source = r.Pick("واس", "رويترز", "أ ف ب", "الأناضول", "د ب أ");
        var suffix = r.Pick($" ({source})", $" — المصدر: {source}", $" [{source}]", $"؛ {source}");
        p.GlueEnd(new NoisePiece(NoiseKind.Credit, [suffix.Trim()], Glued: true) { Credit = source }, suffix);
    }

    public static Chunk Caption(DressingRandom r)
    {
        var who = r.Chance(0.5) ? Names.Person(r) : r.Pick(DressingPools.LatinAgencies);
        string[] lines = r.Next(4) switch
        {
            0 => [$"{r.Pick("صورة أرشيفية", "من الموقع", "لقطة عامة")}{r.Separator()}{r.Pick("الكاميرا", "المصور")}: {who}"],
            1 => [$"▲ {r.Pick("جانب من الاجتماع", "المشاركون خلال الجلسة", "موقع الحادث صباح اليوم")} ({who})"],
            2 => [$"الصورة {r.Number(r.Between(1, 9))} من {r.Number(r.Between(10, 14))}", $"{r.Pick("الوزير أثناء الجولة", "حضور لافت في الافتتاح")} · {who}"],
            _ => [$"{r.Pick("📷", "📸", "[صورة]")} {who} {r.Pick("/ خاص", "- أرشيف", "")}".TrimEnd()],
        };
        return Chunk.Noise(NoiseKind.Caption, lines);
    }

    // Where the story came from, as its own line: the credit text is the source's name.
    public static Chunk Credit(DressingRandom r)
    {
        var source = r.Pick(["وكالة الأنباء السعودية", "واس", "رويترز", "وكالة الصحافة الفرنسية", .. DressingPools.Papers]);
        var line = r.Next(4) switch
        {
            0 => $"المصدر{r.Pick(": ", " : ", " ⟵ ")}{source}",
            1 => $"بالتعاون مع {source}",
            2 => $"({source} — بتصرف)",
            _ => $"حقوق النص محفوظة لـ«{source}»",
        };
        return new Chunk([line], [new NoisePiece(NoiseKind.Credit, [line]) { Credit = source }]);
    }

    public static Chunk ReadAlso(PageDraft p)
    {
        var title = Teasers.Pick(p) ?? "هيئة الطيران المدني تعلن مواعيد جديدة للرحلات الداخلية";
        return Chunk.Noise(NoiseKind.ReadAlso, p.R.Next(4) switch
        {
            0 => $"طالع كذلك ← {title}",
            1 => $"«{title}» (اقرأ التفاصيل)",
            2 => $"ذو صلة: {title}",
            _ => $"⇦ قد يهمك أيضاً | {title}",
        });
    }

    public static void MoreLink(PageDraft p)
    {
        var r = p.R;
        if (r.Chance(0.5))
        {
            p.GlueEnd(NoiseKind.MoreLink, r.Pick(" ... أكمل القراءة", " (التفاصيل كاملة)", " ⟵ بقية الخبر", " …تابع"));
            return;
        }
        p.Tail(Chunk.Noise(NoiseKind.MoreLink, r.Pick($"الخبر كاملاً على {Site(r)} ←", "النسخة الكاملة من الخبر: اضغط للانتقال", $"رابط مختصر: {r.Pick("https://", "")}nbd.sa/{r.Letters(5)}")));
    }

    public static Chunk Counter(DressingRandom r) => Chunk.Noise(NoiseKind.Counter, r.Next(4) switch
    {
        0 => $"👁 {Stamps.Count(r)}   💬 {r.Number(r.Between(0, 80))}",
        1 => $"عدد القراءات{r.Pick(": ", " ")}{Stamps.Count(r)}",
        2 => $"{r.Number(r.Between(2, 400))} إعجاب · {r.Number(r.Between(0, 60))} مشاركة",
        _ => $"المشاهدات: {Stamps.Count(r)}",
    });

    public static Chunk Tags(DressingRandom r)
    {
        string[] words = ["الرياض", "الاقتصاد", "الصحة", "التعليم", "محليات", "الطقس", "رمضان", "الحج", "الرياضة", "المرور"];
        var picked = Enumerable.Range(0, r.Between(2, 5)).Select(_ => r.Pick(words)).Distinct();
        return Chunk.Noise(NoiseKind.Tags, r.Next(3) switch
        {
            0 => "الوسوم: " + string.Join(r.Pick("، ", " • ", " / "), picked),
            1 => string.Join(" ", picked.Select(w => "#" + w.Replace(' ', '_'))),
            _ => "مواضيع ذات علاقة ◂ " + string.Join(" ◂ ", picked),
        });
    }

    public static Chunk Footer(DressingRandom r) => Chunk.Noise(NoiseKind.Footer, r.Next(4) switch
    {
        0 => $"جميع الحقوق محفوظة {Stamps.Digits(r, "© 2015")} {Site(r)}",
        1 => $"{Site(r)} — سياسة الخصوصية · شروط الاستخدام · اتصل بنا",
        2 => $"يُمنع النقل دون ذكر المصدر {Stamps.Digits(r, "2015")}©",
        _ => $"من نحن | أعلن معنا | الأرشيف | خريطة الموقع",
    });

    public static Chunk Signature(DressingRandom r) => Chunk.Noise(NoiseKind.Signature, r.Next(3) switch
    {
        0 => $"{r.Pick("هـ.ع", "م.س", "ع.ح", "ر.ف")}/{r.Pick("ف.ن", "س.م", "ع.ق")}",
        1 => $"— {r.Pick("خدمة", "قسم")} {r.Pick("الأخبار المحلية", "الشؤون الاقتصادية")} في {Site(r)}",
        _ => $"[{r.Pick("تحرير", "مراجعة")}: {Names.Person(r)}]",
    });

    // A paragraph the page printed twice, the copy after the first print: a long paragraph only,
    // since a short subheading printed twice could be either copy.
    public static void Repeat(PageDraft p)
    {
        var longOnes = Enumerable.Range(0, p.Paragraphs.Count).Where(i => p.Paragraphs[i].Length >= 60).ToList();
        if (longOnes.Count == 0)
        {
            return;
        }
        var at = p.R.Pick<int>(longOnes);
        p.After(at + p.R.Next(3), Chunk.Noise(NoiseKind.Repeat, p.Paragraphs[at]));
    }
}
