namespace BlazorReader.Bench.Cleaning.Blind;

// What pages print about the story rather than in it: the headline again, who wrote it,
// where and when, the picture's caption and credit, and the source it came from.
public static class BlindHead
{
    private static readonly string[] WriterRoles = ["كتب", "كتبت", "بقلم", "إعداد", "تقرير", "تحرير", "متابعة", "حوار", "الكاتب", "المحرر", "إشراف"];

    private static readonly string[] Correspondents = ["مراسل", "مراسلة", "مراسلنا في", "موفد", "الموفدة الخاصة إلى", "من"];

    public static string Headline(DressingRandom r, string title, BlindSite site) => r.Next(5) switch
    {
        0 or 1 => title,
        2 => title + r.Separator("|", "-", "–", "»") + site.Name,
        3 => site.Name + r.Separator("|", ":", "»", "-") + title,
        _ => r.Pick("عاجل", "خاص", "فيديو", "بالصور", "تقرير", "محدث") + r.Separator(":", "|", "-", "..") + title,
    };

    public static string Byline(DressingRandom r, BlindSite site)
    {
        var name = site.French && r.Chance(0.3) ? BlindPeople.Latin(r) : BlindPeople.Person(r);
        if (r.Chance(0.15))
        {
            name += r.Pick(" و", " و ", "، ") + BlindPeople.Person(r);
        }
        return r.Next(7) switch
        {
            0 or 1 => r.Pick(WriterRoles) + r.Separator(":", ":", "-", "/", "|") + name,
            2 => name,
            3 => name + r.Separator("-", "|", "–", "،") + r.Pick(Correspondents) + " " + r.Pick(site.Name, BlindPeople.City(r)),
            4 => r.Pick(Correspondents) + " " + site.Name + " " + r.Pick("في", "-") + " " + BlindPeople.City(r) + r.Separator(":", "-", "|") + name,
            5 => site.French ? "Par " + BlindPeople.Latin(r) : name + r.Separator("|", "-", "/") + site.Name,
            _ => r.Pick("✍️ ", "✍ ", "بقلم ", "") + name + r.Pick("", " (" + BlindPeople.City(r) + ")", " - " + BlindDates.Text(r, site)),
        };
    }

    public static string Dateline(DressingRandom r, BlindSite site) => r.Next(8) switch
    {
        0 => BlindPeople.City(r) + r.Separator("-", "–", "ـ", ":") + (site.Agency ?? r.Pick(BlindPeople.ShortAgencies)),
        1 => BlindPeople.City(r) + r.Separator("-", "–", "|") + "«" + site.Name + "»",
        2 => r.Pick("نشر في", "نُشر في", "تاريخ النشر", "نشر بتاريخ", "آخر تحديث", "تم التحديث", "محدث") + r.Separator(":", ":", "-", "") + BlindDates.Text(r, site) + r.Pick("", r.Separator("-", "|", "،", "") + BlindDates.Time(r, site)),
        3 => BlindDates.Text(r, site) + r.Separator("|", "-", "•", "،") + BlindDates.Time(r, site),
        4 => r.Pick("🕒 ", "⏱ ", "📅 ", "") + BlindDates.Ago(r, site),
        5 => site.French ? r.Pick("Publié le ", "Mis à jour le ", "Le ") + BlindDates.Text(r, site) + r.Pick("", " à " + BlindDates.Time(r, site)) : BlindDates.Text(r, site),
        6 => BlindPeople.City(r) + r.Pick(" في ", "، ", " - ") + BlindDates.Text(r, site) + r.Pick("", " /" + (site.Agency ?? r.Pick(BlindPeople.ShortAgencies)) + "/"),
        _ => r.Pick("آخر تحديث", "Updated") + r.Separator(":", "") + BlindDates.Time(r, site) + r.Pick("", r.Separator("|", "-", "،") + BlindDates.Text(r, site)),
    };

