namespace BlazorReader.Bench.Cleaning.TwentyFirst;

// A story with a map card dropped into it: the pinned place's name and kind, its rating and
// reviews, opening hours, the action row and the map's data credit.
internal static class PlaceCardPage
{
    private static readonly string[] Places =
    [
        "مستشفى الملك فهد العام", "بلدية المدينة الفرعية", "مطار الملك عبدالعزيز الدولي", "جامعة الملك سعود", "مركز المعارض الدولي",
        "مجمع المحاكم", "ملعب مدينة الملك عبدالله الرياضية", "حديقة الملك عبدالله", "الدفاع المدني — مركز الشمال",
    ];

    public static void Dress(PageDraft d)
    {
        var r = d.R;
        var place = r.Pick(Places);
        var card = new List<NoisePiece>
        {
            new(NoiseKind.Caption, [$"📍 {place}{PageWords.Dots(r)}{r.Pick("مستشفى", "مبنى حكومي", "مطار", "جامعة", "ملعب")}"]),
            new(NoiseKind.Counter, [r.Pick($"{r.Pick("4.3", "٤٫١", "3.9", "4,7")} ★★★★☆ ({r.Number(r.Between(20, 9000))})", $"التقييم {r.Pick("4.2", "٣٫٨", "4,6")} · {r.Number(r.Between(20, 9000))} مراجعة")]),
        };
        if (r.Chance(0.7))
        {
            card.Add(new(NoiseKind.Footer, [r.Pick($"مفتوح الآن · يغلق {PageWords.Clock(r)}", "مفتوح 24 ساعة", $"مغلق · يفتح {PageWords.Day(d.Date)} {PageWords.Clock(r)}")]));
        }
        string[] actions = r.Chance(0.5) ? ["الاتجاهات", "اتصال", "حفظ", "مشاركة"] : ["Directions", "Call", "Save"];
        card.Add(new(NoiseKind.Share, [string.Join(PageWords.Dots(r), actions)]));
        if (r.Chance(0.5))
        {
            card.Add(new(NoiseKind.Footer, [r.Pick("بيانات الخريطة ©2015 Google", "Map data ©2015", "خرائط — تكبير/تصغير")]));
        }
        if (r.Chance(0.6))
        {
            d.Between(card);
        }
        else
        {
            card.ForEach(p => d.Tail(p));
        }
    }
}
