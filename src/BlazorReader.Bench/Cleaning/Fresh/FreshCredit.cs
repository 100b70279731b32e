namespace BlazorReader.Bench.Cleaning.Fresh;

// Where the story came from, printed under it or glued to its last sentence. The credit a
// reader expects in the attribution is the name alone, without «صحيفة» or quotation marks.
internal static class FreshCredit
{
    public static NoisePiece Line(DressingRandom r)
    {
        var name = r.Chance(0.55) ? r.Pick(FreshWords.Agencies) : r.Pick(FreshWords.Sites);
        var shown = r.Next(4) switch
        {
            0 => "«" + name + "»",
            1 => r.Pick("صحيفة ", "جريدة ", "موقع ") + name,
            _ => name,
        };
        var line = r.Next(6) switch
        {
            0 or 1 => r.Pick("المصدر", "مصدر الخبر", "المصدر الأصلي", "Source") + r.Pick(": ", " : ", ":", " :", " - ", "/ ") + shown,
            2 => r.Pick("نقلاً عن", "نقلا عن", "عن", "بالتعاون مع", "بتصرف عن") + r.Pick(" ", ": ") + shown,
            3 => "(" + name + ")",
            4 => r.Pick("- ", "") + shown + r.Pick("", " .", "."),
            _ => r.Pick("المصدر", "مصدر الخبر") + r.Pick(": ", ":") + shown + r.Pick(" + وكالات", " - وكالات", " بتصرف", ""),
        };
        return new NoisePiece(NoiseKind.Credit, [r.Scuff(line)]) { Credit = name };
    }

    // Written after the last sentence on the same line: (name) or «- name».
    public static NoisePiece Glued(DressingRandom r)
    {
        var name = r.Chance(0.7) ? r.Pick(FreshWords.Agencies) : r.Pick(FreshWords.Sites);
        var text = r.Pick("(" + name + ")", "- " + name, "(" + name + ").", "المصدر: " + name);
        return new NoisePiece(NoiseKind.Credit, [text], Glued: true) { Credit = name };
    }
}
