namespace BlazorReader.Bench.Cleaning.Twentieth;

// A review site (hotels, cars, phones, restaurants) that runs a news item: the verdict box
// with stars in words, a specification table flattened to «key | value» lines, pros and
// cons, the affiliate button and its disclosure, a sponsored label. Stars and scores are
// Counter, the spec table and buttons Footer, the sponsored label Tags.
internal static class ReviewSite
{
    private static readonly string[] Words = ["واحدة", "اثنتان", "ثلاث", "أربع", "خمس"];
    // One product's table: a page never lists a phone's screen beside a hotel's check-in.
    private static readonly string[][][] Specs =
    [
        [["الشاشة", "6.1 بوصة"], ["البطارية", "4000 ملي أمبير"], ["الذاكرة", "128 جيجابايت"], ["الوزن", "174 غراماً"], ["الضمان", "سنتان"]],
        [["المحرك", "2.0 لتر توربو"], ["القوة", "245 حصاناً"], ["الاستهلاك", "7.8 لتر/100 كم"], ["ناقل الحركة", "أوتوماتيكي 8 سرعات"], ["السعر", "من 129 ألف ريال"]],
        [["عدد الغرف", "214 غرفة"], ["تسجيل الوصول", "من 3 م"], ["المغادرة", "حتى 12 ظهراً"], ["المسافة عن المطار", "18 كم"], ["الإفطار", "مشمول"]],
        [["المطبخ", "مأكولات بحرية"], ["متوسط السعر للفرد", "120 ريالاً"], ["ساعات العمل", "1 م – 1 ص"], ["الحجز", "مطلوب في العطلات"]],
    ];

    public static void Dress(PageDraft page, DressingRandom r)
    {
        var stars = r.Between(2, 5);
        if (r.Chance(0.5))
        {
            page.Top(Entry.Noise(NoiseKind.Tags, r.Pick("محتوى برعاية", "إعلان مدفوع", "بالشراكة مع", "مقال ترويجي", "Sponsored · مُموَّل") + (r.Chance(0.5) ? " " + r.Pick("بنك", "شركة", "مجموعة") + " " + r.Pick(DressingPools.FamilyNames).Replace("ال", "", StringComparison.Ordinal) : "")));
        }
        var verdict = new List<string>
        {
            r.Pick(0, 1, 2) switch
            {
                0 => $"التقييم: {r.Pick(Words[stars - 1] + " نجوم", Words[stars - 1] + " من خمس")}",
                1 => $"{new string('★', stars)}{new string('☆', 5 - stars)} {Typography.Digits(r, stars + "." + r.Between(0, 9))}/{Typography.Digits(r, "5")}",
                _ => $"{r.Pick("تقييم المحرر", "رأينا")}: {Typography.Digits(r, (stars * 2).ToString(System.Globalization.CultureInfo.InvariantCulture))} من {Typography.Digits(r, "10")}",
            },
        };
        if (r.Chance(0.5))
        {
            verdict.Add($"{r.Pick("تقييم المستخدمين", "آراء العملاء")}: {r.Pick(Words[r.Between(2, 4)] + " نجوم", Typography.Digits(r, "4." + r.Between(0, 9)))} ({r.Number(r.Between(30, 5000))} {r.Pick("مراجعة", "تقييم")})");
        }
        page.Head(Entry.Noise(NoiseKind.Counter, [.. verdict]));
        if (r.Chance(0.7))
        {
            var table = new List<string> { Typography.Stretch(r, r.Pick("المواصفات", "بطاقة المواصفات", "أبرز المعلومات", "جدول المقارنة")) };
            var separator = r.Pick(" | ", "\t", ": ", " … ");
            foreach (var spec in r.Pick(Specs).Take(r.Between(2, 5)))
            {
                table.Add(spec[0] + separator + Typography.Digits(r, spec[1]));
            }
            page.After(page.Gap(r), Entry.Noise(NoiseKind.Footer, [.. table]));
        }
        if (r.Chance(0.5))
        {
            page.AfterBody(Entry.Noise(NoiseKind.Footer,
                $"{r.Pick("المزايا", "👍 ما أعجبنا", "الإيجابيات")}: {r.Pick("التصميم", "السعر", "الموقع")}، {r.Pick("الأداء", "الخدمة", "النظافة")}",
                $"{r.Pick("العيوب", "👎 ما لم يعجبنا", "السلبيات")}: {r.Pick("الزحام", "التوفر", "الضجيج", "ارتفاع السعر")}"));
        }
        if (r.Chance(0.6))
        {
            page.Tail(Entry.Noise(NoiseKind.Footer, $"{r.Pick("اشترِ الآن من", "تحقق من السعر لدى", "احجز عبر", "أفضل سعر اليوم لدى")} {r.Pick("أمازون", "نون", "جرير", "بوكينج", "المتجر الرسمي")} {r.Pick("»", "←", "›", "")}".TrimEnd()),
                Entry.Card(NoiseKind.Footer, r.Pick("إفصاح: قد نحصل على عمولة عند الشراء عبر الروابط في هذه الصفحة.", "* الأسعار وقت النشر وقد تتغير", "روابط الشراء تابعة لبرنامج شراكة")));
        }
        if (r.Chance(0.35))
        {
            page.Tail(Entry.Noise(NoiseKind.Counter, $"{r.Number(r.Between(3, 80))} {r.Pick("شخصاً وجدوا هذه المراجعة مفيدة", "تعليقاً", "قارئاً أضافوا المنتج لقائمة الرغبات")}"));
        }
    }
}
