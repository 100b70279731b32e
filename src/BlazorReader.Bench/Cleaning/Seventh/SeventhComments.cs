using static BlazorReader.Bench.Cleaning.Seventh.SeventhWords;

namespace BlazorReader.Bench.Cleaning.Seventh;

// A comment section pasted below the story: a header with the count, then each comment as its
// user name, when, what was said, and the «رد» and like buttons flattened into words.
internal static class SeventhComments
{
    private static readonly string[] Openers = ["الله يحفظ", "الله يوفق", "نشكر", "للأسف", "والله", "يا ليت", "وين", "نتمنى من"];

    private static readonly string[] Middles = ["بلادنا وولاة أمرنا", "المسؤولين على هذا الجهد", "الجهات المعنية تتابع الموضوع", "هذا الخبر تأخر كثيرا", "ما نشوف تطبيق على أرض الواقع", "الوزارة تنتبه لهذا"];

    private static readonly string[] Closers = ["", "!!", "..", " 👍", " والله المستعان", " شكرا للصحيفة", "؟"];

    public static NoisePiece Section(DressingRandom r)
    {
        var lines = new List<string>();
        if (r.Chance(0.8))
        {
            lines.Add($"{r.Pick("التعليقات", "تعليقات القراء", "آراء القراء", "اكتب تعليقك")}{r.Pick("", $" ({r.Number(r.Between(1, 60))})", ":")}");
        }
        for (var i = r.Between(1, 3); i > 0; i--)
        {
            var user = r.Pick($"{r.Pick("أبو", "أم")} {r.Pick(DressingPools.FirstNames)}", DressingPools.PersonName(r), r.Pick("مواطن", "زائر", "متابع", "غيور") + " " + r.Number(r.Between(1, 999)));
            var when = r.Pick(Date(r, SomeDay(r)), $"منذ {r.Number(r.Between(2, 23))} {r.Pick("ساعة", "ساعات", "يوم", "أيام")}");
            if (r.Chance(0.5))
            {
                lines.Add(user + r.Separator("|", "-", "·") + when);
            }
            else
            {
                lines.Add(user);
                lines.Add(when);
            }
            lines.Add($"{r.Pick(Openers)} {r.Pick(Middles)}{r.Pick(Closers)}");
            if (r.Chance(0.7))
            {
                lines.Add(r.Pick($"رد ({r.Number(r.Between(0, 9))})", "↩ الرد", "رد ↩", $"رد{r.Separator("|")}أعجبني {r.Number(r.Between(0, 99))}", $"👍 {r.Number(r.Between(0, 99))} 👎 {r.Number(r.Between(0, 20))}"));
            }
        }
        if (r.Chance(0.3))
        {
            lines.Add(r.Pick("أضف تعليقك", "اترك تعليقا", "إرسال التعليق", "الاسم | البريد الإلكتروني | التعليق"));
        }
        return new NoisePiece(NoiseKind.Footer, [.. lines.Select(l => r.Scuff(l))]);
    }
}
