namespace BlazorReader.Bench.Cleaning;

// Site chrome around the story's end: footers, counters, share/follow/subscription lines,
// signatures, tag lists and «more» links.
public static class ChromeShapes
{
    private static readonly string[] Platforms = ["فيسبوك", "فيس بوك", "تويتر", "واتساب", "واتس اب", "تيليجرام", "تلغرام", "انستقرام", "إنستغرام", "يوتيوب", "سناب شات", "لينكد إن"];
    private static readonly string[] LatinPlatforms = ["Facebook", "Twitter", "WhatsApp", "Telegram", "Instagram", "YouTube", "LinkedIn", "Snapchat", "Email"];
    private static readonly string[] PageActions = ["أرسل لصديق", "طباعة", "حفظ", "نسخ الرابط", "تكبير الخط", "تصغير الخط"];
    private static readonly string[] NavItems = ["الرئيسية", "من نحن", "اتصل بنا", "سياسة الخصوصية", "الشروط والأحكام", "أعلن معنا", "خريطة الموقع", "الأرشيف", "RSS", "عن الصحيفة", "هيئة التحرير", "وظائف"];

    public static NoisePiece Footer(DressingRandom r)
    {
        var lines = new List<string> { Copyright(r) };
        if (r.Chance(0.3))
        {
            lines.Insert(r.Next(2), string.Join(r.Pick(" | ", " - ", " • ", " · ", "  "), NavItems.OrderBy(_ => r.Next(100)).Take(r.Between(3, 6))));
        }
        if (r.Chance(0.2))
        {
            lines.Add(r.Pick("تصميم وتطوير", "تطوير", "برمجة وتصميم", "Powered by", "Designed by") + r.Separator(":", "-") + r.Pick("شركة المدار", "WordPress", "نسيج", "Smart Media", "الحلول الرقمية"));
        }
        if (r.Chance(0.15))
        {
            lines.Add(r.Pick("جميع المقالات المنشورة تعبر عن رأي كتابها", "يمنع نسخ المحتوى أو إعادة نشره دون إذن مسبق", "لا يسمح بإعادة النشر إلا بذكر المصدر", "المواد المنشورة لا تعبر بالضرورة عن رأي الصحيفة"));
        }
        return new(NoiseKind.Footer, [.. lines.Select(l => r.Scuff(l))]);
    }

    private static string Copyright(DressingRandom r)
    {
        var paper = r.Pick(DressingPools.Papers);
        var year = r.Number(r.Between(2005, 2021));
        var range = r.Chance(0.25) ? r.Number(r.Between(1995, 2004)) + r.Pick(" - ", "-", " – ") + year : year;
        var phrase = r.Pick("جميع الحقوق محفوظة", "كافة الحقوق محفوظة", "كل الحقوق محفوظة", "جميع الحقوق محفوظه", "الحقوق محفوظة",
            "حقوق النشر محفوظة", "حقوق الطبع والنشر محفوظة", "جميع حقوق النشر محفوظة", "حقوق الطبع محفوظة", "جميع الحقوق محفوظة ل" + paper);
        return r.Next(8) switch
        {
            0 => $"{phrase} © {range} {r.Pick("صحيفة ", "جريدة ", "مؤسسة ", "")}{paper}",
            1 => $"© {range} {paper}{r.Pick(". ", " - ", " ")}{phrase}",
            2 => $"{phrase} {r.Pick("ل", "لـ", "لصحيفة ", "لموقع ")}{paper} {range}",
            3 => $"Copyright © {range} {r.Pick(DressingPools.LatinAgencies)}. All rights reserved.",
            4 => $"© {r.Pick("حقوق النشر", "حقوق الطبع")} {range}",
            5 => $"{paper} {range} ©",
            6 => $"{phrase}{r.Pick(" ", " - ", "، ")}{range}",
            _ => $"(c) {range} {paper}",
        };
    }

    public static NoisePiece Counters(DressingRandom r)
    {
        var lines = new List<string>();
        var count = r.Pick(1, 1, 2, 3);
        for (var i = 0; i < count; i++)
        {
            lines.Add(r.Scuff(Counter(r)));
        }
        if (r.Chance(0.25))
        {
            lines.Insert(0, r.Pick("...", "…", "..", "-----", "* * *", "•"));
        }
        return new(NoiseKind.Counter, lines);
    }

