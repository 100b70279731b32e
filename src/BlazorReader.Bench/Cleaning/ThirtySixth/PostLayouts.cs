namespace BlazorReader.Bench.Cleaning.ThirtySixth;

// Posts flattened as plain lines in orders of this catalogue: the date as the embed link's
// text, the handle only inside the address, name and handle on lines above the text, the
// link glued to the text's end over a link card, an ad break inside the text.
internal static class PostLayouts
{
    public static void Write(Page p, PostDraft d, bool glueNext)
    {
        var r = p.R;
        // Without a status address the handle must be written: the name-only layouts need one.
        var status = d.Url.Contains("/status", StringComparison.Ordinal);
        var layout = d.HandleInAddressOnly ? 1 : status ? r.Pick(0, 2, 3, 4) : r.Pick(2, 3, 4);
        switch (layout)
        {
            case 0:
                p.Line(r.Scuff(d.Name!, 0.2));
                Text(p, d);
                if (d.HasDate)
                {
                    p.Line(d.DateText);
                }
                Link(p, d, d.Shown, null);
                break;
            case 1:
                Text(p, d);
                Link(p, d, d.Shown, null);
                if (d.HasDate)
                {
                    p.Line(r.Pick("", "(") + d.DateText + r.Pick("", ")"));
                }
                break;
            case 2:
                p.Line(d.Name!);
                p.Line("@" + d.Handle);
                Text(p, d);
                Link(p, d, d.Shown, null);
                if (d.HasDate)
                {
                    p.Line(d.DateText);
                }
                break;
            case 3:
                Text(p, d, atEnd: true);
                p.Line(d.Name + r.Pick(" — @", " | @", " · @") + d.Handle + (d.HasDate ? r.Pick("، ", " ", " | ") + d.DateText : ""));
                break;
            default:
                if (d.HasDate)
                {
                    p.Line(d.DateText + r.Pick(" — ", " | ", " ") + d.Name);
                }
                else
                {
                    p.Line(d.Name!);
                }
                Text(p, d);
                p.Line(r.Pick("@", "بواسطة @", "by @") + d.Handle);
                Link(p, d, d.Shown, null);
                break;
        }
        Extras(p, d);
        // The scraper lost the break after the address: the next story line starts on it.
        p.GlueNext = glueNext && layout is 1 or 2 && d.Alt is null && d.Card is null && !d.HasDate;
    }

    private static void Text(Page p, PostDraft d, bool atEnd = false)
    {
        for (var i = 0; i < d.TextLines.Count; i++)
        {
            if (i == 1 && d.Interrupt is not null)
            {
                p.Chrome(d.Interrupt);
            }
            var line = d.TextLines[i];
            if (atEnd && i == d.TextLines.Count - 1)
            {
                Link(p, d, d.Shown, line + p.R.Pick(" ", " ", "… ", " 👇 "));
            }
            else
            {
                p.Line(line);
            }
        }
    }

    // The address on its own line or at the end of a text line, cut over lines in half the posts.
    public static void Link(Page p, PostDraft d, string address, string? before)
    {
        var parts = d.Cut(address, p.R);
        p.Line((before ?? "") + parts[0]);
        foreach (var part in parts.Skip(1))
        {
            p.Line(part);
        }
    }

    public static void Extras(Page p, PostDraft d)
    {
        if (d.Alt is not null)
        {
            p.Chrome(d.Alt);
        }
        if (d.Card is not null)
        {
            p.Chrome(d.Card);
        }
    }
}
