using System.Globalization;
namespace BlazorReader.Bench.Cleaning.Thirtieth;

// The foot of a story: credits naming the source, more-links, signatures, tags, share and
// follow lines and the paper's footer, each built from parts in new wordings.
internal static class TailChrome
{
    private static readonly string[] TagWords = ["السعودية", "الرياض", "اقتصاد", "رياضة", "تعليم", "صحة", "أمن", "مجلس الوزراء", "أخبار محلية", "منوعات", "الخليج", "عاجل"];

    // The line and the name it credits (an agency, a paper), or null when it names no source.
    public static (string Line, string? Source) Credit(StoryFacts f)
    {
        var r = f.R;
        var source = r.Chance(0.5) ? f.Agency : r.Chance(0.5) ? f.Paper : r.Pick(DressingPools.LatinAgencies);
        return r.Next(7) switch
        {
            0 => ("نقلاً عن " + source + r.Pick("", " بتصرف", " (بتصرف)"), source),
            1 => (r.Pick("المصدر", "مصدر الخبر", "الخبر من") + r.Separator(":", "|", "—") + source, source),
            2 => ("بتصرف عن " + source + r.Pick("", " - " + f.AnyDate()), source),
            3 => ("ترجمة" + r.Pick(": ", " ") + StoryFacts.Name(r) + r.Pick(" — عن ", " | نقلاً عن ", "، عن ") + source, source),
            4 => ("(" + source + ")", source),
            5 => (r.Pick("خدمة ", "") + source + r.Pick(" + وكالات", " - وكالات", " / خاص"), source),
            _ => ("حقوق النشر محفوظة لـ" + source + r.Pick("", " ©"), source),
        };
    }

    public static string MoreLink(StoryFacts f, bool glued)
    {
        var r = f.R;
        var arrow = r.Pick("←", "»", "…", ">>", "");
        return glued
            ? r.Pick("… المزيد", "...التفاصيل", "(التفاصيل)", "اقرأ المزيد " + arrow, "المزيد" + arrow).Trim()
            : r.Next(4) switch
            {
                0 => r.Pick("للمزيد من التفاصيل", "التفاصيل الكاملة", "تابع القراءة") + r.Pick(" ", ": ") + r.Pick("اضغط هنا", "عبر الرابط", "في موقع " + f.Paper) + " " + arrow,
                1 => "اقرأ الخبر كاملًا على " + f.Paper + " " + arrow,
                2 => "Read more " + arrow + " " + r.Pick("https://", "") + r.Letters(6).ToLowerInvariant() + ".com/" + r.Letters(5),
                _ => arrow + " " + r.Pick("المزيد من أخبار ", "كل أخبار ") + r.Pick(TagWords),
            };
    }

    public static string Footer(StoryFacts f)
    {
        var r = f.R;
        var year = f.Digits(r.Between(2013, 2016).ToString(CultureInfo.InvariantCulture));
        return r.Next(6) switch
        {
            0 => r.Pick("©", "© ", "(c) ") + year + " " + f.Paper + r.Separator(".", "|", "-") + r.Pick("جميع الحقوق محفوظة", "كل الحقوق محفوظة", "الحقوق محفوظة"),
            1 => r.Pick("جميع الحقوق محفوظة لـ", "حقوق الطبع محفوظة لصحيفة ") + f.Paper + " " + year + r.Pick("م", " ©", ""),
            2 => f.Paper + r.Separator("—", "|") + f.City + "، " + r.Pick("ص.ب ", "صندوق بريد ") + r.Number(r.Between(100, 99999)) + r.Pick("", "، الرمز البريدي " + r.Number(r.Between(11000, 34999))),
            3 => "حمّل تطبيق " + f.Paper + r.Pick(" على ", ": ") + r.Pick("App Store | Google Play", "آب ستور وجوجل بلاي", "iOS و Android"),
            4 => r.Pick("من نحن", "اتصل بنا", "أعلن معنا") + " | " + r.Pick("سياسة الخصوصية", "شروط الاستخدام") + " | " + r.Pick("خريطة الموقع", "الأرشيف", "RSS"),
            _ => "Copyright " + year + " " + f.Paper + ". All rights reserved",
        };
    }

    public static string[] Signature(StoryFacts f)
    {
        var r = f.R;
        var name = StoryFacts.Name(r);
        var mail = r.Letters(r.Between(4, 9), "abcdefghijklmnopqrstuvwxyz") + r.Pick(".", "_", "") + r.Letters(3, "abcdefghijklmnopqrstuvwxyz0123456789") + "@" + r.Pick("gmail.com", "hotmail.com", r.Letters(5, "abcdefghijklmnopqrstuvwxyz") + ".com.sa");
        return r.Next(5) switch
        {
            0 => [name + "، " + f.City],
            1 => [name, mail],
            2 => [r.Pick("المحرر", "تحرير", "مراجعة") + r.Separator(":", "|", "—") + name + r.Pick("", " — " + mail)],
            3 => ["— " + name + r.Pick(" / ", " - ") + f.Paper],
            _ => [r.Pick("للتواصل مع الكاتب: ", "البريد: ", "✉ ") + mail],
        };
    }

    public static string Tags(StoryFacts f)
    {
        var r = f.R;
        var words = Enumerable.Range(0, r.Between(2, 5)).Select(_ => r.Pick(TagWords)).Distinct().ToList();
        return r.Next(4) switch
        {
            0 => string.Join(" ", words.Select(w => "#" + w.Replace(' ', '_'))),
            1 => r.Pick("الوسوم", "وسوم", "كلمات مفتاحية", "الكلمات الدلالية") + r.Pick(": ", " | ", " ") + string.Join(r.Pick("، ", " , ", " · ", " | "), words),
            2 => "🏷 " + string.Join(" ", words),
            _ => "Tags: " + string.Join(", ", words),
        };
    }

    public static string Share(StoryFacts f)
    {
        var r = f.R;
        return r.Next(6) switch
        {
            0 => r.Pick("شارك", "شارك الخبر", "انشر") + r.Pick(": ", " ") + f.Menu(r.Pick(" | ", " · ", " ", " - "), 2, 4, "واتساب", "تويتر", "فيسبوك", "تيليجرام", "نسخ الرابط"),
            1 => "🔁 " + r.Number(r.Between(3, 4000)) + r.Pick(" مشاركة", " إعادة نشر") + r.Pick("", " · ❤ " + r.Number(r.Between(5, 9000))),
            2 => r.Pick("تابعونا على ", "تابعوا ", "انضم إلى ") + r.Pick("قناة ", "حساب ") + f.Paper + r.Pick(" على ", " في ") + r.Pick("تيليجرام", "واتساب", "سناب شات", "يوتيوب") + r.Pick(" 📲", " 👇", ""),
            3 => r.Pick("اشترك في النشرة البريدية", "اشترك ليصلك كل جديد", "فعّل التنبيهات") + r.Pick(" 🔔", " ←", ""),
            4 => "📤 " + r.Pick("أرسل لصديق", "مشاركة عبر البريد", "انسخ الرابط"),
            _ => "Share: " + r.Pick("WhatsApp · X · Facebook", "X | Telegram | Email", "Facebook, WhatsApp"),
        };
    }
}