    private static string Counter(DressingRandom r)
    {
        var n = r.Number(r.Pick(0, r.Between(1, 99), r.Between(100, 99999)));
        var word = r.Pick("مشاهدة", "مشاهدات", "قراءة", "قراءات", "زيارة", "تعليق", "تعليقات", "إعجاب", "مرة", "views", "comments", "likes", "shares");
        return r.Next(10) switch
        {
            0 or 1 => n,
            2 => n + " " + word,
            3 => r.Pick("عدد المشاهدات", "المشاهدات", "عدد القراءات", "القراءات", "التعليقات", "تعليقات", "الزيارات", "Views") + r.Pick(": ", " : ", " ", ":") + n,
            4 => r.Pick("التعليقات", "تعليقات", "Comments") + " (" + n + ")",
            5 => r.Pick("قرئ ", "شوهد ", "تمت قراءته ", "تمت مشاهدته ") + n + " " + r.Pick("مرة", "مرات"),
            6 => r.Pick("👁 ", "💬 ", "❤ ", "👍 ") + n,
            7 => r.Number(r.Between(1, 9)) + r.Pick(".", "٫") + r.Number(r.Between(1, 9)) + r.Pick("K", "k", "M", " ألف"),
            8 => r.Pick("منذ ", "قبل ") + r.Number(r.Between(2, 11)) + " " + r.Pick("ساعات", "دقائق", "أيام", "دقيقة", "ساعة"),
            _ => r.Pick("لا توجد تعليقات", "أضف تعليقك", "أضف تعليقاً", "كن أول من يعلق", "0 تعليق"),
        };
    }

    public static NoisePiece Share(DressingRandom r)
    {
        var paper = r.Pick(DressingPools.Papers);
        var line = r.Next(12) switch
        {
            0 => r.Pick("شارك", "شاركها", "شارك الخبر", "شارك هذا الخبر", "شارك المقال", "مشاركة", "انشر") + r.Pick(": ", " ", " على ", " عبر ") + Platforms3(r),
            1 => r.Pick("تابعونا على", "تابعنا على", "تابعونا عبر", "تابعوا") + " " + r.Pick(Platforms) + r.Pick("", " @" + r.Letters(r.Between(4, 10))),
            2 => "تابع " + r.Pick("صحيفة ", "") + paper + " " + r.Pick("على", "عبر") + " " + r.Pick(Platforms),
            3 => r.Pick("للاشتراك في", "اشترك في", "اشترك الآن في") + " " + r.Pick("خدمة ", "") + r.Pick("الأخبار العاجلة", "أخبار " + paper, "النشرة البريدية", "قناتنا") + r.Pick("", " أرسل " + r.Number(r.Between(1, 99)) + " إلى " + r.Number(r.Between(80000, 89999))),
            4 => r.Pick("حمل", "حمّل", "نزل") + " تطبيق " + paper + r.Pick(" الآن", " مجاناً", " على هاتفك", ""),
            5 => r.Pick("انضم إلى", "انضموا إلى", "اشترك في") + " " + r.Pick("قناتنا على تيليجرام", "قناة " + paper + " على تلغرام", "مجموعتنا على واتساب"),
            6 => string.Join(r.Pick(" ", " | ", " - ", " · "), LatinPlatforms.OrderBy(_ => r.Next(100)).Take(r.Between(2, 5))),
            7 => r.Pick("Share this:", "Share:", "Share on", "Follow us") + " " + string.Join(" ", LatinPlatforms.OrderBy(_ => r.Next(100)).Take(r.Between(1, 3))),
            8 => string.Join(r.Pick(" | ", " - ", "  "), PageActions.OrderBy(_ => r.Next(100)).Take(r.Between(2, 4))),
            9 => r.Pick("اشترك في نشرتنا البريدية", "اشترك ليصلك جديد الأخبار", "سجل بريدك الإلكتروني ليصلك كل جديد", "للتواصل مع الكاتب ارسل رسالة SMS"),
            10 => Platforms3(r),
            _ => r.Pick("شارك برأيك", "أضف تعليقاً", "اكتب تعليقك", "نسخ الرابط", "إرسال", "طباعة"),
        };
        return new(NoiseKind.Share, [r.Scuff(line)]);
    }

