using static BlazorReader.Bench.Cleaning.TwentySeventh.PageFamily;

namespace BlazorReader.Bench.Cleaning.TwentySeventh;

// Hobby and household apps that carry a news tab: air-quality and radar apps, chess portals,
// recipe sites, genealogy portals. Their chips and rows are chrome; the story's own figures
// about the same subject (a pollution reading, a recipe a chef gives) are body.
internal static class LeisureFamilies
{
    private static readonly string[] AirLevels = ["جيد", "متوسط", "غير صحي للفئات الحساسة", "غير صحي", "خطر"];

    public static readonly PageFamily AirQuality = new("air-quality app",
        [
            r => Piece(NoiseKind.Counter, r, $"AQI {r.Number(r.Between(20, 320))} · {r.Pick(AirLevels)}", $"PM2.5 {r.Number(r.Between(5, 190))} µg/m³ {r.Pick("▲", "▼", "")}".TrimEnd()),
            r => Piece(NoiseKind.Footer, r, $"رادار الطقس{r.Separator("|", "·")}{r.Pick("آخر مسح", "تحديث")} {r.Number(r.Between(1, 59))} {r.Pick("دقيقة", "د")}"),
            r => Piece(NoiseKind.Counter, r, $"حبوب اللقاح: {r.Pick("الأعشاب", "الأشجار", "النخيل")} {r.Pick("منخفض", "مرتفع", "متوسط")} · الغبار {r.Pick("منخفض", "مرتفع جداً")}"),
        ],
        [
            r => Piece(NoiseKind.Share, r, r.Pick("فعّل تنبيهات جودة الهواء 🔔", "أضف موقعك لمتابعة المؤشر", "شارك قراءة اليوم")),
            r => Piece(NoiseKind.Footer, r, $"بيانات الجودة: {r.Pick("محطات الرصد", "OpenAQ", "الأقمار الصناعية")} — تحدَّث كل ساعة"),
        ],
        [
            r => $"وسجل مؤشر جودة الهواء في {r.Pick(DressingPools.Cities)} {r.Number(r.Between(150, 300))} نقطة صباح أمس، وهو مستوى يصنفه المختصون بأنه غير صحي.",
            r => $"ونصحت الجهات الصحية المصابين بالربو بالبقاء في منازلهم حتى يتراجع تركيز الغبار إلى أقل من {r.Number(r.Between(50, 150))} ميكروغراماً في المتر المكعب.",
        ]);

    public static readonly PageFamily Chess = new("chess portal",
        [
            r => Piece(NoiseKind.Counter, r, $"تقييمك: {r.Number(r.Between(900, 2400))} {r.Pick("(خاطفة)", "(سريعة)", "· كلاسيكي")}"),
            r => Piece(NoiseKind.Footer, r, $"العب{r.Separator("|", "·")}ألغاز{r.Separator("|", "·")}دروس{r.Separator("|", "·")}أخبار"),
        ],
        [
            r => Piece(NoiseKind.Footer, r, $"1. e4 e5 2. Nf3 Nc6 3. {r.Pick("Bb5 a6", "Bc4 Bc5", "d4 exd4")} {r.Pick("1-0", "0-1", "½-½", "*")}"),
            r => Piece(NoiseKind.Counter, r, $"{r.Number(r.Between(1000, 90000))} لاعب متصل الآن · {r.Number(r.Between(100, 9000))} مباراة جارية"),
            r => Piece(NoiseKind.MoreLink, r, r.Pick("لغز اليوم ← حل اللغز", "تحدَّ صديقاً ←", "ابدأ مباراة جديدة")),
        ],
        [
            r => $"وحسم اللاعب المباراة في {r.Number(r.Between(24, 60))} نقلة بعد أن ضحى بالوزير، ليرفع رصيده إلى {r.Number(r.Between(3, 7))} نقاط.",
            r => $"وقال المدرب: «الشطرنج يعلّم الصبر قبل أي شيء آخر».",
        ]);

    public static readonly PageFamily Recipe = new("recipe site",
        [
            r => Piece(NoiseKind.Counter, r, $"وقت التحضير: {r.Number(r.Between(5, 40))} دقيقة{r.Separator("|", "·")}الطهي: {r.Number(r.Between(10, 90))} دقيقة{r.Separator("|", "·")}يكفي {r.Number(r.Between(2, 8))}"),
            r => Piece(NoiseKind.Counter, r, $"★★★★☆ ({r.Number(r.Between(12, 900))} تقييماً)"),
        ],
        [
            r => Piece(NoiseKind.Counter, r, $"القيمة الغذائية للحصة: {r.Number(r.Between(150, 700))} سعرة · بروتين {r.Number(r.Between(3, 40))} غ · دهون {r.Number(r.Between(2, 30))} غ"),
            r => Piece(NoiseKind.Share, r, r.Pick("🖨 اطبع الوصفة", "احفظ الوصفة في دفترك", "أضف المقادير إلى قائمة التسوق")),
            r => Piece(NoiseKind.Footer, r, $"{r.Pick("وصفات رمضانية", "حلويات", "أطباق رئيسية")} • {r.Pick("سلطات", "مشروبات")} • {r.Pick("أكلات شعبية", "مخبوزات")}"),
        ],
        [
            r => $"وتنصح أخصائية التغذية بتناول {r.Number(r.Between(3, 7))} تمرات مع كوب من اللبن قبل الوجبة الرئيسية.",
            r => $"ويحتاج الطبق، بحسب الطاهي، إلى نحو {r.Number(r.Between(20, 60))} دقيقة على نار هادئة حتى ينضج اللحم.",
        ]);

    public static readonly PageFamily Genealogy = new("genealogy portal",
        [
            r => Piece(NoiseKind.Footer, r, $"شجرة العائلة › {r.Pick("الأسر", "القبائل", "الأخبار")} › {r.Pick(DressingPools.FamilyNames)}"),
            r => Piece(NoiseKind.Counter, r, $"{r.Number(r.Between(300, 40000))} فرد في الشجرة · {r.Number(r.Between(3, 14))} أجيال"),
        ],
        [
            r => Piece(NoiseKind.Share, r, r.Pick("أضف قريباً إلى شجرتك +", "اطلب توثيق النسب", "صدّر الشجرة PDF")),
            r => Piece(NoiseKind.Footer, r, $"{r.Pick("وُلد", "ولد")}: {StoryChrome.Year(r.Between(1900, 1990), r)} — {r.Pick("الأب", "الجد")}: {r.Pick(DressingPools.FirstNames)} {r.Pick(DressingPools.FamilyNames)} (انقر لعرض الفرع)"),
        ],
        [
            r => $"ويعود تاريخ الأسرة في المنطقة إلى أكثر من {r.Number(r.Between(150, 300))} عام، وفق ما ذكره أحد كبارها.",
            r => $"وكان الراحل قد أوصى أبناءه بحفظ الوثائق القديمة، وهي {r.Number(r.Between(12, 80))} وثيقة تعود لعهد جده.",
        ]);

    public static readonly PageFamily[] All = [AirQuality, Chess, Recipe, Genealogy];
}
