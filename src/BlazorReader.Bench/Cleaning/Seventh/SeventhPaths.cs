using static BlazorReader.Bench.Cleaning.Seventh.SeventhChrome;
using static BlazorReader.Bench.Cleaning.Seventh.SeventhHead;
using static BlazorReader.Bench.Cleaning.Seventh.SeventhLinks;

namespace BlazorReader.Bench.Cleaning.Seventh;

// How the text got dirty: each copy path puts the chrome its pages carry where they carry it.
// An aggregator app's item, a forum repost, a newsletter, a mobile page copied with «select
// all», a sports page, a regional portal, a broadcaster's Arabic service, a live blog, a story
// with its comments pasted below, translated wire copy.
internal static class SeventhPaths
{
    public static readonly Action<SeventhPage, SeventhPlan>[] All =
        [Aggregator, Forum, Newsletter, MobilePage, Sports, Portal, Broadcaster, SeventhLiveBlog.Dress, Comments, Wire];

    private static void Aggregator(SeventhPage p, SeventhPlan plan)
    {
        var r = p.R;
        Maybe(r, 0.6, () => plan.Top.Add(Dateline(p)));
        Maybe(r, 0.5, () => (r.Chance(0.3) ? plan.Top : plan.Tail).Add(Credit(p)));
        Maybe(r, 0.25, () => plan.GluedAfter[plan.Body.Count - 1] = MoreLink(p, glued: true), () => Maybe(r, 0.8, () => plan.Tail.Add(MoreLink(p))));
        Maybe(r, 0.6, () => AddTeasers(p, plan.Tail));
        Maybe(r, 0.3, () => plan.Tail.Add(Share(r)));
    }

    private static void Forum(SeventhPage p, SeventhPlan plan)
    {
        var r = p.R;
        Maybe(r, 0.6, () => plan.Top.Add(Byline(p)));
        Maybe(r, 0.5, () => plan.Top.Add(Dateline(p)));
        Maybe(r, 0.3, () => plan.Top.Add(Counter(r)));
        Maybe(r, 0.8, () => plan.Tail.Add(Signature(r)));
        Maybe(r, 0.3, () => plan.Tail.Add(Signature(r)));
        Maybe(r, 0.6, () => plan.Tail.Add(Share(r)));
        Maybe(r, 0.4, () => plan.Tail.Add(Credit(p)));
        Maybe(r, 0.3, () => AddTeasers(p, plan.Tail));
    }

    private static void Newsletter(SeventhPage p, SeventhPlan plan)
    {
        var r = p.R;
        Maybe(r, 0.5, () => plan.Top.Add(Dateline(p)));
        Maybe(r, 0.9, () => plan.Tail.Add(Footer(r, r.Pick(1, 1, 4, 0))));
        Maybe(r, 0.5, () => plan.Tail.Add(Signature(r)));
        Maybe(r, 0.5, () => plan.Tail.Add(MoreLink(p)));
        Maybe(r, 0.5, () => AddTeasers(p, plan.Tail));
        Maybe(r, 0.3, () => plan.Tail.Add(Share(r)));
    }

    private static void MobilePage(SeventhPage p, SeventhPlan plan)
    {
        var r = p.R;
        Maybe(r, 0.8, () => plan.Top.Add(Menu(r)));
        Maybe(r, 0.5, () => plan.Top.Add(Widget(r)));
        Maybe(r, 0.4, () => plan.Top.Add(Byline(p)));
        Maybe(r, 0.6, () => plan.Top.Add(Dateline(p)));
        Maybe(r, 0.4, () => plan.Top.Add(Caption(p)));
        Maybe(r, 0.4, () => Between(p, plan, SeventhLinks.ReadAlso(p)));
        Maybe(r, 0.3, () => plan.Add(plan.AnyGap(r), Footer(r, 6)));
        Maybe(r, 0.7, () => AddTeasers(p, plan.Tail));
        Maybe(r, 0.5, () => plan.Tail.Add(Share(r)));
        Maybe(r, 0.7, () => plan.Tail.Add(Footer(r, r.Pick(0, 2, 3, 4))));
        Maybe(r, 0.3, () => plan.Tail.Add(Menu(r)));
    }

