namespace BlazorReader.Bench.Cleaning.Sixteenth;

// A picture between paragraphs: its caption, and often who took it or whose it is (a credit
// the reader would move under the story as its attribution).
internal static class Pictures
{
    private static readonly string[] Scenes =
    [
        "جانب من الاجتماع", "جانب من الحضور", "صورة أرشيفية", "من موقع الحادث", "خلال جولته التفقدية", "لقطة من المباراة",
        "أثناء توقيع الاتفاقية", "المشاركون في الحفل", "فرق الدفاع المدني في الموقع", "صورة تعبيرية", "من المؤتمر الصحفي",
    ];

    public static void Write(Page page)
    {
        var r = page.R;
        var scene = r.Pick(Scenes);
        var caption = r.Next(5) switch
        {
            0 => "(" + scene + ")",
            1 => r.Pick("صورة: ", "الصورة: ", "📷 ", "[صورة] ") + scene,
            2 => scene + r.Pick(" - ", " | ", " — ") + r.Pick(DressingPools.Cities),
            3 => "[image: " + scene + "]",
            _ => scene + r.Pick("", ".", " (أرشيف)"),
        };
        page.Add(NoiseKind.Caption, caption);
        if (r.Chance(0.45))
        {
            var who = r.Chance(0.5) ? DressingPools.PersonName(r) : r.Chance(0.5) ? r.Pick(DressingPools.Agencies) : r.Pick(DressingPools.LatinAgencies);
            var line = r.Next(4) switch
            {
                0 => r.Pick("تصوير: ", "تصوير - ", "عدسة: ") + who,
                1 => "© " + who,
                2 => r.Pick("Photo: ", "Credit: ", "الصورة من ") + who,
                _ => "(" + who + ")",
            };
            page.Add(new NoisePiece(NoiseKind.Credit, [line]) { Credit = who });
        }
    }
}
