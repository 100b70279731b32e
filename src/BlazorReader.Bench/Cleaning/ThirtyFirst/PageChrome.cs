namespace BlazorReader.Bench.Cleaning.ThirtyFirst;

// The chrome a paper's page carries around and between paragraphs, whatever the copy path:
// captions, share and follow lines, counters, more-links, signatures, tags and footers.
internal static class PageChrome
{
    private static readonly string[] Networks = ["فيسبوك", "تويتر", "واتساب", "تيليجرام", "سناب شات", "لينكدإن", "Facebook", "WhatsApp"];

    public static NoisePiece Caption(DressingRandom r, Story s)
    {
        var who = r.Pick("جانب من", "صورة أرشيفية من", "لقطة من", "مشهد عام من", "من أجواء", "صورة تعبيرية من");
        var what = r.Pick("الاجتماع", "الحفل", "موقع الحادث", "المؤتمر الصحفي", "الزيارة", "المعرض", "أعمال المشروع", "المباراة");
        var text = who + (who.EndsWith('ـ') ? "" : " ") + what + r.Pick("", " في " + r.Pick(DressingPools.Cities), " أمس");
        var credit = r.Pick(r.Pick(DressingPools.Agencies), r.Pick(DressingPools.LatinAgencies), s.Paper, Words.Person(r));
        var line = r.Next(4) switch
        {
            0 => text + " (" + credit + ")",
            1 => text + r.Pick(" — ", " - ") + r.Pick("تصوير: ", "") + credit,
            2 => "(" + text + ")",
            _ => r.Pick("📷 ", "الصورة: ", "▲ ") + text,
        };
        return new NoisePiece(NoiseKind.Caption, r.Chance(0.3) ? [line, r.Pick("تصوير", "عدسة", "Photo") + r.Separator(":", "—") + credit] : [line]);
    }

    public static NoisePiece Share(DressingRandom r, Story s)
    {
        var nets = (r.Chance(0.8) ? Networks[..6] : Networks[6..]).OrderBy(_ => r.Next(99)).Take(r.Between(2, 4));
        var line = r.Next(5) switch
        {
            0 => r.Pick("شارك الخبر", "شارك", "أرسل لصديق", "Share") + r.Separator(":", "|", "—") + string.Join(r.Pick(" · ", " | ", " - ", "  "), nets),
            1 => r.Pick("📤 ", "🔁 ", "") + Words.D(r, r.Between(12, 4800)) + r.Pick(" مشاركة", " شخصاً شاركوا الخبر", " shares"),
            2 => r.Pick("تابعوا ", "تابعونا على ", "انضموا إلى ") + r.Pick("قناة ", "حساب ") + s.Paper + r.Pick(" على تيليجرام", " في تويتر", " على واتساب") + r.Pick("", " 👈", " ↩"),
            3 => r.Pick("اشترك في النشرة البريدية", "فعّل التنبيهات", "اشترك في خدمة الرسائل") + r.Pick("", " ليصلك كل جديد", " مجاناً") + r.Pick("", " 🔔"),
            _ => r.Pick("أعجبني", "👍") + " " + Words.D(r, r.Between(3, 900)) + r.Pick(" · ", " | ") + r.Pick("مشاركة", "↗ شارك"),
        };
        return new NoisePiece(NoiseKind.Share, [line]);
    }

    public static NoisePiece Counter(DressingRandom r)
    {
        var parts = new List<string>
        {
            r.Pick("👁 ", "المشاهدات: ", "عدد القراءات ", "") + r.Number(r.Between(40, 90000)) + r.Pick(" مشاهدة", " قراءة", "", " views"),
            r.Pick("التعليقات", "تعليقات", "💬") + (r.Chance(0.5) ? " (" + Words.D(r, r.Between(0, 80)) + ")" : r.Pick(" ", ": ") + Words.D(r, r.Between(0, 80))),
            r.Pick("مدة القراءة: ", "⏱ ", "وقت القراءة ") + (r.Chance(0.3) ? Words.D(r, r.Between(1, 9)) + " د" : Words.Count(r, r.Between(1, 12), "دقيقة واحدة", "دقيقتان", "دقائق", "دقيقة")),
        };
        parts = [.. parts.OrderBy(_ => r.Next(9)).Take(r.Between(1, 3))];
        return new NoisePiece(NoiseKind.Counter, [string.Join(r.Pick(" · ", " | ", "  ", " — "), parts)]);
    }

