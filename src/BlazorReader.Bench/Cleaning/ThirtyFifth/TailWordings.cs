namespace BlazorReader.Bench.Cleaning.ThirtyFifth;

// The chrome a page wraps round the story's end and its gaps: shares, counts, more-links,
// footers, signatures, tags and captions, each built from parts, none a fixed string.
internal static class TailWordings
{
    public static string Share(DressingRandom r)
    {
        var nets = new List<string> { "فيسبوك", "تويتر", "واتساب", "تيليجرام", "لينكدإن", "البريد" };
        var shown = nets.OrderBy(_ => r.Next(100)).Take(r.Between(2, 4)).ToList();
        var sep = r.Pick(" · ", " | ", " - ", "  ", " / ");
        return r.Next(5) switch
        {
            0 => r.Pick("شارك الخبر", "شارك", "انشر عبر", "مشاركة") + r.Pick(": ", " ") + string.Join(sep, shown),
            1 => r.Pick("📤 ", "🔁 ", "") + r.Number(r.Between(12, 4800)) + r.Pick(" مشاركة", " شخصاً شاركوا هذا", " Shares"),
            2 => r.Pick("تابعونا على ", "اشترك في قناتنا على ", "انضم إلى ") + r.Pick("تيليجرام", "واتساب", "يوتيوب", "سناب شات") + r.Pick("", " 👈", " ⬅️", " ليصلك كل جديد"),
            3 => r.Pick("طباعة", "🖨 طباعة") + sep + r.Pick("البريد الإلكتروني", "إرسال لصديق", "حفظ") + (r.Chance(0.5) ? sep + "PDF" : ""),
            _ => r.Pick("اشترك في النشرة البريدية", "سجّل بريدك لتصلك الأخبار", "فعّل التنبيهات") + r.Pick("", " ✉️", " مجاناً"),
        };
    }

    public static string Counter(DressingRandom r) => r.Next(5) switch
    {
        0 => r.Pick("الزيارات", "عدد القراءات", "المشاهدات", "Hits") + r.Separator(":", "") + r.Number(r.Between(40, 98000)),
        1 => r.Pick("وقت القراءة", "مدة القراءة") + r.Separator(":", "-") + r.Number(r.Between(1, 9)) + r.Pick(" دقائق", " د", " دقيقة"),
        2 => r.Pick("التعليقات", "تعليقات القراء", "💬") + r.Pick(" (", ": ", " ") + r.Number(r.Between(0, 340)) + r.Pick(")", "", ""),
        3 => r.Number(r.Between(100, 50000)) + r.Pick(" قراءة", " مشاهدة", " زيارة") + r.Pick("", " · ", " | ") + r.Number(r.Between(0, 90)) + r.Pick(" تعليق", " تعليقاً"),
        _ => r.Pick("👁 ", "👁️ ", "◉ ") + r.Number(r.Between(40, 98000)),
    };

    public static string MoreLink(DressingRandom r) => r.Pick("اقرأ المزيد", "التفاصيل كاملة", "للمزيد اضغط هنا", "تابع القراءة", "المزيد", "بقية الخبر", "Read more")
        + r.Pick("", " ...", "...", " »", " ›", " ←", " >>");

    public static string Footer(DressingRandom r, Story s) => r.Next(5) switch
    {
        0 => r.Pick("جميع الحقوق محفوظة", "الحقوق محفوظة", "حقوق النشر محفوظة") + r.Pick(" © ", " ل", " - ") + r.Pick("صحيفة ", "") + s.Paper + " " + DateWords.Digits(r, r.Pick("2015", "2007-2015", "1436")),
        1 => "© " + DateWords.Digits(r, "2015") + " " + s.Paper + r.Pick(". All rights reserved", " - يمنع النسخ دون إذن", " | سياسة الخصوصية | اتصل بنا"),
        2 => r.Pick("ص.ب ", "صندوق بريد ") + DateWords.Digits(r, r.Between(100, 99999).ToString(System.Globalization.CultureInfo.InvariantCulture)) + " " + s.City + r.Pick(" ", " - الرمز البريدي ") + DateWords.Digits(r, r.Between(11000, 31999).ToString(System.Globalization.CultureInfo.InvariantCulture)),
        3 => r.Pick("حمّل تطبيق ", "تطبيق ") + s.Paper + r.Pick(" على App Store و Google Play", " متوفر الآن لأجهزة آيفون وأندرويد"),
        _ => r.Pick("من نحن", "اتصل بنا", "أعلن معنا") + " | " + r.Pick("سياسة الخصوصية", "شروط الاستخدام") + " | " + r.Pick("خريطة الموقع", "الأرشيف", "RSS"),
    };

    public static string Signature(DressingRandom r, Story s) => r.Next(5) switch
    {
        0 => s.Person + r.Pick("، ", " - ", " — ") + s.City,
        1 => r.Pick("المحرر", "محرر الخبر", "مسؤول التحرير") + r.Separator(":", "-") + s.Person,
        2 => r.Letters(r.Between(4, 9), "abcdefghijklmnoprstuvwxyz") + r.Pick("@", " @ ") + r.Pick("alriyadh.com", "okaz.com.sa", "news-desk.net", "gmail.com"),
        3 => r.Pick("مع تحيات ", "تحياتي، ") + s.Person,
        _ => "—" + r.Pick(" ", "") + s.Person + r.Pick("", " / " + s.Paper),
    };

    public static string Tags(DressingRandom r, Story s)
    {
        var words = s.HeadTitle.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length >= 4).Select(w => w.Trim('«', '»', '"', ':', '،')).Where(w => w.Length >= 3).Take(4).ToList();
        words.Add(s.City);
        if (r.Chance(0.5))
        {
            return string.Join(" ", words.Select(w => "#" + w.Replace(' ', '_')));
        }
        return r.Pick("الوسوم", "كلمات مفتاحية", "وسوم", "Tags") + r.Pick(": ", " : ", " ") + string.Join(r.Pick("، ", " , ", " | ", " - "), words);
    }

    public static string Caption(DressingRandom r, Story s)
    {
        var what = r.Pick("جانب من الاجتماع", "من موقع الحدث", "صورة أرشيفية", "جانب من الحضور", "لقطة من المؤتمر الصحفي", "من الجولة الميدانية");
        var who = r.Chance(0.5) ? r.Pick(DressingPools.Agencies) : r.Chance(0.5) ? r.Pick(DressingPools.LatinAgencies) : s.Person;
        return r.Next(4) switch
        {
            0 => what + " (" + r.Pick("تصوير: ", "الصورة: ", "") + who + ")",
            1 => r.Pick("تصوير", "عدسة", "📷") + r.Separator("—", ":", "-") + who,
            2 => "(" + what + r.Pick(" - ", " — ") + who + ")",
            _ => r.Pick("▲ ", "◄ ", "") + what + r.Separator("—", "|") + r.Pick("الصورة من ", "") + who,
        };
    }
}
