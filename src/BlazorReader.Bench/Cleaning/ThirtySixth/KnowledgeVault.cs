namespace BlazorReader.Bench.Cleaning.ThirtySixth;

// A note in a personal knowledge vault (Obsidian, Logseq): YAML front matter, the note's
// heading, «tags::» properties, «^block-id» marks glued after paragraphs, and the backlinks
// section listing other notes (other stories) as wikilinks.
internal sealed class KnowledgeVault : Frame
{
    public override void Head(Page p, NoisePiece headline, IReadOnlyList<NoisePiece> more)
    {
        var r = p.R;
        p.Line("---");
        p.Chrome(p.Piece(NoiseKind.Headline, "title: \"" + p.Title + "\""));
        p.Line("source: https://www." + r.Pick("alriyadh.com", "okaz.com.sa", "sabq.org") + "/" + r.Between(100000, 999999));
        p.Line("created: " + p.IsoStamp("yyyy-MM-dd HH:mm"));
        if (r.Chance(0.6))
        {
            p.Chrome(p.Piece(NoiseKind.Tags, "tags: [" + string.Join(", ", new[] { "أخبار", p.City, "مقالات" }.Take(r.Between(1, 3))) + "]"));
        }
        p.Line("---");
        p.Line("");
        p.Chrome(headline, l => "# " + l);
        if (r.Chance(0.6))
        {
            p.Chrome(p.Piece(NoiseKind.Tags, "tags:: " + r.Pick("أخبار", "#أخبار", "متابعة") + ", [[" + p.City + "]]"));
        }
        Pieces(p, more);
    }

    // A block id glued after a paragraph: a reader drops it as the vault's own mark.
    public override string Para(Page p, string prefix, string text, string suffix, int index)
    {
        if (!p.R.Chance(0.25))
        {
            return prefix + text + suffix;
        }
        var id = "^" + p.R.Letters(6, "abcdefghijklmnopqrstuvwxyz0123456789");
        p.Noise.Add(new NoisePiece(NoiseKind.Tags, [id], true));
        return prefix + text + suffix + " " + id;
    }

    public override void Tail(Page p, IReadOnlyList<NoisePiece> tail)
    {
        var r = p.R;
        Pieces(p, tail.Where(t => t.Kind != NoiseKind.Teaser));
        var stories = tail.Where(t => t.Kind == NoiseKind.Teaser).SelectMany(t => t.Teasers).ToList();
        if (stories.Count == 0 && p.OtherStory() is { } one)
        {
            stories.Add(one);
        }
        p.Line("");
        p.Line(r.Pick("## روابط خلفية", "## Backlinks", "## إشارات مرتبطة"));
        if (stories.Count > 0)
        {
            p.Chrome(new NoisePiece(NoiseKind.Teaser, [.. stories.Select(s => r.Pick("- [[", "* [[", "[[") + s + "]]")]) { Teasers = stories });
        }
        if (r.Chance(0.4))
        {
            p.Line(r.Pick("ذُكر في: [[يوميات ", "Linked from: [[") + p.IsoStamp("yyyy-MM-dd") + "]]");
        }
    }
}
