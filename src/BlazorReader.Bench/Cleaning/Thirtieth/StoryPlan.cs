namespace BlazorReader.Bench.Cleaning.Thirtieth;

// A step of the story as written: a body paragraph (Text) or something set between them.
internal sealed record Step(string? Text, Action<Page>? Act = null);

// The story's order: its own paragraphs, with posts, look-alike lines of its own, captions,
// inline «اقرأ أيضاً», the frame's chrome and a repeated paragraph set into the gaps.
internal static class StoryPlan
{
    public static List<Step> Steps(StoryFacts f, List<string> own, string ownText, Frame frame)
    {
        var r = f.R;
        var gaps = Enumerable.Range(0, own.Count).Select(_ => new List<Step>()).ToList();
        var end = new List<Step>();
        List<Step> Gap() => gaps[own.Count > 1 ? r.Between(0, own.Count - 2) : 0];

        if (r.Chance(0.35))
        {
            for (var i = r.Chance(0.75) ? 1 : 2; i > 0; i--)
            {
                Gap().Add(new Step(null, p => PostShapes.Write(p, f, ownText)));
            }
        }
        if (r.Chance(0.45))
        {
            for (var i = r.Chance(0.6) ? 1 : 2; i > 0; i--)
            {
                var (lines, closing) = LookAlikeLines.Draw(f);
                var steps = lines.Where(l => !own.Contains(l)).Select(l => new Step(TextReferee.Normalize(l)));
                (closing ? end : Gap()).AddRange(steps);
            }
        }
        if (r.Chance(0.3))
        {
            var gap = Gap();
            gap.Insert(r.Chance(0.5) ? 0 : gap.Count, new Step(null, p => StoryLists.Caption(p, f)));
        }
        if (r.Chance(0.25))
        {
            Gap().Add(new Step(null, p => StoryLists.ReadAlsoInline(p, f)));
        }
        for (var i = r.Chance(0.5) ? r.Between(1, 2) : 0; i > 0; i--)
        {
            Gap().Insert(0, new Step(null, p => frame.Between(p, f)));
        }
        if (r.Chance(0.08))
        {
            var k = r.Next(own.Count);
            gaps[k].Insert(0, new Step(null, p => p.Chrome(NoiseKind.Repeat, own[k])));
        }
        var all = new List<Step>();
        for (var i = 0; i < own.Count; i++)
        {
            all.Add(new Step(own[i]));
            all.AddRange(gaps[i]);
        }
        all.AddRange(end);
        return all;
    }
}
