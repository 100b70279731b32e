namespace BlazorReader.Bench.Cleaning.Holdout;

// Held-out pieces above the story: bylines («كتب:», «بقلم/», «تحرير -»), datelines as a line
// of their own («بريدة - واس») or glued before the lead, and publication stamps.
internal static class HoldoutHead
{
    private static readonly string[] Days = ["الأحد", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"];
    private static readonly string[] Months = ["يناير", "فبراير", "مارس", "ابريل", "مايو", "يونيو", "يوليو", "اغسطس", "سبتمبر", "اكتوبر", "نوفمبر", "ديسمبر"];

    public static NoisePiece Byline(DressingRandom r)
    {
        var who = HoldoutWords.Person(r);
        var line = r.Next(9) switch
        {
            0 => $"كتب{r.Pick(":", " :", " -", "/")} {who}",
            1 => $"كتبت{r.Pick(" – ", ": ")}{who}",
            2 => $"بقلم{r.Pick("/ ", ": ", " ")}{who}",
            3 => $"تحرير{r.Pick(" - ", ": ")}{who}",
            4 => $"إعداد ومتابعة{r.Pick(": ", " - ")}{who}",
            5 => $"بواسطة {who}",
            6 => $"{who}{r.Pick(" - ", " – ")}{r.Pick("مراسل", "محرر", "مندوب")} {r.Pick(HoldoutWords.Outlets)}",
            7 => $"{who} {r.Pick("-", "|")} {r.Pick(HoldoutWords.Towns)}",
            _ => $"{r.Pick(HoldoutWords.Outlets)}{r.Pick(" - ", " ـ ")}{r.Pick("خاص", "متابعة", r.Pick(HoldoutWords.Towns))}",
        };
        return new(NoiseKind.Byline, [r.Scuff(line, 0.25)]);
    }

    public static NoisePiece Dateline(DressingRandom r)
    {
        var town = r.Pick(HoldoutWords.Towns);
        var line = r.Next(7) switch
        {
            0 => $"{town}{r.Pick(" - ", " ـ ", " – ")}{r.Pick("واس", "فرانس برس", "الأناضول")}",
            1 => $"{r.Pick(Days)}{r.Pick(" ", "، ")}{Date(r)}{r.Pick("م", "")}",
            2 => $"نشر بتاريخ{r.Pick(": ", " ")}{HoldoutWords.Digits(r, $"{r.Between(1, 28)}/{r.Between(1, 12)}/{r.Between(2012, 2016)}")}",
            3 => $"آخر تعديل{r.Pick(": ", " ")}{HoldoutWords.Digits(r, $"{r.Between(1, 12)}:{r.Between(10, 59)}")} {r.Pick("ص", "م")}",
            4 => $"{Date(r)} {r.Pick("|", "-")} {HoldoutWords.Digits(r, $"{r.Between(1, 12)}:{r.Between(10, 59)}")}",
            5 => $"{town} {r.Pick("-", "ـ")} «{r.Pick(HoldoutWords.Outlets)}»",
            _ => $"{r.Pick("منذ", "قبل")} {HoldoutWords.Num(r, r.Between(2, 23))} {r.Pick("ساعة", "دقيقة")}",
        };
        return new(NoiseKind.Dateline, [r.Scuff(line, 0.25)]);
    }

    // Glued before the lead: «بريدة - واس - », «جدة - خاص:», «(فرانس برس) ـ الدوحة:».
    public static NoisePiece GluedDateline(DressingRandom r)
    {
        var town = r.Pick(HoldoutWords.Towns);
        var prefix = r.Next(5) switch
        {
            0 => $"{town} - واس - ",
            1 => $"{town}{r.Pick(" - ", " ـ ")}خاص: ",
            2 => $"({r.Pick("فرانس برس", "الأناضول", "واس")}){r.Pick(" ـ ", " - ")}{town}: ",
            3 => $"{town}/ {r.Pick(HoldoutWords.Outlets)}: ",
            _ => $"{town} – {HoldoutWords.Person(r)}: ",
        };
        return new(NoiseKind.Dateline, [prefix], Glued: true);
    }

    private static string Date(DressingRandom r) =>
        HoldoutWords.Digits(r, $"{r.Between(1, 28)} {r.Pick(Months)} {r.Between(2012, 2016)}");
}
