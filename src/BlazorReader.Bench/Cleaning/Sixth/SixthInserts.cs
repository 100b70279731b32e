namespace BlazorReader.Bench.Cleaning.Sixth;

// What a page drops between paragraphs: photo captions and credits, «اقرأ أيضا» lines, the
// running heads of a printed page, and text said twice (an excerpt, a pull quote, a double).
internal static class SixthInserts
{
    private static readonly string[] Scenes = ["جانب من الاجتماع", "جانب من اللقاء", "من الحفل", "خلال المؤتمر الصحفي", "أثناء الجلسة", "خلال الزيارة", "موقع الحادث", "من الأرشيف", "لقطة من المباراة"];

    public static NoisePiece Caption(DressingRandom r, SixthSite site)
    {
        var who = r.Chance(0.5) ? r.Pick(DressingPools.LatinAgencies) : SixthWords.Person(r, site);
        List<string> lines = r.Next(8) switch
        {
            0 => [r.Pick("(صورة أرشيفية)", "صورة أرشيفية", "(أرشيف)", "صورة تعبيرية", "(صورة تعبيرية)", "Photo d'archives")],
            1 => [r.Pick("📷 ", "📸 ", "") + r.Pick("تصوير", "عدسة", "الصورة", "Photo") + r.Separator(":", "-", "/") + who],
            2 => [r.Pick(Scenes) + (r.Chance(0.5) ? " (" + who + ")" : r.Pick(" - ", " | ") + who)],
            3 => [r.Pick("Photo", "Crédit photo", "©") + r.Pick(": ", " ") + r.Pick(DressingPools.LatinAgencies) + r.Pick("", "/" + r.Pick(DressingPools.LatinAgencies), " via Getty Images")],
            4 => [r.Pick("مصدر الصورة", "حقوق الصورة", "الصورة من") + r.Pick(": ", " ") + who],
            5 => [r.Pick("▶ ", "🎥 ", "") + r.Pick("فيديو", "شاهد الفيديو", "بالفيديو", "Vidéo") + r.Pick(":", " |", "") + " " + r.Pick(Scenes)],
            6 => [r.Pick(Scenes), r.Chance(0.5) ? "(" + who + ")" : who],
            _ => [r.Pick("الصورة", "في الصورة") + r.Separator(":", "-") + SixthWords.Person(r, site) + " " + r.Pick(Scenes)],
        };
        return new NoisePiece(NoiseKind.Caption, [.. lines.Select(l => r.Scuff(l))]);
    }

    public static NoisePiece ReadAlso(DressingRandom r, SixthSite site, string title)
    {
        var lead = SixthWords.Say(r, site, r.Pick("اقرأ أيضا", "إقرأ أيضاً", "اقرأ أيضًا", "شاهد أيضا", "طالع أيضا", "ذات صلة", "مقال ذو صلة", "يهمك أيضا"), r.Pick("Lire aussi", "À lire aussi", "Voir aussi"));
        var line = r.Pick("", "🔗 ", "📌 ", "► ") + lead + r.Pick(": ", " : ", " ← ", " - ", " | ", ":", " ⬅️ ") + r.Pick(title, title, "«" + title + "»");
        return new NoisePiece(NoiseKind.ReadAlso, [r.Scuff(line)]);
    }

    public static NoisePiece ReadAlsoBlock(DressingRandom r, SixthSite site, IReadOnlyList<string> titles)
    {
        var head = SixthWords.Say(r, site, r.Pick("اقرأ أيضا", "مواضيع ذات صلة", "قد يهمك أيضا", "اخترنا لك", "أخبار متعلقة"), r.Pick("À lire aussi", "Articles similaires"));
        var bullet = r.Pick(SixthWords.Bullets);
        var lines = new List<string> { head + r.Pick("", ":", " :", " 👇") };
        lines.AddRange(titles.Select(t => r.Scuff(r.Chance(0.85) ? bullet + " " + t : t)));
        return new NoisePiece(NoiseKind.ReadAlso, lines);
    }

    // A printed page's running head, met between paragraphs when text comes out of a PDF.
    public static NoisePiece RunningHead(DressingRandom r, SixthSite site, DateOnly date)
    {
        var issue = r.Number(r.Between(1200, 19999));
        var line = r.Next(3) switch
        {
            0 => SixthDates.Written(r, site, date) + r.Pick(" - ", " | ", "   ") + r.Pick("العدد ", "عدد ", "N° ") + issue,
            1 => site.Name + r.Pick(" - ", " | ", "  ") + SixthDates.Written(r, site, date),
            _ => r.Pick("العدد ", "السنة " + r.Number(r.Between(5, 60)) + " - العدد ") + issue + r.Pick(" - ", " | ") + SixthDates.Written(r, site, date),
        };
        return new NoisePiece(NoiseKind.Dateline, [r.Scuff(line)]);
    }

    // A sentence of the story printed again as a pull quote, or a whole paragraph twice.
    public static NoisePiece Repeat(DressingRandom r, string paragraph)
    {
        var sentences = paragraph.Split(['.', '؟', '!'], StringSplitOptions.RemoveEmptyEntries).Select(s => s.Trim()).Where(s => s.Length is >= 40 and <= 200).ToList();
        var text = sentences.Count > 0 && r.Chance(0.3) ? r.Pick<string>(sentences) : paragraph;
        return new NoisePiece(NoiseKind.Repeat, [text]);
    }
}