    private static void Sports(SeventhPage p, SeventhPlan plan)
    {
        var r = p.R;
        Maybe(r, 0.7, () => plan.Top.Add(MatchCard(r)));
        Maybe(r, 0.5, () => plan.Top.Add(Dateline(p)));
        Maybe(r, 0.4, () => plan.Add(plan.AnyGap(r), Caption(p)));
        Maybe(r, 0.5, () => AddTeasers(p, plan.Tail));
        Maybe(r, 0.4, () => plan.Tail.Add(Counter(r)));
        Maybe(r, 0.4, () => plan.Tail.Add(SeventhChrome.Tags(p)));
        Maybe(r, 0.3, () => plan.Tail.Add(MatchCard(r)));
    }

    private static void Portal(SeventhPage p, SeventhPlan plan)
    {
        var r = p.R;
        Maybe(r, 0.5, () => plan.Top.Add(Byline(p)));
        Maybe(r, 0.5, () => plan.Top.Add(Dateline(p)));
        Maybe(r, 0.5, () => plan.GluedBefore[0] = GluedDateline(p));
        Maybe(r, 0.15, () => plan.GluedAfter[plan.Body.Count - 1] = Credit(p, glued: true), () => Maybe(r, 0.5, () => plan.Tail.Add(Credit(p))));
        Maybe(r, 0.5, () => plan.Tail.Add(SeventhChrome.Tags(p)));
        Maybe(r, 0.5, () => plan.Tail.Add(Counter(r)));
        Maybe(r, 0.4, () => Between(p, plan, SeventhLinks.ReadAlso(p)));
        Maybe(r, 0.5, () => AddTeasers(p, plan.Tail));
        Maybe(r, 0.5, () => plan.Tail.Add(Footer(r)));
    }

    private static void Broadcaster(SeventhPage p, SeventhPlan plan)
    {
        var r = p.R;
        Maybe(r, 0.6, () => plan.Top.Add(Dateline(p)));
        Maybe(r, 0.4, () => plan.GluedBefore[0] = GluedDateline(p));
        Maybe(r, 0.5, () => plan.Add(plan.AnyGap(r), Caption(p)));
        Maybe(r, 0.8, () => plan.Tail.Add(Share(r)));
        Maybe(r, 0.6, () => plan.Tail.Add(Footer(r, 5)));
        Maybe(r, 0.5, () => AddTeasers(p, plan.Tail));
        Maybe(r, 0.3, () => plan.Tail.Add(Footer(r, 0)));
    }

    private static void Comments(SeventhPage p, SeventhPlan plan)
    {
        var r = p.R;
        plan.Tail.Add(SeventhComments.Section(r));
        Maybe(r, 0.5, () => plan.Tail.Add(Counter(r)));
        Maybe(r, 0.4, () => plan.Tail.Add(Share(r)));
        Maybe(r, 0.3, () => AddTeasers(p, plan.Tail));
    }

    private static void Wire(SeventhPage p, SeventhPlan plan)
    {
        var r = p.R;
        Maybe(r, 0.8, () => plan.GluedBefore[0] = GluedDateline(p));
        Maybe(r, 0.5, () => plan.Top.Add(Byline(p)));
        Maybe(r, 0.5, () => plan.Tail.Add(Credit(p)));
        Maybe(r, 0.4, () => (r.Chance(0.5) ? plan.Top : plan.Tail).Add(Caption(p)));
        Maybe(r, 0.4, () => plan.Tail.Add(Signature(r)));
    }

    public static void Between(SeventhPage p, SeventhPlan plan, NoisePiece? piece)
    {
        if (piece is not null)
        {
            plan.Add(plan.AnyGap(p.R), piece);
        }
    }

    public static void AddTeasers(SeventhPage p, List<NoisePiece> into)
    {
        if (SeventhTeasers.Block(p) is { } block)
        {
            into.Add(block);
        }
    }

    public static void Maybe(DressingRandom r, double p, Action then, Action? otherwise = null)
    {
        if (r.Chance(p))
        {
            then();
        }
        else
        {
            otherwise?.Invoke();
        }
    }
}
