namespace BlazorReader.Bench.Cleaning.ThirtyThird;

// An e-reader's highlights export («My Clippings»): each entry the title line, a location and
// date line, the highlighted text, then «==========». The story comes as consecutive
// highlights; the title line repeated above each is chrome (a headline), the location line a
// counter; the reader's own notes are the social layer over the story, labelled as share.
// Chrome the reader highlighted gets an entry of its own.
internal sealed class HighlightsFrame : Frame
{
    private DressingRandom r = new(0);
    private string header = "";
    private int location;
    private DateTime added;
    private bool english;

    public override void Head(Page p, Story s)
    {
        r = p.R;
        header = (s.Title ?? "أخبار " + s.Paper) + r.Pick($" ({s.Paper})", $" ({s.Author})", $" - {s.Paper}", "");
        location = r.Between(5, 400);
        added = s.Date.AddDays(r.Between(0, 30)).AddHours(r.Between(1, 9));
        english = r.Chance(0.2);
        if (r.Chance(0.3))
        {
            Other(p, s);
        }
    }

    private string Meta(string what)
    {
        var from = location;
        location += r.Between(1, 6);
        added = added.AddSeconds(r.Between(20, 300));
        var clock = added.ToString("h:mm:ss tt", System.Globalization.CultureInfo.InvariantCulture);
        return english
            ? $"- Your {(what == "ملاحظتك" ? "Note" : "Highlight")} on Location {from}-{location} | Added on {added.ToString("dddd, d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture)} {clock}"
            : $"- {what} في الموقع {r.Number(from)}-{r.Number(location)} | أُضيف يوم {Story.Weekday(added)}، {Story.Gregorian(added, r)} {Story.Clock(added, r)}";
    }

    private void Open(Page p, string what = "تمييزك")
    {
        p.Chrome(NoiseKind.Headline, header);
        p.Chrome(NoiseKind.Counter, Meta(what));
        p.Raw("");
    }

    private static void Close(Page p) => p.Raw("==========");

    public override void Chrome(Page p, NoiseKind kind, IReadOnlyList<string> lines, IReadOnlyList<string>? teasers = null, string? credit = null)
    {
        Open(p);
        base.Chrome(p, kind, lines, teasers, credit);
        Close(p);
    }

    public override void Paragraph(Page p, Story s, string text, int index, int count)
    {
        Open(p);
        p.Para(text);
        Close(p);
        if (r.Chance(0.12))
        {
            Open(p, "ملاحظتك");
            p.Chrome(NoiseKind.Share, r.Pick("مهم", "راجع هذا الرقم", "للمقال القادم", "يحتاج تأكيد", "اقتباس جيد") + r.Pick("", "!", " ✔"));
            Close(p);
        }
    }

    // Another article's highlight in the same file: its title line and its lead, a teaser.
    private void Other(Page p, Story s)
    {
        var title = s.Others(1);
        var lead = s.Others(1, leads: true);
        if (title.Count == 0 || lead.Count == 0)
        {
            return;
        }
        p.Chrome(NoiseKind.Teaser, [title[0] + r.Pick(" (" + r.Pick(DressingPools.Papers) + ")", "")], teasers: title);
        p.Chrome(NoiseKind.Counter, Meta("تمييزك"));
        p.Raw("");
        p.Chrome(NoiseKind.Teaser, lead, teasers: lead);
        Close(p);
    }

    public override void Tail(Page p, Story s)
    {
        if (r.Chance(0.4))
        {
            Other(p, s);
        }
    }
}
