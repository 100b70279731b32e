using System.Globalization;

namespace BlazorReader.Bench.Cleaning.ThirtySixth;

// A personal post archive («tweets.js»): the paper's account posted the story as a thread,
// one «"full_text"» field a paragraph among the record's other fields; an embedded post is
// another record with its own name, handle, «"created_at"» and «"expanded_url"».
internal sealed class PostArchive : Frame
{
    public override bool OwnPosts => true;

    private static string Created(DateTime d) => d.ToString("ddd MMM dd HH:mm:ss", CultureInfo.InvariantCulture) + " +0000 " + d.Year.ToString(CultureInfo.InvariantCulture);

    private static void Open(Page p, DateTime when, bool dated = true)
    {
        var r = p.R;
        p.Line("}, {");
        p.Line("  \"tweet\" : {");
        p.Line("    \"id_str\" : \"62" + r.Letters(16, "0123456789") + "\",");
        if (dated)
        {
            p.Line("    \"created_at\" : \"" + Created(when) + "\",");
        }
        if (r.Chance(0.5))
        {
            p.Line("    \"favorite_count\" : \"" + r.Between(0, 900) + "\",");
        }
    }

    public override void Head(Page p, NoisePiece headline, IReadOnlyList<NoisePiece> more)
    {
        p.Line("window.YTD.tweets.part0 = [ {");
        p.Line("  \"tweet\" : {");
        p.Line("    \"created_at\" : \"" + Created(p.When) + "\",");
        p.Chrome(headline, l => "    \"full_text\" : \"" + l + " 🧵\",");
        Pieces(p, more);
    }

    public override string Wrap(string line) => "    \"full_text\" : \"" + line + "\",";

    public override string Para(Page p, string prefix, string text, string suffix, int index)
    {
        Open(p, p.When.AddMinutes(index + 1));
        return "    \"full_text\" : \"" + prefix + text + suffix + "\",";
    }

    public override void Post(Page p, PostDraft d)
    {
        var r = p.R;
        Open(p, d.When, d.HasDate);
        p.Line("    \"user\" : { \"name\" : \"" + d.Name + "\", \"screen_name\" : \"" + d.Handle + "\" },");
        var shortLink = "https://t.co/" + r.Letters(10);
        p.Line("    \"full_text\" : \"" + string.Join(" ", d.TextLines) + (d.Url.StartsWith("https://t.co/", StringComparison.Ordinal) ? "" : " " + shortLink) + "\",");
        var parts = d.Cut(d.Url, r);
        parts[0] = "    \"expanded_url\" : \"" + parts[0];
        parts[^1] += "\",";
        parts.ForEach(p.Line);
    }

    public override void Tail(Page p, IReadOnlyList<NoisePiece> tail)
    {
        foreach (var piece in tail)
        {
            Open(p, p.When.AddMinutes(30));
            p.Chrome(piece, Wrap);
        }
        p.Line("  }");
        p.Line("} ]");
    }
}
