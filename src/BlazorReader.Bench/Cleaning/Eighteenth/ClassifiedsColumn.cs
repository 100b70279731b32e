namespace BlazorReader.Bench.Cleaning.Eighteenth;

// A classifieds portal's news section: the story among property, car and job cards, each a
// few lines with a price, a district and a phone, the «read also» line the portal drops
// into the story, and the button to place an advert.
internal sealed class ClassifiedsColumn(OtherStories stories) : IPageFamily
{
    private static readonly string[] Districts = ["حي النرجس", "حي الياسمين", "حي الروضة", "حي الصفا", "حي الشاطئ", "مخطط الفيصلية", "حي العليا"];

    private static readonly string[] Cars = ["تويوتا كامري", "هيونداي سوناتا", "نيسان باترول", "فورد تورس", "كيا أوبتيما", "شفروليه تاهو", "لكزس ES"];

    private static readonly string[] Jobs = ["محاسب", "مهندس مدني", "فني تكييف", "مندوب مبيعات", "معلمة لغة إنجليزية", "سكرتيرة تنفيذية", "سائق خاص"];

    public void Dress(DressingRandom r, PageDraft page)
    {
        if (r.Chance(0.5))
        {
            page.Top(Furniture.Piece(r, NoiseKind.Footer, Ink.Row(r, Ink.Some(r, ["الرئيسية", "عقارات", "سيارات", "وظائف", "خدمات", "أخبار السوق"], 3))));
        }
        if (page.Title is not null && r.Chance(0.5))
        {
            page.Top(Furniture.Headline(r, page));
        }
        page.Top(Furniture.Piece(r, NoiseKind.Dateline, $"{r.Pick("أُضيف", "نُشر", "تاريخ الإضافة:")} {Ink.Date(r, Ink.Day(page.Source, r))}{r.Pick("", " - " + r.Pick(StoryWords.LocalCities))}"));
        if (page.Count > 2 && r.Chance(0.5) && stories.Related(r, page) is { } also)
        {
            page.At(r.Between(1, page.Count - 1), Furniture.Teasers(r, NoiseKind.ReadAlso, [$"{Ink.Stretch(r, r.Pick("اقرأ أيضًا", "اقرأ أيضاً", "قد يهمك"))}{r.Separator(":", "-", "«")}{also}"], [also]));
        }
        var cards = r.Between(1, 4);
        for (var i = 0; i < cards; i++)
        {
            var where = r.Chance(0.7) ? page.Count : r.Between(1, page.Count);
            page.At(where, Furniture.Piece(r, NoiseKind.Footer, Card(r)));
        }
        if (r.Chance(0.6))
        {
            page.Bottom(Furniture.Piece(r, NoiseKind.MoreLink, r.Pick("أضف إعلانك مجانًا", "عرض كل الإعلانات ←", "تصفح المزيد من العروض", "إعلانات مشابهة »")));
        }
        if (r.Chance(0.4))
        {
            page.Bottom(Furniture.Piece(r, NoiseKind.Counter, $"{Ink.Num(r, r.Between(1000, 90000))} {r.Pick("إعلان نشط", "زيارة اليوم", "عرض متاح")}"));
        }
    }

    private static List<string> Card(DressingRandom r)
    {
        var phone = StoryWords.Mobile(r);
        var lines = r.Next(3) switch
        {
            0 => new List<string>
            {
                $"{r.Pick("للبيع", "للإيجار", "فرصة")}{r.Separator(":", "-")}{r.Pick("فيلا دوبلكس", "شقة ثلاث غرف", "أرض سكنية", "دور أرضي")} في {r.Pick(Districts)}",
                $"المساحة {Ink.Num(r, r.Between(150, 900))} م² {Ink.Bar(r)}السعر {Ink.Num(r, r.Between(300, 2500))} ألف ريال",
            },
            1 => new List<string>
            {
                $"{r.Pick(Cars)} {Ink.Plain(r, r.Between(2008, 2015))}{Ink.Bar(r)}{r.Pick("فل كامل", "نص فل", "ستاندر")}",
                $"ممشى {Ink.Num(r, r.Between(10, 280))} ألف كم{Ink.Bar(r)}{r.Pick(StoryWords.LocalCities)}{Ink.Bar(r)}{Ink.Num(r, r.Between(25, 190))} ألف",
            },
            _ => new List<string>
            {
                $"{r.Pick("مطلوب", "وظيفة شاغرة:", "نبحث عن")} {r.Pick(Jobs)} {r.Pick("بخبرة لا تقل عن " + Ink.Num(r, r.Between(2, 6)) + " سنوات", "حديث التخرج", "للعمل بدوام كامل")}",
                $"{r.Pick("الراتب", "المزايا")}: {r.Pick("حسب الخبرة", "سكن ومواصلات", Ink.Num(r, r.Between(4, 15)) + " آلاف ريال")}",
            },
        };
        if (r.Chance(0.7))
        {
            lines.Add($"{r.Pick("للتواصل", "جوال", "واتساب", "اتصل")}{r.Separator(":", "-", "/")}{phone}");
        }
        if (r.Chance(0.3))
        {
            lines.Insert(0, r.Pick("⭐ مميز", "إعلان مميز", "عاجل", "جديد"));
        }
        if (r.Chance(0.3))
        {
            lines.Add(r.Pick("منذ ساعتين", "منذ ٣ أيام", "اليوم", "قبل ٤٥ دقيقة"));
        }
        return lines;
    }
}
