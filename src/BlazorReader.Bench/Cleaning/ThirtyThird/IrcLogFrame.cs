namespace BlazorReader.Bench.Cleaning.ThirtyThird;

// An IRC channel log: the log's open and close, joins, mode and topic lines, a news bot
// pasting the story line by line behind its nick, and people talking between the lines.
// The stamp and nick glued before a story line are chrome, labelled as a glued byline; the
// others' chatter is the social layer over the story, labelled as share.
internal sealed class IrcLogFrame : Frame
{
    private DressingRandom r = new(0);
    private DateTime clock;
    private string bot = "";
    private string channel = "";
    private bool seconds;

    protected override Func<string, string>? Wrap => l => Stamp() + " <" + bot + "> " + l;

    public override bool Pictures => false;

    private string Stamp()
    {
        clock = clock.AddSeconds(r.Between(5, 90));
        var t = clock.ToString(seconds ? "HH:mm:ss" : "HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        return seconds ? t : "[" + t + "]";
    }

    private static string Nick(DressingRandom r) => r.Pick("fahad", "Reem", "abu_saad", "nora_q", "m7md", "ksa_dev", "Turki") + r.Pick("", "_", "`", "|afk");

    public override void Head(Page p, Story s)
    {
        r = p.R;
        clock = s.Date.AddMinutes(-r.Between(5, 60));
        bot = r.Pick("AkhbarBot", "NewsBot", "khabar", "RSSbot", "wasat-bot");
        channel = r.Pick("#الأخبار", "#akhbar", "#saudi-news", "#أخبار_اليوم");
        seconds = r.Chance(0.4);
        p.Chrome(NoiseKind.Footer, r.Pick("--- السجل مفتوح ", "--- Log opened ") + Story.Weekday(clock) + " " + s.Day(clock));
        var lines = new List<string>
        {
            $"{Stamp()} *** {Nick(r)} {r.Pick("انضم إلى", "دخل")} {channel}",
            $"{Stamp()} -!- {r.Pick("موضوع", "Topic for")} {channel}: {r.Pick("آخر الأخبار أولاً بأول", "أخبار اليوم")} | {r.Pick("لا روابط بلا مصدر", "الالتزام بالأدب العام")}",
            $"{Stamp()} -!- mode/{channel} [+{r.Pick("o", "v")} {bot}] by ChanServ",
        };
        p.Chrome(NoiseKind.Footer, [.. lines.OrderBy(_ => r.Next(9)).Take(r.Between(1, 3))]);
    }

    public override void Paragraph(Page p, Story s, string text, int index, int count) =>
        p.Para(text, Stamp() + " <" + r.Pick("", "@", "+") + bot + "> ", "", NoiseKind.Byline);

    public override void Between(Page p, Story s, int index)
    {
        if (r.Chance(0.2))
        {
            var said = r.Pick("مصدر الخبر؟", "هل من تأكيد رسمي؟", "شكراً على المتابعة", "+1", "الخبر منشور من أمس", "متى صدر القرار؟");
            p.Chrome(NoiseKind.Share, $"{Stamp()} <{Nick(r)}> {said}");
        }
        else if (r.Chance(0.1))
        {
            p.Chrome(NoiseKind.Footer, $"{Stamp()} *** {Nick(r)} {r.Pick("غادر", "خرج من")} {channel} ({r.Pick("Ping timeout", "Quit: وداعاً", "Remote host closed the connection")})");
        }
    }

    public override void Tail(Page p, Story s)
    {
        if (r.Chance(0.5))
        {
            p.Chrome(NoiseKind.Share, $"{Stamp()} <{Nick(r)}> {r.Pick("شكراً", "جزاك الله خير", "يعطيك العافية")} {bot}");
        }
        p.Chrome(NoiseKind.Footer, r.Pick("--- السجل مغلق ", "--- Log closed ") + Story.Weekday(clock) + " " + s.Day(clock));
    }
}
