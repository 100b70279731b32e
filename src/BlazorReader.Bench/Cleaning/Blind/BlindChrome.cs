namespace BlazorReader.Bench.Cleaning.Blind;

// The page's own furniture around a story: share and follow rows, counters, footers,
// links to the full story, desk sign-offs and tag rows. Each returns the lines it prints.
public static class BlindChrome
{
    private static readonly string[] Networks = ["فيسبوك", "تويتر", "واتساب", "تيليجرام", "لينكدإن", "إنستغرام", "يوتيوب", "سناب شات", "تيك توك", "X", "Facebook", "WhatsApp", "Telegram", "Messenger"];

    private static readonly string[] SiteLinks = ["من نحن", "اتصل بنا", "سياسة الخصوصية", "شروط الاستخدام", "أعلن معنا", "خريطة الموقع", "هيئة التحرير"];

    public static List<string> Share(DressingRandom r, BlindSite site)
    {
        var row = string.Join(r.Pick(" ", " | ", " - ", "  ", " • ", ""), Enumerable.Range(0, r.Between(2, 5)).Select(_ => r.Pick(Networks)).Distinct());
        return r.Next(9) switch
        {
            0 => [r.Pick("شارك", "شارك الخبر", "شارك المقال", "مشاركة", "انشر", "Partager") + r.Pick(":", "", " :") + r.Pick(" " + row, "")],
            1 => [r.Pick("شارك", "مشاركة", "شارك عبر") + r.Pick(":", ""), row],
            2 => [r.Pick("تابعونا على", "تابعوا", "تابع", "تابعنا عبر", "لمتابعة آخر الأخبار تابعونا على") + " " + r.Pick(Networks) + r.Pick("", " @" + BlindTweets.Handle(r), ": " + site.Address(r))],
            3 => [r.Pick("اشترك في", "سجل في", "انضم إلى") + " " + r.Pick("النشرة البريدية", "نشرتنا اليومية", "قناتنا على تيليجرام", "قناة " + site.Name + " على واتساب") + r.Pick("", " ليصلك كل جديد", " مجاناً", ": " + site.Address(r))],
            4 => [r.Pick("طباعة", "أرسل لصديق", "حفظ", "نسخ الرابط", "تكبير الخط", "تصغير الخط") + r.Pick(" | ", " - ", "  ") + r.Pick("طباعة", "أرسل لصديق", "حفظ", "نسخ الرابط", "A+ A-")],
            5 => [r.Pick("حمّل", "حمل", "نزّل") + " " + r.Pick("تطبيق", "التطبيق الرسمي لـ") + " " + site.Name + " " + r.Pick("على أندرويد وآيفون", "من متجر جوجل بلاي وآب ستور", "مجاناً", "للهواتف الذكية")],
            6 => [r.Pick("تابعوا", "تابع") + " " + site.Name + " " + r.Pick("على أخبار جوجل", "عبر Google News", "على تطبيق نبض")],
            7 => [r.Pick("🔔 ", "📲 ", "📩 ", "👈 ") + r.Pick("فعّل الإشعارات", "اشترك الآن", "تابعنا على تيليجرام", "اضغط هنا للاشتراك في خدمة الرسائل")],
            _ => site.French ? [r.Pick("Suivez-nous sur ", "Partagez sur ") + row] : [r.Pick("أعجبني", "لم يعجبني", "أضف تعليقاً") + r.Pick(" | ", "  ") + r.Pick("تعليقات", "مشاركة", "أرسل")],
        };
    }

