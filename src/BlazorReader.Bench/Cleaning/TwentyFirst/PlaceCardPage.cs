namespace BlazorReader.Bench.Cleaning.TwentyFirst;

// A story with a map card dropped into it: the pinned place's name and kind, its rating and
// reviews, opening hours, the action row and the map's data credit.
internal static class PlaceCardPage
{
    private static readonly (string Name, string Kind)[] Places =
    [
        ("مستشفى الملك فهد العام", "مستشفى"), ("بلدية المدينة الفرعية", "مبنى حكومي"), ("مطار الملك عبدالعزيز الدولي", "مطار"),
        ("جامعة الملك سعود", "جامعة"), ("مركز المعارض الدولي", "مركز مؤتمرات"), ("مجمع المحاكم", "محكمة"),
        ("ملعب مدينة الملك عبدالله الرياضية", "ملعب"), ("حديقة الملك عبدالله", "حديقة عامة"), ("الدفاع المدني — مركز الشمال", "خدمات طوارئ"),
    ];

    public static void Dress(PageDraft d)
    {
        var r = d.R;
        var place = r.Pick(Places);
        var card = new List<NoisePiece>
        {
            new(NoiseKind.Caption, [$"📍 {place.Name}{PageWords.Dots(r)}{place.Kind}"]),
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
        if (r.Chance(0.2))
        {
            // Opening hours and a number the story gives are its own, not the card's.
            d.StoryLine($"ويستقبل {r.Pick("المركز", "المعرض", "المستشفى")} زواره يومياً من الساعة {r.Number(r.Between(7, 10))} صباحاً حتى {r.Number(r.Between(9, 11))} مساءً، ويمكن التواصل عبر الرقم {r.Number(r.Between(920000000, 920099999))}.");
        }
    }
}
