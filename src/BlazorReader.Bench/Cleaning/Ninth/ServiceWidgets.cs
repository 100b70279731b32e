using System.Globalization;

namespace BlazorReader.Bench.Cleaning.Ninth;

// The service boxes Arab portals carry beside every story, flattened into the copy: prayer
// times, weather, currency and gold prices, the local bourse, football scores and the bar with
// both calendars' dates. Each is figures on a line, in either script of digits.
public static class ServiceWidgets
{
    private static readonly string[] Prayers = ["الفجر", "الشروق", "الظهر", "العصر", "المغرب", "العشاء"];

    private static readonly int[] Karats = [24, 21, 18];

    private static readonly int[] Hours = [4, 5, 12, 15, 19, 20];

    private static readonly string[] Clubs =
    [
        "الوحدات", "الفيصلي", "الجزيرة", "شباب الأردن", "الترجي", "النجم الساحلي", "الإفريقي", "الرجاء", "الوداد", "الجيش الملكي",
        "الهلال السوداني", "المريخ", "العين", "الوصل", "الشارقة", "الجيش", "الوحدة", "الاتحاد", "أهلي صنعاء", "شباب الخليل",
    ];

    public static void Draw(NinthPage page, NinthStory s, DressingRandom r)
    {
        var piece = r.Next(7) switch
        {
            0 => PrayerTimes(page, s, r),
            1 => page.Piece(NoiseKind.Counter, Weather(s, r)),
            2 => page.Piece(NoiseKind.Counter, Currency(s, r)),
            3 => page.Piece(NoiseKind.Counter, Gold(s, r)),
            4 => page.Piece(NoiseKind.Counter, Bourse(s, r)),
            5 => page.Piece(NoiseKind.Counter, Score(r)),
            _ => page.Piece(NoiseKind.Dateline, $"{r.Pick("اليوم" + r.Pick(": ", " | "), "", "📅 ", "التاريخ: ")}{NinthDates.Dual(r, s.Day, s.Region)}"
                + r.Pick("", $" | {s.City(r)} {r.Number(r.Between(18, 46))}°", $" - آخر تحديث {Clock(r)}")),
        };
        switch (r.Next(5))
        {
            case 0 or 1 or 2:
                page.Top(piece);
                break;
            case 3:
                page.Between(piece);
                break;
            default:
                page.Bottom(piece);
                break;
        }
    }

    private static NoisePiece PrayerTimes(NinthPage page, NinthStory s, DressingRandom r)
    {
        var header = $"{r.Pick("مواقيت الصلاة", "أوقات الصلاة", "🕌 مواقيت الصلاة")} {r.Pick("في", "حسب توقيت", "-")} {s.City(r)}";
        var times = Prayers.Select((p, i) => $"{p}{r.Pick(" ", ": ", " ")}{Time(r, Hours[i])}").ToList();
        return r.Chance(0.5)
            ? page.Piece(NoiseKind.Counter, header + r.Pick(": ", " | ", " ") + string.Join(r.Pick(" | ", "  ", " - ", " • "), times))
            : page.Piece(NoiseKind.Counter, [header, .. times]);
    }

    private static string Weather(NinthStory s, DressingRandom r) =>
        $"{r.Pick("", "الطقس: ", "☀️ ", "🌡 ", "حالة الطقس في ")}{s.City(r)} {r.Number(r.Between(19, 47))}{r.Pick("°", "° م", " درجة", "°C")}"
        + $"{r.Pick(" | ", " - ", " ")}{r.Pick("مشمس", "غائم جزئياً", "صحو", "رياح مثيرة للغبار", "حار", "أمطار متفرقة")}"
        + r.Pick("", $" | العظمى {r.Number(r.Between(30, 48))} الصغرى {r.Number(r.Between(14, 29))}", $" · الرطوبة {r.Number(r.Between(8, 80))}%");

    private static string Currency(NinthStory s, DressingRandom r)
    {
        string Rate(double lo, double hi) => Price(r, lo + r.Next(1000) / 1000.0 * (hi - lo), 3);
        var items = new[] { $"الدولار {Rate(0.7, 3.9)}", $"اليورو {Rate(0.77, 4.3)}", $"الإسترليني {Rate(1.08, 5.8)}", $"الريال السعودي {Rate(0.18, 1.05)}" };
        return r.Pick("أسعار العملات", "💱 العملات", "سعر الصرف", $"العملات مقابل ال{s.Region.Currency}") + r.Pick(": ", " | ", " ")
            + string.Join(r.Pick(" | ", " - ", "  ", " ▪ "), items.Take(r.Between(2, 4)).Select(i => i + r.Pick("", " ▲", " ▼", "↑", "↓")));
    }

    private static string Gold(NinthStory s, DressingRandom r) =>
        $"{r.Pick("أسعار الذهب", "الذهب اليوم", "🟡 الذهب")}{r.Pick(": ", " | ", " - ")}" + string.Join(r.Pick(" | ", " - ", "، "),
            Karats.Take(r.Between(2, 3)).Select(k => $"عيار {r.Number(k)}{r.Pick(": ", " ")}{Price(r, 20 + r.Next(200) + k, 2)}{r.Pick("", " " + s.Region.Currency)}"));

    private static string Bourse(NinthStory s, DressingRandom r) =>
        $"{r.Pick("بورصة", "سوق", "مؤشر")} {s.City(r)}{r.Pick(" ", " | ", ": ")}{Price(r, 1000 + r.Next(9000), 2)} {r.Pick("▲", "▼", "⬆", "⬇")} {r.Pick("+", "-", "")}{Price(r, r.Next(300) / 100.0, 2)}%"
        + r.Pick("", $" | حجم التداول {r.Number(r.Between(2, 90))} مليون", " (إغلاق)");

    private static string Score(DressingRandom r) =>
        $"{r.Pick("", "⚽ ", "نتيجة مباشرة: ", "انتهت: ")}{r.Pick(Clubs)} {r.Number(r.Between(0, 4))}{r.Pick(" - ", " : ", "-")}{r.Number(r.Between(0, 4))} {r.Pick(Clubs)}"
        + r.Pick("", " (انتهت)", $" | الدقيقة {r.Number(r.Between(1, 90))}'", " - الشوط الأول", " FT");

    private static string Time(DressingRandom r, int hour) =>
        r.Number(hour > 12 ? hour - 12 : hour) + ":" + r.Between(0, 59).ToString("00", CultureInfo.InvariantCulture) + r.Pick("", "", " ص", " م");

    private static string Clock(DressingRandom r) => r.Between(0, 23).ToString("00", CultureInfo.InvariantCulture) + ":" + r.Between(0, 59).ToString("00", CultureInfo.InvariantCulture);

    private static string Price(DressingRandom r, double value, int decimals)
    {
        var text = value.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        return r.Chance(0.3) ? DressingRandom.ToArabicIndic(text) : text;
    }
}
