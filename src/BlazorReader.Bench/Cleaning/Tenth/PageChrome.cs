namespace BlazorReader.Bench.Cleaning.Tenth;

// What the page itself wraps a story in: picture captions, share rows, counters, tags and the
// foot, each composed of parts in the order and spacing the themes of these sites vary.
public static class PageChrome
{
    private static readonly string[] Links = ["من نحن", "اتصل بنا", "سياسة الخصوصية", "أعلن معنا", "شروط الاستخدام", "الأرشيف", "RSS"];

    public static void Caption(TenthPage page, TenthStory s, DressingRandom r)
    {
        var who = r.Chance(0.5) ? r.Pick(DressingPools.LatinAgencies) : r.Pick(DressingPools.Agencies);
        var what = r.Pick("صورة أرشيفية", "من الأرشيف", "صورة تعبيرية", "صورة من الموقع", "لقطة من الفيديو", "الصورة", "جانب من الاجتماع", "File photo");
        var line = r.Next(5) switch
        {
            0 => $"{Stamp.Icon(r, "📷", "📸", "🖼")}{what}{r.Pick(" (" + who + ")", " - " + who, " | " + who, "/" + who)}",
            1 => r.Pick("(" + what + ")", what, "[" + what + "]"),
            2 => $"{what}: {r.Pick("", "تصوير ")}{DressingPools.PersonName(r)}",
            3 => $"{r.Pick("Photo", "Image", "Credit")}: {who}{r.Pick("", "/" + r.Pick(DressingPools.LatinFirst) + " " + r.Pick(DressingPools.LatinLast))}",
            _ => $"{r.Pick("صورة", "الصورة")} {Stamp.Digits(r, Stamp.N(r.Between(1, 9)))} {r.Pick("من", "/")} {Stamp.Digits(r, Stamp.N(r.Between(10, 25)))}",
        };
        page.Between(page.Piece(NoiseKind.Caption, line));
    }

    public static void Share(TenthPage page, TenthStory s, DressingRandom r)
    {
        var nets = new[] { "فيسبوك", "تويتر", "واتساب", "تيليجرام", "لينكدإن", "Facebook", "Twitter", "WhatsApp", "X", "Telegram", "Email" };
        var row = string.Join(r.Pick(" ", " | ", " · ", "  ", "\u00A0"), Enumerable.Range(0, r.Between(2, 5)).Select(_ => r.Pick(nets)).Distinct());
        var lines = r.Next(4) switch
        {
            0 => new[] { $"{r.Pick("شارك", "شارك الخبر", "مشاركة", "Share")}{r.Pick(":", "", " عبر:")} {row}" },
            1 => [r.Pick("شارك", "Share this:", "انشر"), row],
            2 => [$"{r.Pick("🔗 نسخ الرابط", "نسخ الرابط", "Copy link")}{r.Pick("  ", " | ")}{r.Pick("🖨 طباعة", "طباعة", "Print")}{r.Pick("", " | إرسال بالبريد", " | A+ A-", " | حجم الخط")}"],
            _ => [$"{r.Pick("شارك هذا المقال", "أعجبك الخبر؟ شاركه", "ساهم في نشر الخبر")}{r.Pick("", " مع أصدقائك", " الآن")}{r.Pick("", "!", " 👇", ":")}"],
        };
        if (r.Chance(0.4))
        {
            page.Top(page.Piece(NoiseKind.Share, lines));
        }
        else
        {
            page.Bottom(page.Piece(NoiseKind.Share, lines));
        }
    }

