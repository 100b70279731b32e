using System.Globalization;
namespace BlazorReader.Bench.Cleaning.Thirtieth;

// A prayer-times app's news card: the next prayer and its countdown, the Hijri date bar, the
// qibla bearing and the day's times over the story; its tail is the app's tools.
internal sealed class PrayerAppFrame : Frame
{
    private static readonly string[] Prayers = ["الفجر", "الظهر", "العصر", "المغرب", "العشاء"];

    public override void Head(Page page, StoryFacts f)
    {
        var r = f.R;
        page.Chrome(NoiseKind.Counter, r.Pick("الصلاة القادمة: ", "🕌 ", "الأذان التالي ") + r.Pick(Prayers) + r.Pick(" بعد ", " — متبقي ", " خلال ") + f.Digits($"{r.Between(0, 3):00}:{r.Between(0, 59):00}"));
        page.Chrome(NoiseKind.Footer, StoryFacts.Weekday(f.Day) + r.Pick(" ", " · ", "، ") + f.Hijri(f.Day) + r.Pick(" · ", " | ") + f.City);
        if (r.Chance(0.6))
        {
            page.Chrome(NoiseKind.Counter, r.Pick("القبلة: ", "اتجاه القبلة ", "🧭 ") + f.Digits(r.Between(5, 355).ToString(CultureInfo.InvariantCulture)) + "°" + r.Pick(" شمال غرب", " جنوب غرب", "", " من الشمال"));
        }
        if (r.Chance(0.5))
        {
            var times = Prayers.Select((p, i) => p + " " + f.Digits($"{4 + i * 3 + r.Between(0, 1)}:{r.Between(0, 59):00}"));
            page.Chrome(NoiseKind.Counter, string.Join(r.Pick(" · ", "  ", " | "), times));
        }
        page.Chrome(NoiseKind.Footer, r.Pick("بطاقة الأخبار", "أخبار اليوم", "📰 خبر اليوم", "من الأخبار"));
    }

    public override void Between(Page page, StoryFacts f) =>
        page.Chrome(NoiseKind.Footer, "🔔 " + f.R.Pick("تذكير: اقترب موعد صلاة ", "حان الآن موعد أذان ", "بقي ربع ساعة على ") + f.R.Pick(Prayers));

    public override void Tail(Page page, StoryFacts f)
    {
        var r = f.R;
        page.Chrome(NoiseKind.Footer, f.Menu(r.Pick(" | ", " · ", "  "), 3, 5, "أذكار الصباح", "أذكار المساء", "المسبحة", "القبلة", "التقويم", "المساجد القريبة"));
        if (r.Chance(0.5))
        {
            page.Chrome(NoiseKind.Share, r.Pick("شارك التطبيق مع من تحب 🤲", "انشر الخير: شارك التطبيق", "قيّم التطبيق ⭐⭐⭐⭐⭐"));
        }
    }
}

// An electric-car charging app's news tab: the station, the session's energy, time and cost
// over the story; charging progress between paragraphs; nearby stations in the tail.
internal sealed class ChargingAppFrame : Frame
{
    public override void Head(Page page, StoryFacts f)
    {
        var r = f.R;
        page.Chrome(NoiseKind.Footer, r.Pick("شحنة", "EVolt", "كهرباء+", "ChargeUp", "وصل") + r.Separator("·", "|", "—") + r.Pick("الأخبار", "آخر المستجدات", "أخبار التنقل الكهربائي"));
        page.Chrome(NoiseKind.Counter, "محطة " + r.Pick("حي ", "") + r.Pick("النخيل", "العليا", "الروضة", "الشاطئ", "الملقا") + r.Separator("—", "·") + r.Pick("الشواحن المتاحة: ", "متاح الآن: ") + N(f, 0, 6) + " من " + N(f, 6, 12));
        page.Chrome(NoiseKind.Counter, r.Pick("الجلسة الحالية: ", "⚡ ") + f.Digits($"{r.Between(3, 70)}.{r.Between(0, 9)}") + r.Pick(" ك.و.س", " kWh", " كيلوواط ساعة") + " · " + f.Digits($"{r.Between(4, 90)}.{r.Between(10, 99)}") + r.Pick(" ريال", " ر.س") + " · " + N(f, 5, 95) + r.Pick(" دقيقة", " د"));
    }

    public override void Between(Page page, StoryFacts f) =>
        page.Chrome(NoiseKind.Counter, "🔋 " + f.Digits(f.R.Between(10, 99).ToString(CultureInfo.InvariantCulture)) + "%" + f.R.Pick(" — الوقت المتبقي ", " · متبقٍ ") + N(f, 3, 80) + " دقيقة");

    public override void Tail(Page page, StoryFacts f)
    {
        var r = f.R;
        page.Chrome(NoiseKind.Share, f.Menu(" | ", 2, 4, "إنهاء الجلسة", "الدفع", "السجل", "الإبلاغ عن عطل"));
        if (r.Chance(0.7))
        {
            var lines = f.Menu("\n", 2, 3, "طريق الملك فهد", "مجمع الواحة", "بوابة المطار", "الكورنيش", "حي الياسمين").Split('\n').Select(place => r.Pick("محطة ", "شاحن ") + place + " · " + f.Digits($"{r.Between(1, 19)}.{r.Between(0, 9)}") + " كم · " + r.Pick("CCS2", "Type 2", "CHAdeMO") + " " + N(f, 22, 350) + " kW");
            page.Chrome(NoiseKind.Footer, [r.Pick("محطات قريبة", "Nearby stations", "قريب منك"), .. lines]);
        }
    }
}
