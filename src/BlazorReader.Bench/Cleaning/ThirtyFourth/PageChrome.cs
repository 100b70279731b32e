using System.Globalization;

namespace BlazorReader.Bench.Cleaning.ThirtyFourth;

// The chrome round the end of a story: share and follow lines, read-alsos and teaser blocks of
// other stories (from the pools, so a reader would know them as other stories), more-links,
// footers, counters, signatures and tags, each assembled from parts.
internal static class PageChrome
{
    private static readonly string[] Networks = ["فيسبوك", "تويتر", "واتساب", "تيليجرام", "لينكدإن", "Facebook", "Twitter", "WhatsApp"];

    private static readonly string[] Categories = ["محليات", "اقتصاد", "رياضة", "دوليات", "منوعات", "ثقافة", "تقنية", "صحة"];

    public static NoisePiece Share(DressingRandom r)
    {
        var nets = Networks.OrderBy(_ => r.Next(99)).Take(r.Between(2, 4));
        var line = r.Next(4) switch
        {
            0 => r.Pick("شارك الخبر", "انشر الخبر", "شارك عبر", "مشاركة") + r.Pick(": ", " ", " ← ") + string.Join(r.Pick(" | ", " · ", " ", " - "), nets),
            1 => r.Pick("🔁 ", "↗ ", "📤 ") + r.Number(r.Between(3, 900)) + r.Pick(" مشاركة", " مرة") + r.Pick("  ❤ ", " · 👍 ") + r.Number(r.Between(5, 3000)),
            2 => r.Pick("تابعونا على ", "تابعوا ", "اشترك في ") + r.Pick("قناتنا على تيليجرام", "حسابنا في تويتر", "النشرة البريدية", "قناة اليوتيوب") + r.Pick(" 👇", "", " ←", " @" + r.Letters(6, "abcdefghijklmnopqrstuvwxyz")),
            _ => r.Pick("أعجبك الخبر؟ ", "") + r.Pick("شاركه مع أصدقائك", "أرسله لصديق", "احفظه للقراءة لاحقاً") + r.Pick(" 📲", "", "!"),
        };
        return new(NoiseKind.Share, [line]);
    }

    public static NoisePiece? ReadAlso(DressingRandom r, Sheet s, bool block)
    {
        var head = r.Pick("اقرأ أيضاً", "اقرأ أيضا", "إقرأ ايضاً", "اقرأ كذلك", "طالع أيضاً", "ذات صلة");
        var titles = Enumerable.Range(0, block ? r.Between(2, 3) : 1).Select(_ => s.Other()).OfType<string>().ToList();
        if (titles.Count == 0)
        {
            return null;
        }
        string[] lines = block
            ? [head + r.Pick(":", "", " ⬇", ".."), .. titles.Select((t, i) => r.Pick("- ", "• ", "» ", Calendar.Digits(r, $"{i + 1}. "), "") + t)]
            : [head + r.Pick(": ", " : ", " ← ", " | ") + titles[0] + r.Pick("", "", " »")];
        return new(NoiseKind.ReadAlso, lines) { Teasers = titles };
    }

    // A block of other stories with a header, their times, categories, bullets or numbers.
    public static NoisePiece? Teasers(DressingRandom r, Sheet s)
    {
        var texts = Enumerable.Range(0, r.Between(2, 4)).Select(_ => s.Other(r.Chance(0.25))).OfType<string>().Distinct().ToList();
        if (texts.Count == 0)
        {
            return null;
        }
        var head = r.Pick("الأكثر قراءة", "أخبار ذات صلة", "آخر الأخبار", "المزيد من الأخبار", "في نفس القسم", "الأحدث");
        var lines = new List<string> { head + r.Pick("", ":", " 🔥", " ▾") };
        foreach (var (t, i) in texts.Select((t, i) => (t, i)))
        {
            var lead = r.Pick("", "• ", "▪ ", Calendar.Digits(r, $"{i + 1} - "), Calendar.Digits(r, $"{i + 1}) "));
            var tail = r.Next(4) switch
            {
                0 => " - " + Calendar.Clock(r),
                1 => " | " + r.Pick(Categories),
                2 => " (" + r.Pick("منذ ", "قبل ") + Calendar.Digits(r, r.Between(2, 23).ToString(CultureInfo.InvariantCulture)) + r.Pick(" ساعة)", " دقيقة)"),
                _ => "",
            };
            lines.Add(lead + t + tail);
        }
        return new(NoiseKind.Teaser, lines) { Teasers = texts };
    }

    public static string MoreText(DressingRandom r) =>
        r.Pick("المزيد", "اقرأ المزيد", "التفاصيل", "للمزيد من التفاصيل", "تابع القراءة", "أكمل القراءة") + r.Pick("...", " ←", " »", "", " >>", "…");