    // A dateline written onto the lead itself, its marks included, the way wires open a story.
    public static string GluedDateline(DressingRandom r, BlindSite site)
    {
        var city = BlindPeople.City(r);
        var agency = site.Agency ?? r.Pick(BlindPeople.ShortAgencies);
        return r.Next(6) switch
        {
            0 => city + r.Separator("-", "–", "ـ") + agency + r.Pick(":", " -", " –", ""),
            1 => city + " (" + agency + ")" + r.Pick(" -", " –", ":", " ـ"),
            2 => city + "، " + BlindDates.Text(r, site) + " (" + agency + ")" + r.Pick(" -", " –"),
            3 => "«" + site.Name + "»" + r.Separator("-", "–", "|") + city + r.Pick(":", " -"),
            4 => city + "/" + agency + "/",
            _ => r.Pick("خاص", "متابعات", "حصري") + r.Separator("-", "|", ":") + site.Name + r.Pick(":", " -", " |"),
        };
    }

    public static string Caption(DressingRandom r, BlindSite site)
    {
        var credit = r.Chance(0.5) ? r.Pick(BlindPeople.LatinCredits) : r.Pick(BlindPeople.ShortAgencies);
        return r.Next(8) switch
        {
            0 => r.Pick("صورة أرشيفية", "(صورة أرشيفية)", "صورة تعبيرية", "صورة من الأرشيف", "الصورة: أرشيف", "صورة توضيحية"),
            1 => r.Pick("صورة", "الصورة", "مصدر الصورة", "حقوق الصورة") + r.Separator(":", "-", "|") + credit,
            2 => r.Pick("تصوير", "عدسة", "تصوير:", "📷") + r.Pick(" ", ": ", " - ") + BlindPeople.Person(r),
            3 => r.Pick("Photo: ", "© ", "Crédit photo : ", "Photo/") + credit,
            4 => r.Pick("جانب من", "لقطة من", "مشهد من", "صورة من") + " " + r.Pick("الاجتماع", "المؤتمر الصحفي", "الجلسة الافتتاحية", "موقع الحادث", "الفعالية", "الاحتفال", "الزيارة", "التدريبات", "المعرض") + r.Pick(" (" + credit + ")", " - " + credit, " | " + credit, ""),
            5 => BlindPeople.Person(r) + r.Pick(" خلال ", " أثناء ", " في ") + r.Pick("كلمته", "حديثه للصحفيين", "المؤتمر", "لقاء سابق", "جولته التفقدية") + r.Pick(" (" + credit + ")", " - " + credit, " © " + credit),
            6 => "(" + r.Pick("الصورة", "صورة", "تصوير") + r.Separator(":", "/") + r.Pick(credit, site.Name) + ")",
            _ => r.Pick("🖼 ", "📸 ", "▶ ", "") + r.Pick("شاهد الصور", "ألبوم الصور", "فيديو", "شاهد الفيديو") + r.Pick("", ": " + BlindPeople.City(r)),
        };
    }

    // A credit line and the outlet it names (what the reader takes as the story's source).
    public static (string Line, string Source) Credit(DressingRandom r, BlindSite site)
    {
        var source = r.Chance(0.35) && site.Agency is not null ? site.Agency : r.Chance(0.5) ? r.Pick(BlindPeople.Outlets) : r.Pick(BlindPeople.ShortAgencies);
        var line = r.Next(7) switch
        {
            0 or 1 => r.Pick("المصدر", "المصدر", "مصدر الخبر", "المصدر الأصلي", "عن") + r.Separator(":", ":", " :", "-", "|") + source,
            2 => r.Pick("نقلاً عن", "نقلا عن", "بالتعاون مع", "المصدر بتصرف:") + " " + source,
            3 => "(" + source + ")",
            4 => site.French ? "Source" + r.Pick(" : ", ": ", " :") + source : "المصدر" + r.Pick(":", " : ") + source + r.Pick("", " + وكالات", " - بتصرف"),
            5 => r.Pick("🔗 ", "• ", "") + "المصدر" + r.Pick(":", "") + " " + source,
            _ => "—" + r.Pick(" ", "") + source,
        };
        return (line, source);
    }
}
