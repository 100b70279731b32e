namespace BlazorReader.Bench.Cleaning.ThirtyFirst;

// A live stream's page copied with its chat overlay: the presenter reads the story, viewers'
// «name: message» lines and the chat's system lines fall between the paragraphs.
internal sealed class StreamChatFrame(DressingRandom r) : IFrame
{
    private static readonly string[] Messages =
    [
        "السلام عليكم", "متابعين من {0}", "الله يعطيكم العافية", "وين الصوت؟", "الصوت مقطّع عندي", "خبر مهم 👍",
        "ممكن تعيدون الرابط", "تحياتي للمذيع", "أول مرة أتابع البث", "Hello from {0}", "ننتظر التفاصيل", "🔥🔥",
    ];

    private string Nick() => r.Chance(0.6) ? r.Pick(DressingPools.FirstNames) + r.Pick("", "_" + r.Between(1, 99), r.Letters(2, "0123456789")) : r.Pick(DressingPools.LatinFirst).ToLowerInvariant() + r.Pick("", "_", ".") + r.Between(1, 999);

    private string Message() => string.Format(System.Globalization.CultureInfo.InvariantCulture, r.Pick(Messages), r.Pick(DressingPools.Cities));

    public void Head(Page p, Story s)
    {
        p.Chrome(NoiseKind.Footer, r.Pick("🔴 مباشر", "● LIVE", "بث مباشر", "🔴 مباشر الآن") + r.Pick(" · ", " | ", "  ") + r.Pick("قناة ", "") + s.Paper);
        p.Chrome(NoiseKind.Counter, r.Number(r.Between(120, 40000)) + r.Pick(" يشاهدون الآن", " مشاهد", " watching") + r.Pick("", " · بدأ البث " + Words.Ago(r)));
        if (r.Chance(0.4))
        {
            p.Raw(r.Pick("الدردشة المباشرة", "Live chat", "أهم الرسائل ▾"));
        }
    }

    public void Between(Page p, Story s, int paragraph)
    {
        var n = r.Pick(0, 0, 1, 2, 3);
        for (var i = 0; i < n; i++)
        {
            if (r.Chance(0.2))
            {
                p.Chrome(NoiseKind.Counter, r.Pick("انضم ", "دخل ") + Words.Count(r, r.Between(2, 90), "مشاهد", "مشاهدان", "مشاهدين", "مشاهداً") + r.Pick("", " الآن", " إلى البث"));
                continue;
            }
            p.Raw(Nick() + r.Pick(": ", ": ", " : ", ":") + Message());
        }
        if (r.Chance(0.06))
        {
            p.Raw(r.Pick("📌 تم تثبيت رسالة بواسطة المشرف", "الدردشة في الوضع البطيء", "حُذفت رسالة بواسطة المشرف"));
        }
    }

    public void Tail(Page p, Story s)
    {
        for (var i = r.Between(1, 3); i > 0; i--)
        {
            p.Raw(Nick() + ": " + Message());
        }
        p.Chrome(NoiseKind.Footer, r.Pick("اكتب رسالة…", "قل شيئاً...", "Chat…") + r.Pick("", "  😊  ➤", "  إرسال"));
        if (r.Chance(0.5))
        {
            p.Chrome(NoiseKind.Share, r.Pick("👍 ", "أعجبني ") + r.Number(r.Between(10, 9000)) + r.Pick("  ↗ مشاركة", " · اشتراك", " | 🔔 اشترك في القناة"));
        }
    }
}
