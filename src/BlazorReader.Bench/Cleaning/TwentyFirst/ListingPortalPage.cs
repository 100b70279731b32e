namespace BlazorReader.Bench.Cleaning.TwentyFirst;

// The news tab of a real-estate or car-listing portal: the section's label, listing cards
// with price, price per square metre and specs between or under the story, and the portal's
// request button.
internal static class ListingPortalPage
{
    private static readonly string[] Districts = ["حي النرجس", "حي الملقا", "حي الشاطئ", "حي العزيزية", "حي الروضة", "مخطط الفيصلية"];

    private static readonly string[] Cars = ["تويوتا كامري", "هيونداي سوناتا", "نيسان باترول", "شفروليه تاهو", "كيا أوبتيما", "لكزس ES"];

    public static void Dress(PageDraft d)
    {
        var r = d.R;
        var homes = r.Chance(0.6);
        d.Head(NoiseKind.Tags, homes ? r.Pick("أخبار العقار", "سوق العقار › أخبار", "عقارات | مستجدات السوق") : r.Pick("أخبار السيارات", "حراج › أخبار", "عالم المركبات"));
        var cards = Enumerable.Range(0, r.Between(1, 3)).Select(_ => homes ? Home(r) : Car(r)).ToList();
        var card = new NoisePiece(NoiseKind.Footer, [r.Pick("إعلانات مميزة", "عروض قد تهمك", "Featured listings"), .. cards]);
        if (r.Chance(0.5))
        {
            d.Between(card);
        }
        else
        {
            d.Tail(card);
        }
        if (r.Chance(0.5))
        {
            d.Tail(NoiseKind.Share, r.Pick("اطلب معاينة ☎", "تواصل مع المعلن عبر واتساب", $"أضف إعلانك مجاناً{PageWords.Dots(r)}حسابي"));
        }
        if (r.Chance(0.5))
        {
            d.Tail(NoiseKind.Counter, $"{r.Number(r.Between(1000, 90000))} إعلان نشط{PageWords.Dots(r)}{r.Number(r.Between(10, 900))} إعلان جديد اليوم");
        }
        if (r.Chance(0.2))
        {
            // Prices per square metre in a property story are its figures.
            d.StoryLine($"وبلغ متوسط سعر المتر المربع في {r.Pick("شمال الرياض", "أحياء جدة الشمالية", "الخبر")} نحو {r.Number(r.Between(1500, 6000))} ريال، بارتفاع {r.Number(r.Between(2, 15))}% عن العام الماضي.");
        }
    }

    private static string Home(DressingRandom r)
    {
        var area = r.Between(180, 900);
        var perMetre = r.Between(1500, 9000);
        return $"{r.Pick("فيلا", "شقة", "أرض", "دوبلكس")} للبيع في {r.Pick(Districts)}{PageWords.Dots(r)}{r.Number(area)} م²{PageWords.Dots(r)}{r.Number(area * perMetre)} ريال ({r.Number(perMetre)} ريال/م²)";
    }

    private static string Car(DressingRandom r) =>
        $"{r.Pick(Cars)} {r.Number(r.Between(2009, 2015))}{PageWords.Dots(r)}{r.Number(r.Between(5, 240) * 1000)} كم{PageWords.Dots(r)}{r.Number(r.Between(18, 260) * 1000)} ريال{PageWords.Dots(r)}{r.Pick("أوتوماتيك", "عادي", "فل كامل")}";
}
