using System.Globalization;
namespace BlazorReader.Bench.Cleaning.Thirtieth;

// A flight or ship tracker's news panel: the followed flight (number, route, ETA, gate,
// altitude) or vessel (IMO, destination, speed) over the story; other traffic in the tail.
internal sealed class TrackerFrame : Frame
{
    private static readonly string[] Airports = ["RUH", "JED", "DMM", "MED", "CAI", "DXB", "AMM", "IST", "LHR"];

    private bool ship;

    public override void Head(Page page, StoryFacts f)
    {
        var r = f.R;
        ship = r.Chance(0.35);
        page.Chrome(NoiseKind.Footer, r.Pick("متتبع ", "تتبع ") + (ship ? r.Pick("السفن", "الملاحة البحرية") : r.Pick("الرحلات", "الطيران")) + r.Separator("|", "—", "·") + r.Pick("الأخبار", "أخبار السفر", "News"));
        if (ship)
        {
            page.Chrome(NoiseKind.Counter, r.Pick("MSC ", "MAERSK ", "BAHRI ") + r.Pick("AURORA", "TABUK", "JAZAN", "NAJM") + " · IMO " + f.Digits(r.Letters(7, "0123456789")) + r.Pick(" · متجهة إلى ميناء ", " → ") + r.Pick("جدة الإسلامي", "الملك عبدالعزيز", "جبل علي", "ينبع"));
            page.Chrome(NoiseKind.Counter, r.Pick("السرعة ", "Speed ") + f.Digits($"{r.Between(5, 22)}.{r.Between(0, 9)}") + r.Pick(" عقدة", " kn") + r.Pick(" · الوصول المتوقع ", " · ETA ") + f.Clock());
            return;
        }
        var from = r.Pick(Airports);
        var to = r.Pick(Airports.Where(a => a != from).ToArray());
        page.Chrome(NoiseKind.Counter, r.Pick("SV", "XY", "F3", "EK", "MS") + f.Digits(r.Between(100, 1999).ToString(CultureInfo.InvariantCulture)) + " " + from + r.Pick(" ← ", " → ", " - ") + to + r.Pick(" · في الجو", " · أقلعت", " | En route"));
        page.Chrome(NoiseKind.Counter, r.Pick("الوصول المتوقع (ETA): ", "ETA ", "يصل ") + f.Clock() + r.Pick(" · البوابة ", " | Gate ") + r.Pick("A", "B", "C", "D") + f.Digits(r.Between(1, 40).ToString(CultureInfo.InvariantCulture)) + r.Pick(" · الارتفاع ", " · Alt ") + r.Number(r.Between(8000, 41000)) + r.Pick(" قدم", " ft"));
    }

    public override void Between(Page page, StoryFacts f) => page.Chrome(NoiseKind.Counter, ship
        ? "⚓ " + f.R.Pick("تحديث: ", "الآن: ") + "السرعة " + N(f, 8, 22) + " عقدة · المتبقي " + N(f, 11, 400) + " ميلًا بحريًا"
        : "✈ " + f.R.Pick("تحديث: ", "الآن: ") + "الارتفاع " + f.R.Number(f.R.Between(9000, 40000)) + " قدم" + f.R.Pick(" · السرعة ", " بسرعة ") + N(f, 300, 520) + " عقدة");

    public override void Tail(Page page, StoryFacts f)
    {
        var r = f.R;
        page.Chrome(NoiseKind.Footer, f.Menu(r.Pick(" | ", " · "), 3, 5, ship ? "تتبع سفينة أخرى" : "تتبع رحلة أخرى", "الخريطة", "التنبيهات", ship ? "الموانئ" : "المطارات", "الحساب"));
        if (r.Chance(0.6))
        {
            page.Chrome(NoiseKind.Counter, (ship ? r.Pick("سفن قريبة: ", "Vessels nearby: ") : r.Pick("رحلات قريبة: ", "Flights nearby: ")) + string.Join(" · ", Enumerable.Range(0, 3).Select(_ => ship
                ? r.Pick("MSC ", "CMA CGM ", "BAHRI ") + r.Pick("YANBU", "DAMMAM", "HAIL", "ASIR", "RIYADH")
                : r.Pick("SV", "EK", "QR", "GF", "WY") + f.Digits(r.Between(10, 999).ToString(CultureInfo.InvariantCulture)))));
        }
    }
}

// A crypto exchange's news feed: a price strip over the story, «تداول الآن» chips between
// paragraphs, a risk warning and the feed's next items (other stories) in the tail.
internal sealed class CryptoFeedFrame : Frame
{
    private static readonly string[] Coins = ["BTC", "ETH", "BNB", "SOL", "XRP", "ADA", "DOGE"];

    private static string Chip(StoryFacts f)
    {
        var r = f.R;
        var up = r.Chance(0.5);
        return r.Pick(Coins) + r.Pick("/USDT ", " ", "/SAR ") + (up ? r.Pick("▲ +", "↑ ", "+") : r.Pick("▼ -", "↓ -", "-")) + f.Digits($"{r.Between(0, 14)}.{r.Between(0, 99):00}") + "%";
    }

    public override void Head(Page page, StoryFacts f)
    {
        var r = f.R;
        page.Chrome(NoiseKind.Counter, string.Join(r.Pick(" · ", "   ", " | "), Enumerable.Range(0, r.Between(2, 4)).Select(_ => Chip(f))));
        page.Chrome(NoiseKind.Footer, r.Pick("الأخبار", "أخبار السوق", "News") + r.Pick(" | الأسواق | المحفظة", " · التداول · الأصول", " › العملات المشفرة"));
    }

    public override void Between(Page page, StoryFacts f) =>
        page.Chrome(NoiseKind.Share, Chip(f) + f.R.Pick(" — تداول الآن", " · تداول", " [تداول الآن]"));

    public override void Tail(Page page, StoryFacts f)
    {
        var r = f.R;
        page.Chrome(NoiseKind.Share, r.Pick("تداول الآن ←", "ابدأ التداول", "شراء " + r.Pick(Coins)) + r.Pick("", " 🚀"));
        page.Chrome(NoiseKind.Footer, r.Pick("تنبيه: ", "إخلاء مسؤولية: ", "⚠ ") + r.Pick("تداول العملات المشفرة ينطوي على مخاطر عالية", "المحتوى لأغراض إعلامية وليس نصيحة استثمارية", "قد تخسر كامل رأس المال"));
        if (f.OtherTitle() is { } other)
        {
            page.Chrome(NoiseKind.Teaser, null, [other], f.Clock() + r.Pick(" · ", " | ") + Chip(f), other);
        }
    }
}