    public static string Counter(DressingRandom r, BlindSite site)
    {
        var n = r.Number(r.Between(2, 48000));
        return r.Next(9) switch
        {
            0 => r.Pick("عدد القراءات", "عدد المشاهدات", "المشاهدات", "القراءات", "زيارات") + r.Separator(":", ":", "|", "") + n,
            1 => n + " " + r.Pick("مشاهدة", "قراءة", "زيارة", "مشاركة", "تعليق", "إعجاب"),
            2 => r.Pick("👁 ", "👁️ ", "💬 ", "❤ ", "👍 ") + n,
            3 => r.Pick("التعليقات", "تعليقات", "الردود") + r.Pick(" (" + n + ")", ": " + n, " " + n),
            4 => r.Pick("وقت القراءة", "مدة القراءة", "زمن القراءة") + r.Separator(":", "") + r.Number(r.Between(1, 12)) + " " + r.Pick("دقائق", "دقيقة", "د"),
            5 => r.Pick("دقيقة", "دقيقتان", r.Number(r.Between(3, 9)) + " دقائق") + " " + r.Pick("للقراءة", "قراءة"),
            6 => site.French ? n + " " + r.Pick("vues", "lectures", "commentaires") : n + r.Pick(" ", "") + r.Pick("👁", "مشاهدة"),
            7 => r.Pick("طبع", "أرسل", "شارك") + " " + n + " " + r.Pick("مرة", "مرات"),
            _ => n,
        };
    }

    public static List<string> Footer(DressingRandom r, BlindSite site)
    {
        var year = Plain(r, r.Between(2012, 2016));
        var lines = new List<string>();
        var count = r.Chance(0.35) ? 2 : 1;
        for (var i = 0; i < count; i++)
        {
            lines.Add(r.Next(9) switch
            {
                0 => r.Pick("جميع الحقوق محفوظة", "كل الحقوق محفوظة", "الحقوق محفوظة") + r.Pick(" ©", " © ", " ", " - ") + r.Pick(site.Name + " " + year, year + " " + site.Name, site.Name),
                1 => "©" + r.Pick(" ", "") + year + r.Pick(" ", " - ", " | ") + site.Name + r.Pick("", ". جميع الحقوق محفوظة", " All rights reserved"),
                2 => r.Pick("حقوق النشر محفوظة لـ", "جميع حقوق النشر محفوظة لموقع", "حقوق الطبع والنشر ©") + " " + site.Name,
                3 => string.Join(r.Pick(" | ", " - ", " • ", "  "), SiteLinks.OrderBy(_ => r.Next(99)).Take(r.Between(2, 5))),
                4 => r.Pick("يمنع", "يُمنع", "لا يجوز") + " " + r.Pick("نسخ أو إعادة نشر", "إعادة نشر", "الاقتباس من") + " " + r.Pick("هذا المحتوى", "المواد المنشورة", "الخبر") + " " + r.Pick("دون إذن مسبق", "إلا بإذن خطي من " + site.Name, "دون ذكر المصدر"),
                5 => r.Pick("الآراء الواردة تعبر عن رأي كاتبها", "المقالات المنشورة تعبر عن آراء أصحابها", "التعليقات لا تعبر عن رأي الموقع") + r.Pick("", " ولا تعبر بالضرورة عن رأي " + site.Name),
                6 => site.French ? "© " + site.Name + " " + year + " - Tous droits réservés" : r.Pick("للإعلان", "للتواصل", "هاتف التحرير") + r.Separator(":", "") + Plain(r, r.Between(20000000, 99999999)),
                7 => r.Pick("وصلتك هذه الرسالة لأنك مشترك في", "أنت تتلقى هذه النشرة من", "لإلغاء الاشتراك في") + " " + site.Name,
                _ => r.Pick("أُرسلت من تطبيق ", "أرسلت من ", "تم النشر عبر ", "نشر بواسطة تطبيق ") + site.Name + r.Pick("", " للأخبار", " - " + site.Address(r)),
            });
        }
        return lines;
    }

