using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.ThirtyFourth;

// A post flattened as these copy paths leave it: the date alone above the text with the name
// and handle on their own lines below, or the text first and name, handle and a 24-hour time
// under it; sometimes every line behind the page's quote mark («> », «| »), a mark glued to the
// line that is the page's, not the post's. The address is cut at any character across two or
// three lines in about half the posts; a soft wrap carries no quote mark or cell markup.
internal static class PostFlattener
{
    public static void Write(DressingRandom r, Sheet s, PostParts p)
    {
        var quote = r.Chance(0.25) ? r.Pick("> ", "| ", ">", "│ ") : "";
        void Line(string text) => s.Lines.Add(s.Mark(quote + text));
        void Gap() => s.PostGap?.Invoke();
        var handleLine = "@" + p.Handle;
        var dateFirst = r.Chance(0.5);
        if (dateFirst)
        {
            Line(r.Chance(0.5) ? Calendar.Gregorian(r, p.Date, weekday: true) : DateTime24(r, p.Date));
            Gap();
        }
        var glued = r.Chance(p.Text[^1].EndsWith('…') ? 0.8 : 0.4);
        for (var i = 0; i < p.Text.Count - 1; i++)
        {
            Line(p.Text[i]);
            if (r.Chance(0.2))
            {
                Gap();
            }
        }
        var pieces = Cut(r, p.Printed, p.Url);
        var last = p.Text[^1];
        if (glued)
        {
            pieces[0] = last + (last.EndsWith('…') && r.Chance(0.5) ? "" : " ") + pieces[0];
        }
        else
        {
            Line(last);
        }
        // The address's pieces: the first behind the frame's marks, a wrap's rest bare.
        for (var i = 0; i < pieces.Count; i++)
        {
            var piece = (i == 0 ? s.Prefix + quote : "") + pieces[i] + (i == pieces.Count - 1 ? s.Suffix : "");
            s.Lines.Add(piece);
        }
        Gap();
        if (r.Chance(0.5))
        {
            Line(p.Name);
            Line(handleLine);
        }
        else
        {
            Line(handleLine + r.Pick("", " ", "\u200F"));
            Line(p.Name);
        }
        if (!dateFirst)
        {
            Line(r.Chance(0.6) ? DateTime24(r, p.Date) : Calendar.Gregorian(r, p.Date, weekday: true));
        }
        s.Body.Add(new ExpectedBlock(BlockKind.Tweet, string.Join("\n", p.Text), p.Url, p.Handle, p.Name, p.Date, p.Dir) { Links = [p.Url] });
    }

    // «21 يوليو 2015 22:10», or the weekday before it.
    private static string DateTime24(DressingRandom r, DateOnly d) =>
        (r.Chance(0.3) ? Calendar.Weekday(d) + " " : "") + Calendar.Digits(r, $"{d.Day} {Calendar.Months[d.Month - 1]} {d.Year}") + r.Pick(" ", " - ", "، ") + Calendar.Clock(r, twentyFour: true);

    // Half the addresses cut at any character inside the address itself, into two or three.
    private static List<string> Cut(DressingRandom r, string printed, string url)
    {
        if (r.Chance(0.5) || url.Length < 6)
        {
            return [printed];
        }
        var at = new SortedSet<int> { r.Between(1, url.Length - 1) };
        if (r.Chance(0.4))
        {
            at.Add(r.Between(1, url.Length - 1));
        }
        var pieces = new List<string>();
        var from = 0;
        foreach (var cut in at)
        {
            pieces.Add(printed[from..cut]);
            from = cut;
        }
        pieces.Add(printed[from..]);
        return pieces;
    }
}