    public static void Counter(TenthPage page, TenthStory s, DressingRandom r)
    {
        var line = r.Next(6) switch
        {
            0 => $"{Stamp.Icon(r, "👁", "👁️")}{r.Pick("عدد المشاهدات", "المشاهدات", "قراءات", "عدد القراءات")}{r.Pick(": ", " ")}{Stamp.Count(r)}",
            1 => $"{Stamp.Count(r)} {r.Pick("مشاهدة", "قراءة", "views", "زيارة")}",
            2 => $"{r.Pick("وقت القراءة", "مدة القراءة", "قراءة في")}{r.Pick(": ", " ")}{Stamp.Digits(r, Stamp.N(r.Between(1, 12)))} {r.Pick("دقائق", "دقيقة", "د", "min read")}",
            3 => $"{Stamp.Icon(r, "💬")}{Stamp.Digits(r, Stamp.N(r.Between(0, 300)))} {r.Pick("تعليق", "تعليقات", "comments")}",
            4 => $"{r.Pick("تمت قراءته", "قرئ")} {Stamp.Count(r)} {r.Pick("مرة", "مرات")}",
            _ => $"{Stamp.Icon(r, "⏱", "🕒")}{Stamp.Digits(r, Stamp.N(r.Between(1, 9)))} {r.Pick("دقائق للقراءة", "min", "دقيقة قراءة")}{r.Pick("", " · " + Stamp.Count(r) + " " + r.Pick("مشاهدة", "views"))}",
        };
        if (r.Chance(0.55))
        {
            page.Top(page.Piece(NoiseKind.Counter, line));
        }
        else
        {
            page.Bottom(page.Piece(NoiseKind.Counter, line));
        }
    }

    public static void Tags(TenthPage page, TenthStory s, DressingRandom r)
    {
        var words = s.Title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length >= 4).Distinct().Take(r.Between(1, 4)).ToList();
        words.Add(s.Outlet.Country);
        words.Add(r.Pick("أخبار", "محليات", "اقتصاد", "رياضة", "عربي ودولي", "منوعات"));
        var tags = words.OrderBy(_ => r.Next(100)).Select(w => r.Pick("", "#", "#") + (w.StartsWith('#') ? w : w.Replace(' ', '_'))).ToList();
        var head = r.Pick("الوسوم:", "وسوم", "كلمات مفتاحية:", "Tags:", "🏷 وسوم", "مواضيع ذات صلة:", "الكلمات الدلالية");
        var lines = r.Chance(0.6)
            ? new[] { head + " " + string.Join(r.Pick(" ", "، ", " | ", " - ", " • "), tags) }
            : [head, .. tags];
        page.Bottom(page.Piece(NoiseKind.Tags, lines));
    }

    // The foot: rights, who built the site, apps and links every page carries.
    public static void Footer(TenthPage page, TenthStory s, DressingRandom r)
    {
        var year = Stamp.Digits(r, Stamp.N(r.Between(Math.Max(2015, s.Day.Year), 2026)));
        var parts = new List<string>
        {
            r.Next(4) switch
            {
                0 => $"{r.Pick("©", "حقوق النشر ©", "Copyright ©", "(c)")} {year} {s.Paper}{r.Pick(". جميع الحقوق محفوظة", " - كل الحقوق محفوظة", ". All rights reserved", "")}",
                1 => $"{r.Pick("جميع الحقوق محفوظة", "الحقوق محفوظة")} {r.Pick("لـ", "ل", "© ")}{s.Paper} {year}",
                2 => r.Pick("يسمح بإعادة النشر بشرط ذكر المصدر", "لا يسمح بإعادة النشر دون إذن مسبق", "يمنع النسخ أو إعادة النشر إلا بإذن خطي"),
                _ => $"{r.Pick("تصميم وتطوير", "برمجة", "Powered by")} {r.Pick("WordPress", r.Letters(5, "abcdefghijklmnopqrstuvwxyz") + " Studio", "شركة " + r.Pick("الرؤية", "المدار", "الأفق") + " للحلول الرقمية")}",
            },
        };
        if (r.Chance(0.5))
        {
            parts.Add(string.Join(r.Pick(" | ", " • ", "  "), Links.OrderBy(_ => r.Next(50)).Take(r.Between(2, 5))));
        }
        if (r.Chance(0.3))
        {
            parts.Add($"{r.Pick("حمّل تطبيق", "تطبيق", "نزّل تطبيق")} {s.Paper} {r.Pick("على", "من")} {r.Pick("App Store و Google Play", "متجر آبل وجوجل بلاي", "Google Play")}");
        }
        page.Tail(page.Piece(NoiseKind.Footer, [.. parts.OrderBy(_ => r.Next(10))]));
    }
}