    // A more-link on its own line: «المزيد من الأخبار ←», «اقرأ المزيد في قسم محليات».
    public static string MoreAlone(DressingRandom r) =>
        r.Pick("اقرأ المزيد", "المزيد", "للمزيد", "تابع المزيد") + r.Pick("", " من الأخبار", " عن الموضوع", " في قسم " + r.Pick(Categories)) + r.Pick("...", " ←", " »", "", " >>");

    public static string TagWord(string w) => w.Trim('،', '.', ':', '"', '«', '»', '(', ')', '!', '؟');

    public static NoisePiece Footer(DressingRandom r)
    {
        var year = Calendar.Digits(r, r.Pick("2015", "2014-2015", "2009 - 2015"));
        var rights = r.Pick("جميع الحقوق محفوظة", "كل الحقوق محفوظة", "الحقوق محفوظة") + r.Pick(" © ", " ل", " - ", " ©") + StoryChrome.Paper(r) + " " + year;
        var lines = new List<string> { r.Chance(0.5) ? rights : "© " + year + " " + StoryChrome.Paper(r) + r.Pick(". جميع الحقوق محفوظة", "") };
        if (r.Chance(0.4))
        {
            lines.Add(r.Pick("العنوان: ", "المقر: ", "") + r.Pick(DressingPools.Cities) + r.Pick(" - ص.ب ", "، صندوق بريد ") + Calendar.Digits(r, r.Between(1000, 99999).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
        if (r.Chance(0.3))
        {
            lines.Add(r.Pick("حمّل تطبيقنا", "تطبيق الجريدة متاح على", "نزّل التطبيق") + r.Pick(": ", " ") + r.Pick("App Store | Google Play", "آب ستور وجوجل بلاي", "iOS · Android"));
        }
        return new(NoiseKind.Footer, lines);
    }

    public static NoisePiece Counter(DressingRandom r) => new(NoiseKind.Counter, [r.Next(4) switch
    {
        0 => r.Pick("👁 ", "المشاهدات: ", "عدد القراءات ") + r.Number(r.Between(40, 90000)) + r.Pick("", " مشاهدة", " قراءة"),
        1 => r.Pick("التعليقات", "تعليقات القراء", "💬") + r.Pick(" (", " ", ": ") + r.Number(r.Between(0, 300)) + r.Pick(")", "", ""),
        2 => r.Pick("وقت القراءة", "مدة القراءة", "⏱") + r.Pick(": ", " ") + Calendar.Digits(r, r.Between(1, 9).ToString(CultureInfo.InvariantCulture)) + r.Pick(" دقائق", " د", " دقيقة"),
        _ => r.Number(r.Between(100, 20000)) + r.Pick(" زيارة", " مشاهدة") + r.Pick(" · ", " | ") + r.Number(r.Between(0, 80)) + " تعليق",
    }]);

    public static NoisePiece Signature(DressingRandom r)
    {
        var name = DressingPools.PersonName(r);
        var mail = r.Letters(r.Between(4, 8), "abcdefghijklmnopqrstuvwxyz") + r.Pick(".", "_", "") + r.Letters(3, "abcdefghijklmnopqrstuvwxyz") + "@" + r.Pick("gmail.com", "hotmail.com", "alriyadh.com", "okaz.com.sa");
        string[] lines = r.Next(4) switch
        {
            0 => [name + r.Pick("، ", " - ", " — ") + r.Pick(DressingPools.Cities)],
            1 => [r.Pick("المحرر: ", "تحرير: ", "مراجعة: ") + name, mail],
            2 => [r.Pick("للتواصل: ", "البريد: ", "✉ ") + mail],
            _ => [r.Pick("*", "—", "") + name, r.Pick("كاتب وباحث", "صحفي ومحرر", "مراسل الصحيفة") + r.Pick(" في ", " - ") + r.Pick(DressingPools.Cities)],
        };
        return new(NoiseKind.Signature, lines);
    }

    public static NoisePiece Tags(DressingRandom r, Sheet s)
    {
        var words = TextReferee.Normalize(s.Article.Title ?? "أخبار محلية").Split(' ').Select(TagWord).Where(w => w.Length >= 4).Take(6).OrderBy(_ => r.Next(99)).Take(r.Between(2, 4)).ToList();
        words.Add(r.Pick(Categories));
        var line = r.Chance(0.5)
            ? string.Join(" ", words.Select(w => "#" + w))
            : r.Pick("الوسوم", "الكلمات الدلالية", "وسوم", "Tags") + r.Pick(": ", " : ", " ") + string.Join(r.Pick("، ", " - ", " | ", ", "), words);
        return new(NoiseKind.Tags, [line]);
    }
}
