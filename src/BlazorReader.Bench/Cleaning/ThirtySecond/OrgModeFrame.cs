namespace BlazorReader.Bench.Cleaning.ThirtySecond;

// An org-mode file exported as text: «#+TITLE:» and the other keywords, a «* DONE» heading
// with its CLOSED stamp and :PROPERTIES: drawer, the story under it with «** » subheadings,
// and TODO items for follow-ups naming other stories.
internal sealed class OrgModeFrame : Frame
{
    private static readonly string[] TagWords = ["محليات", "اقتصاد", "متابعة", "news"];

    private static string Stamp(DressingRandom r, DateOnly d, bool time) =>
        $"{d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)} {r.Pick(Dates.Weekday(d), d.DayOfWeek.ToString()[..3])}{(time ? " " + Dates.N(r.Between(6, 22)).PadLeft(2, '0') + ":" + Dates.N(r.Between(0, 59)).PadLeft(2, '0') : "")}";

    public override void Head(Page p)
    {
        var r = p.R;
        if (p.Title is not null)
        {
            p.Chrome(NoiseKind.Headline, $"#+TITLE: {p.Title}");
        }
        if (r.Chance(0.6))
        {
            p.Chrome(NoiseKind.Byline, $"#+AUTHOR: {StoryHeadChrome.Name(r)}");
        }
        p.Chrome(NoiseKind.Dateline, $"#+DATE: <{Stamp(r, p.Day, false)}>");
        if (r.Chance(0.5))
        {
            p.Chrome(NoiseKind.Tags, $"#+FILETAGS: :{string.Join(":", TagWords.OrderBy(_ => r.Next(9)).Take(r.Between(1, 3)))}:");
        }
        p.Chrome(NoiseKind.Footer, $"* {r.Pick("DONE", "DONE [#A]", "تم")} {r.Pick("خبر اليوم", "نقل الخبر", "أرشفة")}{r.Pick("", " :أرشيف:")}");
        p.Chrome(NoiseKind.Dateline, $"CLOSED: [{Stamp(r, p.Day, true)}]");
        var source = r.Pick(DressingPools.Papers);
        p.Chrome(NoiseKind.Footer, ":PROPERTIES:");
        p.Piece(new NoisePiece(NoiseKind.Credit, [$":SOURCE: {source}"]) { Credit = source });
        if (r.Chance(0.6))
        {
            p.Chrome(NoiseKind.Footer, $":ID: {r.Letters(8, "0123456789abcdef")}-{r.Letters(4, "0123456789abcdef")}");
        }
        p.Chrome(NoiseKind.Footer, ":END:");
    }

    public override string Wrap(Page p, StoryLine line, int index) => line.Role == LineRole.Heading ? "** " + line.Text
        : index == 0 && p.R.Chance(0.2) ? $"*{line.Text}*" : line.Text;

    public override void Tail(Page p, IReadOnlyList<StoryLine> story)
    {
        var r = p.R;
        for (var i = 0; i < r.Between(1, 2); i++)
        {
            if (p.OtherStory() is { } other)
            {
                p.Piece(new NoisePiece(NoiseKind.Teaser, [$"* {r.Pick("TODO", "TODO", "NEXT")} {r.Pick("متابعة: ", "")}{other}", $"{r.Pick("SCHEDULED", "DEADLINE")}: <{Stamp(r, p.Day.AddDays(r.Between(1, 4)), false)}>"]) { Teasers = [other] });
            }
        }
    }
}
