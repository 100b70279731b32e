namespace BlazorReader.Bench.Cleaning.Fresh;

// What pages put between the story's paragraphs besides tweets and related links: photo
// captions and credits, and text printed twice (a scraper's double, the lead printed as a
// summary, a sentence pulled out as a quote).
internal static class FreshInserts
{
    public static NoisePiece Caption(DressingRandom r, string? title)
    {
        var who = r.Chance(0.5) ? FreshWords.Name(r) : r.Pick(DressingPools.LatinAgencies);
        var credit = r.Next(6) switch
        {
            0 => "(تصوير: " + who + ")",
            1 => r.Separator("-", "|") + "تصوير " + who,
            2 => r.Separator("-", "|", "/") + r.Pick(DressingPools.LatinAgencies),
            3 => " (" + r.Pick(FreshWords.Agencies) + ")",
            4 => r.Separator("-") + "عدسة: " + who,
            _ => "",
        };
        var subject = r.Next(5) switch
        {
            0 => r.Pick("جانب من", "لقطة من", "من", "خلال", "لحظة", "صورة من") + " " + r.Pick("الاجتماع", "الحفل", "اللقاء", "الموقع", "المؤتمر الصحفي", "الجلسة", "الزيارة", "التدريبات", "الحادث", "الافتتاح", "الفعالية"),
            1 => r.Pick("صورة أرشيفية", "أرشيفية", "صورة تعبيرية", "(أرشيفية)", "صورة من الأرشيف"),
            2 when title is not null => NamesFrom(r, title) + " " + r.Pick("خلال", "أثناء", "في") + " " + r.Pick("الاجتماع", "اللقاء", "الزيارة", "الجولة", "الحفل"),
            3 => r.Pick("الصورة", "الصور", "Photo") + r.Separator(":", "|", "-") + who,
            _ => r.Pick("جانب من الحضور", "جانب من المشاركين", "المتحدث خلال كلمته", "الفريق الفائز", "من موقع الحادث"),
        };
        var line = r.Pick(FreshWords.CameraIcons) + subject + (subject.EndsWith(who, StringComparison.Ordinal) ? "" : credit);
        return new NoisePiece(NoiseKind.Caption, [r.Scuff(line)]);
    }

    // A whole paragraph printed twice (a scraper's double, the lead as a summary), or a
    // sentence of one pulled out elsewhere as a quote.
    public static NoisePiece Repeat(DressingRandom r, string paragraph, bool pulled)
    {
        var line = paragraph;
        if (pulled)
        {
            var end = paragraph.IndexOfAny(['.', '؟', '!', '،'], Math.Min(40, paragraph.Length - 1));
            var sentence = end > 0 ? paragraph[..(end + 1)] : paragraph;
            line = r.Pick("«{0}»", "\"{0}\"", "{0}", "“{0}”").Replace("{0}", sentence.TrimEnd('.', '،'), StringComparison.Ordinal);
        }
        return new NoisePiece(NoiseKind.Repeat, [r.Scuff(line, 0.1)]);
    }

    // The first two or three words of the title, a name or a place as a caption gives it.
    private static string NamesFrom(DressingRandom r, string title)
    {
        var words = title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim('«', '»', '"', '“', '”', ':', '،', '.')).Where(w => w.Length > 0).ToArray();
        return string.Join(' ', words.Take(r.Between(2, 3)));
    }
}
