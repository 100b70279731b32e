namespace BlazorReader.Bench.Cleaning.ThirtyFifth;

// A FidoNet echomail message as an editor shows it: area, message header, kludges, an earlier
// message quoted with «XX> » (another story, not this one), the text, then the tear line,
// the origin line and the SEEN-BY and PATH lines.
internal sealed class FidoFrame : Frame
{
    private string node = "";

    public override double PostRate => 0.2;

    public override void Head(PageWriter w, Story s)
    {
        var r = w.R;
        node = r.Pick("2", "5") + ":" + r.Between(5000, 5099) + "/" + r.Between(1, 400) + (r.Chance(0.3) ? "." + r.Between(1, 20) : "");
        var total = r.Between(12, 300);
        var from = s.Person;
        w.Raw(r.Pick("AREA:ARABIC.NEWS", "AREA:SA.AKHBAR", "AREA:ARAB.PRESS", " Area : ARABIC.NEWS"));
        w.Raw("Msg  : " + r.Between(1, total) + " of " + total + r.Pick("", "                       Uns", " Scn"));
        var date = s.When.ToString(r.Pick("dd MMM yy  HH:mm:ss", "dd MMM yy HH:mm"), System.Globalization.CultureInfo.InvariantCulture);
        w.Chrome(NoiseKind.Byline, l => "From : " + l + new string(' ', r.Between(2, 12)) + node + "  " + date, [from]);
        w.Raw("To   : " + r.Pick("All", "الجميع", "All Members"));
        w.Chrome(NoiseKind.Headline, l => "Subj : " + l, [s.HeadTitle]);
        w.Raw(new string(r.Pick('─', '=', '-'), r.Between(40, 78)));
        foreach (var kludge in new[] { "^AMSGID: " + node + " " + r.Letters(8, "0123456789abcdef"), "^APID: GoldED+/W32 1.1.5", "^ACHRS: UTF-8 4", "^ATZUTC: 0300" }.Take(r.Between(1, 4)))
        {
            w.Raw(kludge);
        }
        if (r.Chance(0.45) && s.Teaser(r, lead: true) is { } quoted)
        {
            // The message this one answers, quoted: its writer's initials before «>».
            var initials = r.Pick("م.ع", "AS", "ع.ش", "KH", "فع");
            w.Raw(r.Pick("Hello All!", "السلام عليكم يا جماعة،", "Hi!"));
            w.Raw("In a message of " + s.When.AddDays(-1).ToString("dd MMM yy", System.Globalization.CultureInfo.InvariantCulture) + ", " + DressingPools.PersonName(r) + " wrote:");
            w.Chrome(NoiseKind.Teaser, l => " " + initials + "> " + l, [quoted], [quoted]);
        }
    }

    public override void Gap(PageWriter w, Story s, int index)
    {
        if (w.R.Chance(0.4))
        {
            base.Gap(w, s, index);
        }
    }

    public override void Tail(PageWriter w, Story s)
    {
        var r = w.R;
        if (r.Chance(0.5))
        {
            w.Chrome(NoiseKind.Signature, r.Pick("مع تحيات ", "تحياتي ", "-- ") + s.Person);
        }
        CommonTail(w, s, l => l, r.Between(0, 2));
        w.Chrome(NoiseKind.Signature, r.Pick("--- GoldED+/W32 1.1.5", "--- GoldED+/LNX 1.1.5-b20110223", "--- Squish v1.11", "--- FastEcho 1.46"));
        w.Chrome(NoiseKind.Signature, r.Pick(" * Origin: ", " * Origin: ") + r.Pick("أخبار ", "منتدى ") + s.Paper + r.Pick(" — ", " - ", " | ") + s.City + " (" + node + ")");
        w.Raw("SEEN-BY: " + string.Join(" ", Enumerable.Range(0, r.Between(3, 9)).Select(_ => r.Between(5000, 5099) + "/" + r.Between(1, 400))));
        w.Raw("^APATH: " + r.Between(5000, 5099) + "/" + r.Between(1, 400) + " " + r.Between(5000, 5099) + "/" + r.Between(1, 400));
    }
}
