namespace BlazorReader.Bench.Cleaning.TwentyEighth;

// What sits between paragraphs: pictures' captions with their credits (on the line or
// under it), and a paragraph printed twice where a page's template repeats a block.
internal static class InsideChrome
{
    private static readonly string[] Scenes =
    [
        "جانب من الاجتماع", "مقر الهيئة في {0}", "لقطة عامة من {0}", "أثناء الجولة الميدانية", "من موقع الحادث",
        "صورة أرشيفية", "المشاركون في الحفل", "طريق رئيسي في {0}", "لقطة من المؤتمر الصحافي", "جانب من المعرض",
    ];

    public static void Caption(Page p, Story s)
    {
        var r = p.R;
        var scene = string.Format(null, r.Pick(Scenes), s.City);
        var credit = r.Chance(0.5) ? DressingPools.PersonName(r) : r.Pick(DressingPools.LatinAgencies);
        List<string> lines = r.Next(5) switch
        {
            0 => [$"{r.Pick("▲", "📷", "◀")} {scene} ({r.Pick("عدسة", "تصوير")}: {credit})"],
            1 => [scene, $"{r.Pick("الصورة", "Photo", "©")}: {credit}"],
            2 => [$"{scene} - {credit}"],
            3 => [$"{r.Pick("صورة", "الصورة")} {r.Number(r.Between(1, 9))} من {r.Number(r.Between(10, 15))}: {scene}"],
            _ => [$"{scene}{r.Pick(".", "")} {r.Pick("(خاص)", "(أرشيفية)", $"[{credit}]")}"],
        };
        p.Add(NoiseKind.Caption, lines);
    }

    // A page that prints the lead again under the fold, or a block twice.
    public static void Repeat(Page p, string paragraph) => p.Add(NoiseKind.Repeat, paragraph);
}