    private static string Platforms3(DressingRandom r) =>
        string.Join(r.Pick(" ", " - ", " | ", " و", "، "), Platforms.OrderBy(_ => r.Next(100)).Take(r.Between(1, 3)));

    public static NoisePiece Signature(DressingRandom r)
    {
        var user = r.Letters(r.Between(4, 10), "abcdefghijklmnopqrstuvwxyz") + r.Pick("", "_", ".") + r.Letters(r.Between(0, 4), "abcdefghijklmnopqrstuvwxyz0123456789");
        var handle = user.Replace('.', '_').TrimEnd('_');
        var email = user.TrimEnd('_', '.') + "@" + r.Pick("hotmail.com", "gmail.com", "yahoo.com", "alriyadh.net", "okaz.com.sa", "outlook.sa");
        var line = r.Next(5) switch
        {
            0 => email,
            1 => r.Pick("لمراسلة الكاتب", "للتواصل مع الكاتب", "البريد الإلكتروني", "للتواصل", "E-mail", "Email") + r.Pick(": ", " : ", " - ") + email,
            2 => r.Pick("تويتر", "Twitter", "حساب الكاتب على تويتر") + r.Pick(": ", " ") + "@" + handle,
            3 => "@" + handle,
            _ => email + r.Pick(" | ", " - ", "  ") + "@" + handle,
        };
        return new(NoiseKind.Signature, [r.Scuff(line)]);
    }

    public static NoisePiece Tags(DressingRandom r, IReadOnlyList<string> titleWords)
    {
        var words = titleWords.Count >= 2 ? titleWords.OrderBy(_ => r.Next(100)).Take(r.Between(2, 4)).ToList() : ["أخبار", "محليات"];
        var line = r.Next(5) switch
        {
            0 => r.Pick("الكلمات الدلالية", "كلمات مفتاحية", "وسوم", "الوسوم", "Tags", "التصنيف", "التصنيفات") + r.Pick(": ", " : ", ":") + string.Join(r.Pick("، ", " - ", " , ", " | "), words),
            1 => string.Join(" ", words.Select(w => "#" + w.Replace(' ', '_'))),
            2 => "سمات " + string.Join(" ", words),
            _ => r.Pick("الكلمات الدلالية", "وسوم") + r.Pick(": ", " ") + string.Join(" ", words.Select(w => "#" + w)),
        };
        return new(NoiseKind.Tags, [r.Scuff(line)]);
    }

    public static NoisePiece MoreLink(DressingRandom r, DressingPools p, bool glued)
    {
        var url = r.Pick("http://", "https://", "") + r.Pick("www.", "") + r.Pick("alweeam.com.sa", "sabq.org", "okaz.com.sa", "al-madina.com", "news.example.sa") + "/" + r.Pick("", "news/", "articles/") + r.Number(r.Between(10000, 999999));
        var line = r.Next(glued ? 4 : 8) switch
        {
            0 => r.Pick("...", "…", "..", "... ") + r.Pick("المزيد", "المزيد", "اقرأ المزيد"),
            1 => "رابط الخبر " + r.Pick("بصحيفة ", "في صحيفة ", "بموقع ") + r.Pick(DressingPools.Papers) + r.Pick(": ", " : ", ":") + r.Pick(p.Titles),
            2 => r.Pick("رابط الخبر", "للمزيد", "التفاصيل", "المصدر الأصلي") + r.Pick(": ", " : ", " ") + url,
            3 => r.Pick("(المزيد)", "[المزيد]", "... التفاصيل", "…التفاصيل"),
            4 => r.Pick("المزيد", "اقرأ المزيد", "إقرأ المزيد", "المزيد من التفاصيل", "التفاصيل كاملة"),
            5 => r.Pick("للمزيد اضغط هنا", "اضغط هنا لقراءة الخبر كاملاً", "لقراءة الخبر كاملا اضغط هنا", "تابع القراءة"),
            6 => r.Pick("Read more", "read more ...", "More..."),
            _ => url,
        };
        return new(NoiseKind.MoreLink, [glued ? " " + line : r.Scuff(line)], glued);
    }
}
