namespace BlazorReader.Bench.Cleaning.Ninth;

// The SMS and phone news services papers sell: «للاشتراك أرسل … إلى …» with the operators of
// the paper's country, the price of a message, the way out, WhatsApp and hotline numbers, and
// the service's own sign-off.
public static class PhoneServices
{
    private static readonly Dictionary<string, string[]> Operators = new(StringComparer.Ordinal)
    {
        ["الأردن"] = ["زين", "أورانج", "أمنية"],
        ["فلسطين"] = ["جوال", "الوطنية موبايل", "أوريدو"],
        ["سوريا"] = ["سيريتل", "MTN"],
        ["اليمن"] = ["يمن موبايل", "سبأفون", "MTN", "واي"],
        ["السودان"] = ["زين", "سوداني", "MTN"],
        ["تونس"] = ["أوريدو", "اتصالات تونس", "أورنج تونس"],
        ["المغرب"] = ["اتصالات المغرب", "إنوي", "أورنج"],
        ["الإمارات"] = ["اتصالات", "دو"],
    };

    public static void Dress(NinthPage page, NinthStory s, DressingRandom r)
    {
        var ops = Operators[s.Region.Country];
        var code = NinthDates.Digits(r, r.Between(1000, 99999));
        var word = r.Pick("1", "أخبار", "خبر", "NEWS", "عاجل", "اشتراك", "A", "ن");
        var service = r.Pick($"خدمة {s.Paper} الإخبارية", $"{s.Paper} موبايل", $"أخبار {s.Paper} على جوالك", "الخدمة الإخبارية العاجلة", $"رسائل {s.Paper} القصيرة");
        var lines = new List<string>
        {
            r.Next(3) switch
            {
                0 => $"{r.Pick("للاشتراك في", "اشترك في", "لتصلك أخبار")} {service} {r.Pick("أرسل", "ارسل", "أرسل الرقم", "أرسل كلمة")} ({word}) {r.Pick("إلى", "الى", "على الرقم")} {code}",
                1 => $"{r.Pick("مشتركو", "لمشتركي", "عملاء")} {r.Pick(ops)}: {r.Pick("أرسل", "ارسل")} {word} {r.Pick("إلى", "للرقم")} {code}{r.Pick("", $" | {r.Pick(ops)}: {word} إلى {NinthDates.Digits(r, r.Between(1000, 99999))}")}",
                _ => $"📲 {service}{r.Separator(":", "|", "-")}{r.Pick("SMS", "رسالة قصيرة")} {word} {r.Pick("إلى", "→")} {code}",
            },
        };
        if (r.Chance(0.5))
        {
            lines.Add($"{r.Pick("سعر الرسالة", "تكلفة الاشتراك", "قيمة الخدمة")} {r.Number(r.Between(5, 150))} {r.Pick("قرشاً", "فلساً", "سنتاً", "مليماً", "أسبوعياً", "يومياً")}{r.Pick("", " شاملة الضريبة", " للرسالة الواحدة")}");
        }
        if (r.Chance(0.4))
        {
            lines.Add($"{r.Pick("لإلغاء الاشتراك", "للإلغاء", "لإيقاف الخدمة")} {r.Pick("أرسل", "ارسل")} ({r.Pick("إلغاء", "STOP", "ايقاف", "0")}) {r.Pick("إلى", "الى")} {code}");
        }
        page.Bottom(page.Piece(NoiseKind.Share, [.. lines]));
        if (r.Chance(0.45))
        {
            var number = r.Pick("+962 7", "+970 59", "+963 9", "+967 77", "+249 9", "+216 2", "+212 6", "+971 5") + r.Letters(r.Between(7, 8), "0123456789");
            page.Bottom(page.Piece(NoiseKind.Share, $"{r.Pick("لإرسال أخبارك وصورك", "شاركنا الخبر", "تابعونا على واتساب", "📞 الخط الساخن", "للإعلان والتواصل")}{r.Separator(":", "-", "|")}{(r.Chance(0.3) ? DressingRandom.ToArabicIndic(number) : number)}"));
        }
        if (r.Chance(0.35))
        {
            page.Bottom(page.Piece(NoiseKind.Signature, $"{service}{r.Pick(" — ", " - ", " | ", "... ")}{r.Pick("الخبر أولاً بأول", "كن أول من يعلم", "أخبارك حيث تكون", "الخبر لحظة وقوعه")}"));
        }
    }
}
