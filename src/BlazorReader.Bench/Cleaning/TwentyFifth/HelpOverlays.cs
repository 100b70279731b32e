using static BlazorReader.Bench.Cleaning.TwentyFifth.PageWords;

namespace BlazorReader.Bench.Cleaning.TwentyFifth;

// Overlays a copy takes along: a customer-support chat bubble sitting over the page, and a
// grammar or spell checker's panel open in the editor the text was pasted from, its counts
// and buttons falling between paragraphs. Both are furniture wherever they land.
internal static class HelpOverlays
{
    public static void Dress(PageDraft page)
    {
        var r = page.R;
        if (r.Chance(0.5))
        {
            Chat(page);
        }
        else
        {
            Checker(page);
        }
        if (r.Chance(0.35))
        {
            page.Story(page.Inside(), r.Pick(
                "وأوضح أن خدمة العملاء متاحة على مدار الساعة للرد على الاستفسارات.",
                "كيف يمكن الاستفادة من الخدمة؟",
                "ونبهت الجهة إلى أهمية التدقيق في البيانات قبل إرسال الطلب."));
        }
    }

    private static void Chat(PageDraft page)
    {
        var r = page.R;
        var agent = r.Pick("نورة", "سارة", "خالد", "المساعد الآلي", "فريق الدعم");
        List<string> lines = r.Next(3) switch
        {
            0 => [$"💬 {r.Pick("تحدث معنا", "محادثة مباشرة", "الدعم الفني")}", $"مرحباً 👋 أنا {agent}، كيف يمكنني مساعدتك اليوم؟"],
            1 => [$"{agent} {r.Pick("متصل الآن", "● متصل")}", r.Pick("عادةً نرد خلال دقائق", "متوسط وقت الرد: دقيقتان"), r.Pick("اكتب رسالتك…", "أرسل")],
            _ => [r.Pick("هل لديك سؤال؟", "نحن هنا للمساعدة"), Row(r, "ابدأ المحادثة", r.Pick("واتساب الأعمال", "اتصل بنا"), r.Pick("×", "إغلاق"))],
        };
        page.Noise(r.Chance(0.6) ? page.End : page.Inside(), NoiseKind.Footer, lines);
        if (r.Chance(0.3))
        {
            page.Noise(page.End, NoiseKind.Footer, r.Pick("مدعوم من Zendesk", "Powered by Intercom", "خدمة المحادثة من Freshchat"));
        }
    }

    private static void Checker(PageDraft page)
    {
        var r = page.R;
        var count = r.Between(1, 9);
        var head = r.Next(3) switch
        {
            0 => $"{Digits(r, N(count))} {r.Pick("اقتراحات", "تنبيهات", "أخطاء محتملة")}{r.Separator("•", "|", "—")}{r.Pick("تجاهل الكل", "قبول الكل", "عرض الكل")}",
            1 => $"{r.Pick("التدقيق الإملائي", "المدقق اللغوي", "Grammar check")}: {Digits(r, N(count))} {r.Pick("ملاحظة", "issues")}",
            _ => Row(r, r.Pick("الإملاء", "النحو", "الأسلوب"), Digits(r, N(count)), r.Pick("الوضوح", "الترقيم"), Digits(r, N(r.Between(0, 5)))),
        };
        page.Noise(r.Chance(0.5) ? 0 : page.End, NoiseKind.Footer, head);
        var fixes = r.Between(0, 2);
        for (var i = 0; i < fixes; i++)
        {
            var pair = r.Pick(("انشاء", "إنشاء"), ("مسئول", "مسؤول"), ("انشاء الله", "إن شاء الله"), ("الى", "إلى"), ("هاذا", "هذا"), ("ابتداءا", "ابتداءً"));
            page.Noise(page.Inside(), NoiseKind.Footer, r.Next(3) switch
            {
                0 => $"«{pair.Item1}» ← «{pair.Item2}»  {r.Pick("قبول", "استبدال")} | تجاهل",
                1 => $"{r.Pick("خطأ إملائي", "اقتراح")}: {pair.Item1} → {pair.Item2}",
                _ => $"{pair.Item2}  ·  {r.Pick("إضافة إلى القاموس", "تجاهل مرة")}",
            });
        }
        if (r.Chance(0.4))
        {
            page.Noise(page.End, NoiseKind.Counter, Row(r, $"الكلمات: {r.Number(page.Own.Sum(l => l.Split(' ').Length))}", $"الأحرف: {r.Number(page.Own.Sum(l => l.Length))}"));
        }
    }
}