    // A link to the story elsewhere, its address whole or broken at any character.
    public static List<string> MoreLink(DressingRandom r, BlindSite site)
    {
        var url = site.Address(r).TrimEnd('/') + "/" + r.Pick("news", "article", "ar/node", "story", "الأخبار") + "/" + BlindLink.Digits(r, r.Between(4, 8)) + r.Pick("", "/" + r.Letters(r.Between(4, 10), "abcdefghijklmnopqrstuvwxyz-"), ".html");
        var label = r.Pick("رابط الخبر", "رابط الخبر", "رابط المقال", "الرابط", "لقراءة الخبر كاملاً", "التفاصيل", "المزيد", "للمزيد", "رابط المصدر", site.French ? "Lien" : "الرابط");
        var parts = BlindLink.Break(url, r, 0.45);
        return r.Next(4) switch
        {
            0 => [label + r.Pick(":", " :", " »", "", ": ") + " " + parts[0], .. parts.Skip(1)],
            1 => [label + r.Pick(":", " »", " ⬅", ""), .. parts],
            2 => [r.Pick("للمزيد من التفاصيل", "لمتابعة الخبر", "اقرأ الخبر من المصدر", "تابع التفاصيل") + " " + r.Pick("اضغط هنا", "انقر هنا", "عبر الرابط", "على الموقع")],
            _ => [label + r.Pick(" ...", "...", " »", "")],
        };
    }

    public static string GluedMoreLink(DressingRandom r) =>
        r.Pick("...", " ...", "… ", "") + r.Pick("المزيد", "التفاصيل", "اقرأ المزيد", "تابع القراءة", "للمزيد") + r.Pick("", " »", "...", " ⬅");

    // A desk's sign-off: end markers and the initials of who wrote and edited it.
    public static string Signature(DressingRandom r, BlindSite site)
    {
        var initials = string.Join(r.Pick(" ", "."), Enumerable.Range(0, r.Between(2, 3)).Select(_ => r.Letters(1, "أبتجحخدرزسشصطعغفقكلمنهوي")));
        return r.Next(6) switch
        {
            0 => r.Pick("(انتهى)", "/انتهى/", "انتهى", "-انتهى-", "(النهاية)", "ـ انتهى ـ"),
            1 => "(النهاية)" + " " + initials + " / " + initials + r.Pick("", " " + Plain(r, r.Between(1000, 2359))),
            2 => (site.Agency ?? r.Pick(BlindPeople.ShortAgencies)) + "/" + initials + "/" + initials,
            3 => initials + r.Pick(" / ", "/") + initials + r.Pick(" / ", " ") + BlindDates.Text(r, site),
            4 => r.Pick("ع.م", "ت.ب", "ر.ك", "س.ع") + r.Pick("", " - ", " / ") + r.Pick("ح.ن", "م.ع", "ع.ف"),
            _ => r.Pick("###", "# # #", "-0-"),
        };
    }

    // Years, phone numbers and desk times are never grouped in thousands, whatever the script.
    private static string Plain(DressingRandom r, int value)
    {
        var text = value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return r.Chance(0.3) ? DressingRandom.ToArabicIndic(text) : text;
    }

    public static string Tags(DressingRandom r, IReadOnlyList<string> words, BlindSite site)
    {
        var picked = words.Where(w => w.Length >= 3 && w.All(char.IsLetter)).Distinct().OrderBy(_ => r.Next(99)).Take(r.Between(2, 5)).Append(site.Name).ToList();
        return r.Next(4) switch
        {
            0 => r.Pick("الوسوم", "كلمات دالة", "الكلمات المفتاحية", "مواضيع ذات صلة", "وسوم") + r.Pick(":", " :", "") + " " + string.Join(r.Pick("، ", " ، ", " - ", " | "), picked),
            1 => string.Join(" ", picked.Select(w => "#" + w.Replace(' ', '_'))),
            2 => site.French ? "Tags : " + string.Join(", ", picked) : "🏷 " + string.Join("، ", picked),
            _ => r.Pick("تصنيفات", "التصنيف", "القسم") + r.Separator(":", "|", "»") + string.Join(r.Pick(" » ", " / ", " > "), picked.Take(2)),
        };
    }
}
