namespace BlazorReader.Bench.Cleaning.ThirtySixth;

// One item of the story's run: a story line (with chrome glued before or after it), a post,
// or a piece of chrome standing between paragraphs.
internal sealed class StoryItem
{
    public string? Text { get; init; }

    public string Prefix { get; set; } = "";

    public string Suffix { get; set; } = "";

    public List<NoisePiece> Glued { get; } = [];

    public PostDraft? Post { get; init; }

    public NoisePiece? Chrome { get; init; }

    // Stays with the line before it (a list under its header): nothing is put between them.
    public bool Joined { get; init; }
}

// The story's run as the dressing lays it out: look-alike lines in the middle or at the end,
// posts between paragraphs (two in a row sometimes), chrome between them, a dateline glued
// before the lead and a more-link glued after the last sentence.
internal static class StoryPlan
{
    public static List<StoryItem> Build(Page p, List<string> own, bool ownPosts)
    {
        var r = p.R;
        var items = own.Select(l => new StoryItem { Text = l }).ToList();
        if (r.Chance(0.45))
        {
            var (extra, atEnd) = LookAlikes.Make(p);
            extra = [.. extra.Select(TextReferee.Normalize).Where(l => !own.Contains(l))];
            items.InsertRange(atEnd || items.Count < 2 ? items.Count : r.Between(1, items.Count - 1), extra.Select((l, i) => new StoryItem { Text = l, Joined = i > 0 }));
        }
        if (r.Chance(0.3))
        {
            var dateline = HeadChrome.DatelineText(p);
            items[0].Prefix = dateline;
            items[0].Glued.Add(new NoisePiece(NoiseKind.Dateline, [dateline.Trim()], true));
        }
        if (r.Chance(0.2))
        {
            var more = TailChrome.MoreLink(p, true);
            items[^1].Suffix = more.Lines[0];
            items[^1].Glued.Add(more with { Lines = [more.Lines[0].Trim()] });
        }
        // Chrome between paragraphs, never before the lead.
        var between = r.Between(0, 3);
        for (var k = 0; k < between && items.Count > 1; k++)
        {
            var piece = r.Next(6) switch
            {
                0 => HeadChrome.Caption(p),
                1 => TailChrome.ReadAlso(p, r.Chance(0.4)),
                2 => TailChrome.Share(p),
                3 => Repeat(p, own),
                4 => HeadChrome.Credit(p),
                _ => TailChrome.Counter(p),
            };
            if (piece is not null)
            {
                items.Insert(Gap(r, items), new StoryItem { Chrome = piece });
            }
        }
        if (r.Chance(0.35) && items.Count > 1)
        {
            var at = Gap(r, items);
            items.Insert(at, new StoryItem { Post = PostShapes.Make(p, ownPosts) });
            if (r.Chance(0.25))
            {
                items.Insert(at + 1, new StoryItem { Post = PostShapes.Make(p, ownPosts) });
            }
        }
        return items;
    }

    // A place between two items that are not one list.
    private static int Gap(DressingRandom r, List<StoryItem> items)
    {
        var at = r.Between(1, items.Count - 1);
        for (var i = 0; i < 6 && items[at].Joined; i++)
        {
            at = r.Between(1, items.Count - 1);
        }
        return items[at].Joined ? items.Count : at;
    }

    private static NoisePiece? Repeat(Page p, List<string> own)
    {
        var line = p.R.Pick<string>(own);
        return line.Length < 20 ? null : new NoisePiece(NoiseKind.Repeat, [line]);
    }
}
