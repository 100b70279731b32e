namespace BlazorReader.Bench.Cleaning;

// Pieces made of other stories or about this one: teaser blocks (other articles' leads),
// «اقرأ أيضا» lines and blocks, photo captions and credits, credit lines, repeated paragraphs.
public static class StoryShapes
{
    private static readonly string[] ReadAlsoHeads =
    [
        "اقرأ أيضا", "اقرأ أيضاً", "إقرأ أيضا", "اقرأ ايضا", "اقرأ أيضًا", "اقرأ كذلك", "طالع أيضا", "شاهد أيضا", "اقرأ المزيد",
        "مواضيع ذات صلة", "أخبار ذات صلة", "ذات صلة", "قد يهمك أيضا", "قد يعجبك أيضا", "المزيد من الأخبار", "الأكثر قراءة", "أخبار متعلقة", "Related", "Read also",
    ];

    // Leads of other stories pasted after the body: unrelated ones, and some on the same subject.
    public static NoisePiece TeaserBlock(DressingRandom r, DressingPools p, string? ownTitle, int count)
    {
        var lines = new List<string>();
        var teasers = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var related = r.Chance(0.3) ? p.RelatedTitle(r, ownTitle) : null;
            string text;
            if (related is not null && r.Chance(0.5))
            {
                text = related;
            }
            else
            {
                text = r.Pick(p.Leads);
                text = r.Chance(0.15) ? text.TrimEnd('.') + r.Pick("...", "…", " ...") : text;
            }
            teasers.Add(TextReferee.Normalize(text));
            lines.Add(r.Scuff(text, 0.15));
            if (r.Chance(0.1))
            {
                lines.Add(r.Scuff(HeadShapes.GregorianDate(r)));
            }
        }
        return new(NoiseKind.Teaser, lines) { Teasers = teasers };
    }

    public static NoisePiece ReadAlso(DressingRandom r, DressingPools p, string? ownTitle, bool block)
    {
        var head = r.Pick(ReadAlsoHeads);
        var count = block ? r.Between(1, 4) : 1;
        var titles = Enumerable.Range(0, count).Select(_ => (r.Chance(0.3) ? p.RelatedTitle(r, ownTitle) : null) ?? r.Pick(p.Titles)).ToList();
        if (!block)
        {
            return new(NoiseKind.ReadAlso, [r.Scuff(head + r.Pick(": ", " : ", ":", " - ", " – ", " ") + titles[0])]) { Teasers = titles };
        }
        var bullet = r.Pick("", "", "- ", "• ", "* ", "» ", "◄ ", "- ");
        var lines = new List<string> { r.Scuff(head + r.Pick("", ":", " :", "...", " -")) };
        lines.AddRange(titles.Select(t => r.Scuff(bullet + t, 0.15)));
        return new(NoiseKind.ReadAlso, lines) { Teasers = titles };
    }

    public static NoisePiece Caption(DressingRandom r, DressingPools p, string? ownTitle)
    {
        var words = (ownTitle is not null && r.Chance(0.6) ? ownTitle : r.Pick(p.Titles)).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var desc = string.Join(' ', words.Take(r.Between(2, Math.Min(8, Math.Max(2, words.Length)))));
        var agency = r.Pick(DressingPools.Agencies);
        var line = r.Next(13) switch
        {
            0 => $"{desc} ({agency})",
            1 => $"{desc}{r.Separator("-", "–", "|")}({agency})",
            2 => $"{desc}{r.Separator("-", "–", "|")}{r.Pick("أرشيفية", "صورة أرشيفية", "أرشيف")}",
            3 => r.Pick("صورة أرشيفية", "(صورة أرشيفية)", "صورة تعبيرية", "(صورة تعبيرية)", "صورة من الأرشيف"),
            4 => $"{r.Pick("الصورة", "صورة")}{r.Separator(":", "-")}{desc}",
            5 => $"({r.Pick("الصورة", "تصوير", "صورة")}: {agency})",
            6 => $"{r.Pick("تصوير", "عدسة", "تصوير الزميل", "الصورة لـ")}{r.Separator(":", "-", "")}{DressingPools.PersonName(r)}",
            7 => $"📷 {DressingPools.PersonName(r)}",
            8 => $"{r.Pick("Photo", "Image", "Photo credit")}: {r.Pick(DressingPools.LatinAgencies)}",
            9 => $"{desc} ({r.Pick("تصوير", "عدسة")}: {DressingPools.PersonName(r)})",
            10 => $"{desc} | {r.Pick(DressingPools.LatinAgencies)}",
            11 => $"{r.Pick("صورة من", "الصورة من", "المصدر:")} {r.Pick("حساب", "موقع")} {r.Pick(DressingPools.Papers)} {r.Pick("على تويتر", "")}".TrimEnd(),
            _ => $"{desc}{r.Pick(" - ", " – ")}{r.Pick(DressingPools.LatinAgencies)}",
        };
        return new(NoiseKind.Caption, [r.Scuff(line)]);
    }

    public static NoisePiece Credit(DressingRandom r, DressingPools p)
    {
        var who = r.Next(6) switch
        {
            0 => r.Pick(DressingPools.Papers),
            1 => r.Pick(DressingPools.Agencies),
            2 => r.Pick(DressingPools.Papers) + r.Pick(" + ", " و", " - ", "، ") + r.Pick("وكالات", r.Pick(DressingPools.Agencies)),
            3 => r.Pick("الجزيرة نت", "العربية نت", "سكاي نيوز عربية", "بي بي سي", "وكالة الأنباء السعودية", "مواقع إلكترونية", "وكالات الأنباء"),
            4 => r.Pick(DressingPools.Agencies) + "، " + r.Pick(DressingPools.Agencies),
            _ => "صحيفة " + r.Pick(DressingPools.Papers),
        };
        // What the line credits, which an attribution must hold: the name, the service or the person.
        string Credits(string name) => (who = name);
        var line = r.Next(10) switch
        {
            0 or 1 => "المصدر" + r.Pick(": ", " : ", ":", " :", ": ") + who,
            2 => "المصدر" + r.Pick(" - ", " – ", " ـ ") + who,
            3 => r.Pick("مصدر الخبر", "المصادر", "المرجع", "مصدر") + r.Pick(": ", ":", " : ") + who,
            4 => "(" + "المصدر" + r.Pick(": ", ":") + who + ")",
            5 => r.Pick("Source", "source", "SOURCE") + r.Pick(": ", ":") + Credits(r.Pick(DressingPools.LatinAgencies)),
            6 => "* " + r.Pick("خدمة", "بالاتفاق مع", "ينشر بالتعاون مع") + " «" + Credits(r.Pick("نيويورك تايمز", "واشنطن بوست", "الغارديان", "لوموند", r.Pick(DressingPools.Papers))) + "»",
            7 => r.Pick("نقلاً عن", "نقلا عن", "عن", "بتصرف عن") + " " + who,
            8 => r.Pick("ترجمة", "إعداد", "تحرير") + r.Pick(": ", " - ", ":") + Credits(DressingPools.PersonName(r)),
            _ => r.Pick("(", "") + who + r.Pick(")", ""),
        };
        return new(NoiseKind.Credit, [r.Scuff(line)]) { Credit = who };
    }
}
