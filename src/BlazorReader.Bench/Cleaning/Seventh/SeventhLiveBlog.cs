using static BlazorReader.Bench.Cleaning.Seventh.SeventhChrome;
using static BlazorReader.Bench.Cleaning.Seventh.SeventhHead;
using static BlazorReader.Bench.Cleaning.Seventh.SeventhPaths;

namespace BlazorReader.Bench.Cleaning.Seventh;

// A live blog copied whole: a time stamp before each update, on its own line or written onto
// the update itself. Only the stamps are noise; every update is a paragraph of the story.
internal static class SeventhLiveBlog
{
    public static void Dress(SeventhPage p, SeventhPlan plan)
    {
        var r = p.R;
        var glued = r.Chance(0.5);
        for (var i = 0; i < plan.Body.Count; i++)
        {
            if (r.Chance(0.6))
            {
                if (glued && i > 0)
                {
                    plan.GluedBefore[i] = LiveStamp(r, glued: true);
                }
                else if (i > 0)
                {
                    plan.Add(i, LiveStamp(r, glued: false));
                }
                else
                {
                    plan.Top.Add(LiveStamp(r, glued: false));
                }
            }
        }
        Maybe(r, 0.5, () => plan.Tail.Add(Share(r)));
        Maybe(r, 0.3, () => AddTeasers(p, plan.Tail));
    }
}
