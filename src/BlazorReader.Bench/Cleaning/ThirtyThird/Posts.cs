using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.ThirtyThird;

// A post flattened into the story, in orders no earlier catalogue used: the link first, then
// the text, then the dash-glued signature; the text over blank-line-separated lines; the time
// with «ص/م» before the day; a handle and no name; the old «RT @handle:» form; a reply whose
// first line is its mentions. The card's text never holds the link; the day is as printed.
//
// «RT @handle: …» is kept in the text: in the old form it was the poster's own words, typed
// into the post, and the status address is the reposter's, so the card carries the reposter's
// handle and name, and the quoted account only appears inside the text.
internal static class Posts
{
    public static void Write(Page p, Story s, DressingRandom r)
    {
        var handle = PostParts.Handle(r);
        var when = new DateTime(2014, 9, 1).AddDays(r.Next(340)).AddMinutes(r.Next(1440));
        var language = r.Next(10);
        var text = new List<string>();
        if (language < 6 || language == 9)
        {
            text.Add(PostParts.Arabic(s, r));
        }
        if (language >= 6)
        {
            text.Add(PostParts.English(r));
        }
        if (language < 3 && r.Chance(0.5))
        {
            text.Add(PostParts.Arabic(s, r));
        }
        var order = r.Next(6);
        var name = order is 3 or 5 ? null : PostParts.Name(r, PostParts.Dir(string.Join(" ", text)) == TextDirection.Rtl && r.Chance(0.25));
        if (order == 4)
        {
            text[0] = $"RT @{PostParts.Handle(r)}: {text[0]}";
        }
        if (order == 5)
        {
            text.Insert(0, string.Join(" ", Enumerable.Range(0, r.Between(1, 3)).Select(_ => "@" + PostParts.Handle(r))));
        }
        var url = PostParts.Url(r, handle);
        var link = PostParts.Cut(url, r);
        var dash = r.Pick("—", "―", "— ", "―");
        var day = PostParts.Day(when, r);
        var signature = dash + (name is null ? "@" + handle : name + " @" + handle);
        var raw = new List<string>();
        switch (order)
        {
            case 0:
                raw.AddRange(link);
                raw.AddRange(text);
                raw.Add(signature);
                raw.Add(day);
                break;
            case 1:
                raw.AddRange(text.SelectMany((t, i) => i == 0 ? [t] : new[] { "", t }));
                raw.Add(signature + " " + day);
                raw.AddRange(link);
                break;
            case 2:
                raw.AddRange(text);
                GlueLink(raw, link, r);
                raw.Add(signature);
                raw.Add($"{Story.Clock(when, r)} - {day}");
                break;
            case 3:
                raw.Add("@" + handle);
                raw.AddRange(text);
                raw.AddRange(link);
                raw.Add(day);
                break;
            default:
                raw.AddRange(text);
                GlueLink(raw, link, r);
                raw.Add(signature + r.Pick(" ", "\n") + day);
                break;
        }
        var post = new ExpectedBlock(BlockKind.Tweet, string.Join("\n", text), url, handle, name, DateOnly.FromDateTime(when), PostParts.Dir(string.Join(" ", text)))
        {
            Links = [url],
        };
        p.Post(post, raw);
    }

    // The link at the end of the last text line, or on its own line(s) below it.
    private static void GlueLink(List<string> raw, List<string> link, DressingRandom r)
    {
        if (r.Chance(0.5))
        {
            raw[^1] += " " + link[0];
            raw.AddRange(link.Skip(1));
        }
        else
        {
            raw.AddRange(link);
        }
    }
}
