namespace BlazorReader.Bench.Cleaning.ThirtySixth;

// The chrome around a story's end and between its paragraphs: share and follow lines, «اقرأ
// أيضاً», other stories' teasers, more-links, footers, counters, signatures and tags.
internal static class TailChrome
{
    private static readonly string[] Networks = ["فيسبوك", "تويتر", "واتساب", "تيليجرام", "لينكدإن"];

    public static NoisePiece Share(Page p)
    {
        var r = p.R;
        var n = r.Number(r.Between(3, 4800));
        var line = r.Next(5) switch
        {
            0 => r.Pick("شارك الخبر", "شارك", "انشر") + r.Separator(":", "|", "") + string.Join(r.Pick(" | ", " • ", " ", " - "), Networks.OrderBy(_ => r.Next(9)).Take(r.Between(2, 4))),
            1 => r.Pick("📤 ", "🔁 ", "") + n + r.Pick(" مشاركة", " شخص شاركوا هذا", " إعادة نشر"),
            2 => r.Pick("تابعونا على ", "انضم لقناتنا على ") + r.Pick("تيليجرام", "سناب شات", "يوتيوب") + r.Pick(" @", " t.me/", ": ") + r.Letters(6, "abcdefghijklmnopqrstuvwxyz") + r.Pick("news", "_sa", ""),
            3 => r.Pick("🔔 ", "") + r.Pick("اشترك في النشرة البريدية", "فعّل التنبيهات ليصلك كل جديد", "اشترك مجاناً في خدمة الأخبار العاجلة"),
            _ => r.Pick("أعجبني", "👍") + " " + n + r.Pick(" · ", " | ") + r.Pick("مشاركة", "تغريد", "إرسال"),
        };
        return p.Piece(NoiseKind.Share, line);
    }

    public static NoisePiece? ReadAlso(Page p, bool block)
    {
        var r = p.R;
        var count = block ? r.Between(2, 3) : 1;
        var stories = Enumerable.Range(0, count).Select(_ => p.OtherStory()).OfType<string>().Distinct().ToList();
        if (stories.Count == 0)
        {
            return null;
        }
        var head = r.Pick("اقرأ أيضاً", "اقرأ أيضا", "إقرأ أيضاً", "اقرأ كذلك", "قد يهمك أيضاً");
        string[] lines = block
            ? [head + r.Pick(":", "", " ⬇", " ←"), .. stories.Select((s, i) => r.Pick("- ", "• ", "» ", r.Number(i + 1) + ". ", "") + s)]
            : [head + r.Pick(": ", " : ", " ← ", " >> ", "… ") + stories[0]];
        return new NoisePiece(NoiseKind.ReadAlso, lines) { Teasers = stories };
    }

    public static NoisePiece? Teasers(Page p)
    {
        var r = p.R;
        var stories = Enumerable.Range(0, r.Between(2, 4)).Select(_ => p.OtherStory(r.Chance(0.25))).OfType<string>().Distinct().ToList();
        if (stories.Count == 0)
        {
            return null;
        }
        var head = r.Pick("الأكثر قراءة", "أخبار ذات صلة", "المزيد من " + p.Paper, "آخر الأخبار", "من الأرشيف", "قصص مقترحة");
        var lines = new List<string>();
        if (r.Chance(0.8))
        {
            lines.Add(head);
        }
        for (var i = 0; i < stories.Count; i++)
        {
            var mark = r.Pick("", "• ", "■ ", r.Number(i + 1) + " ", r.Number(i + 1) + "- ");
            var tail = r.Next(4) switch
            {
                0 => r.Separator("|", "-", "•") + r.Pick("منذ ", "قبل ") + r.Number(r.Between(2, 59)) + r.Pick(" دقيقة", " ساعة", " د"),
                1 => r.Separator("|", "—") + r.Pick("محليات", "اقتصاد", "رياضة", "دوليات", "منوعات"),
                _ => "",
            };
            lines.Add(mark + stories[i] + tail);
        }
        return new NoisePiece(NoiseKind.Teaser, [.. lines]) { Teasers = stories };
    }