    public static NoisePiece MoreLink(DressingRandom r, bool glued)
    {
        var line = r.Pick("المزيد", "للمزيد", "تابع القراءة", "اقرأ المزيد", "التفاصيل كاملة", "More") + r.Pick("", " »", " ←", "...", " >>", " هنا", " من هنا");
        return new NoisePiece(NoiseKind.MoreLink, [glued ? r.Pick("", "... ", "… ") + line : line], glued);
    }

    public static NoisePiece Footer(DressingRandom r, Story s)
    {
        var year = Words.D(r, r.Pick(2015, 2014, 2016));
        var lines = new List<string>
        {
            r.Pick("جميع الحقوق محفوظة", "حقوق النشر محفوظة", "© كل الحقوق محفوظة") + r.Separator("—", "|", "-", "") + r.Pick("©", "") + " " + year + " " + r.Pick("", "صحيفة ", "لصحيفة ") + s.Paper,
        };
        if (r.Chance(0.5))
        {
            lines.Insert(r.Next(2), r.Pick("العنوان: ", "📍 ", "المقر: ") + r.Pick("ص.ب ", "شارع الملك فهد، ", "طريق الملك عبدالعزيز ") + Words.D(r, r.Between(100, 9999)) + " " + r.Pick(DressingPools.Cities));
        }
        if (r.Chance(0.4))
        {
            lines.Add(r.Pick("حمّل تطبيق ", "تطبيق ", "نزّل تطبيق ") + s.Paper + r.Pick(" على App Store و Google Play", " | iOS · Android", " للأجهزة الذكية"));
        }
        return new NoisePiece(NoiseKind.Footer, lines);
    }

    public static NoisePiece Signature(DressingRandom r, Story s)
    {
        var name = Words.Person(r);
        var mail = r.Letters(r.Between(4, 8), "abcdefghijklmnopqrstuvwxyz.").Trim('.') + r.Pick("@", " @ ") + r.Pick("gmail.com", "hotmail.com", "news.sa", "outlook.com");
        return r.Next(4) switch
        {
            0 => new NoisePiece(NoiseKind.Signature, [name, mail]),
            1 => new NoisePiece(NoiseKind.Signature, [name + r.Pick("، ", " - ", " — ") + r.Pick(DressingPools.Cities)]),
            2 => new NoisePiece(NoiseKind.Signature, [r.Pick("المحرر", "محرر الخبر", "تحرير") + r.Separator(":", "/") + name + r.Pick("", "  " + mail)]),
            _ => new NoisePiece(NoiseKind.Signature, ["— " + name + r.Pick("", " (" + s.Paper + ")")]),
        };
    }

    public static NoisePiece Tags(DressingRandom r, Story s)
    {
        var words = Words.Nouns(s).Take(r.Between(1, 3)).ToList();
        words.Add(r.Pick(DressingPools.Cities));
        words.Insert(r.Next(words.Count + 1), r.Pick("أخبار محلية", "اقتصاد", "رياضة", "منوعات", "السعودية", s.Paper));
        words = [.. words.Distinct()];
        var line = r.Next(3) switch
        {
            0 => r.Pick("الوسوم", "الكلمات المفتاحية", "وسوم") + r.Separator(":", "|", "—") + string.Join(r.Pick("، ", " - ", " | ", " · "), words),
            1 => string.Join(" ", words.Select(w => "#" + w.Replace(' ', '_'))),
            _ => r.Pick("🏷 ", "Tags: ") + string.Join(r.Pick(", ", "، "), words),
        };
        return new NoisePiece(NoiseKind.Tags, [line]);
    }
}