    public static NoisePiece MoreLink(Page p, bool glued)
    {
        var r = p.R;
        var text = glued
            ? r.Pick("...المزيد", " …المزيد", " (التفاصيل)", " - للمزيد", "... التفاصيل ←", " ←التفاصيل")
            : r.Pick("للمزيد اضغط هنا", "اقرأ الخبر كاملاً على موقع " + p.Paper, "تابع التفاصيل ←", "لقراءة التفاصيل اضغط على الرابط", "المزيد من الأخبار ›");
        return new NoisePiece(NoiseKind.MoreLink, [text], glued);
    }

    public static NoisePiece Footer(Page p)
    {
        var r = p.R;
        var line = r.Next(4) switch
        {
            0 => r.Pick("©", "(c)", "حقوق النشر ©") + " " + p.Year + r.Pick(" ", " - ") + p.Paper + r.Separator("|", "—", ".") + r.Pick("جميع الحقوق محفوظة", "كل الحقوق محفوظة"),
            1 => r.Pick("ص.ب ", "صندوق بريد ") + Dates.Plain(r, r.Between(200, 9000)) + " " + p.City + r.Pick(" ", " - ") + Dates.Plain(r, r.Between(11000, 31999)) + r.Separator("|", "•") + r.Pick("هاتف", "ت") + ": " + Dates.Plain(r, r.Between(110000000, 119999999)),
            2 => r.Pick("حمّل تطبيق ", "تطبيق ") + p.Paper + r.Pick(" على App Store وGoogle Play", " متاح الآن للآيفون والأندرويد"),
            _ => r.Pick("جميع الحقوق محفوظة لـ", "الحقوق محفوظة ") + p.Paper + " " + r.Pick("1995", "٢٠٠٣", "2008") + "–" + p.Year,
        };
        return p.Piece(NoiseKind.Footer, line);
    }

    public static NoisePiece Counter(Page p)
    {
        var r = p.R;
        var n = r.Number(r.Between(12, 25000));
        var line = r.Next(4) switch
        {
            0 => r.Pick("👁 ", "المشاهدات: ", "عدد القراءات: ") + n + r.Pick("", " مشاهدة", " قراءة"),
            1 => r.Pick("التعليقات", "تعليقات القراء") + " (" + r.Number(r.Between(0, 80)) + ")",
            2 => r.Pick("⏱ ", "وقت القراءة: ", "") + r.Number(r.Between(3, 9)) + r.Pick(" دقائق للقراءة", " د قراءة", " دقائق"),
            _ => n + r.Pick(" مشاهدة", " زيارة") + r.Separator("|", "•", "·") + r.Number(r.Between(0, 50)) + r.Pick(" تعليق", " تعليقاً"),
        };
        return p.Piece(NoiseKind.Counter, line);
    }

    public static NoisePiece Signature(Page p)
    {
        var r = p.R;
        var mail = r.Letters(r.Between(4, 8), "abcdefghijklmnopqrstuvwxyz") + r.Pick("", ".", "_") + r.Letters(2, "abcdefghijklmnopqrstuvwxyz") + "@" + r.Pick("alriyadh.com", "okaz.com.sa", "gmail.com", "alyaum.com");
        var line = r.Next(4) switch
        {
            0 => p.Author + "، " + p.City,
            1 => p.Author + r.Separator("—", "|", "-") + mail,
            2 => r.Pick("تحرير", "المحرر", "مراجعة") + ": " + p.Author,
            _ => mail,
        };
        return p.Piece(NoiseKind.Signature, line);
    }

    public static NoisePiece Tags(Page p)
    {
        var r = p.R;
        var words = p.Title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim('«', '»', '"', '.', ':', '(', ')', '،')).Where(w => w.Length >= 4).Take(3).Append(p.City).Append(r.Pick("أخبار", "محليات", "السعودية")).Distinct().ToList();
        var line = r.Next(3) switch
        {
            0 => r.Pick("الوسوم", "كلمات مفتاحية", "الكلمات الدلالية") + r.Pick(": ", " : ", " ") + string.Join(r.Pick("، ", " | ", " - "), words),
            1 => string.Join(" ", words.Select(w => "#" + w.Replace(' ', '_'))),
            _ => r.Pick("🏷 ", "وسوم: ") + string.Join(", ", words),
        };
        return p.Piece(NoiseKind.Tags, line);
    }
}
