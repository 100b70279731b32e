using BlazorReader.Core.Articles;
using static BlazorReader.Bench.Cleaning.Seventh.SeventhPaths;

namespace BlazorReader.Bench.Cleaning.Seventh;

// The seventh catalogue, written apart from the cleaner and the six before it. One article in
// five is left as it was; the rest go through one copy path (SeventhPaths), then a few pieces
// any page may carry, tweets, a paragraph written twice, and now and then body text that looks
// like chrome and must stay (SeventhBody).
public sealed class SeventhDresser(DressingPools pools) : IArticleDresser
{
    public DressedArticle Dress(RawArticle article, string key, DressingRandom r)
    {
        if (r.Chance(0.2))
        {
            var asIs = TextReferee.Lines(article.Text).Select(l => new ExpectedBlock(BlockKind.Paragraph, l)).ToList();
            return new DressedArticle(article, key, asIs, [], article.Title, Undressed: true);
        }
        var page = new SeventhPage(article, pools, r);
        var plan = new SeventhPlan(BodyWithLookAlikes(page));
        r.Pick(All)(page, plan);
        var titleKept = r.Chance(0.7);
        Maybe(r, titleKept ? 0.3 : 1, () => plan.Top.Add(SeventhHead.Headline(page, titleKept)));
        for (var extra = r.Pick(0, 0, 1, 1, 2); extra > 0; extra--)
        {
            AnyPiece(page, plan);
        }
        for (var tweets = r.Chance(0.22) ? r.Pick(1, 1, 2) : 0; tweets > 0; tweets--)
        {
            plan.Between.Add((plan.AnyGap(r), SeventhTweets.Draw(page)));
        }
        Maybe(r, 0.1, () => Between(page, plan, SeventhBody.Repeat(page, plan.Body)));
        if (plan.IsEmpty)
        {
            plan.Tail.Add(SeventhChrome.Footer(r));
        }
        var (raw, expected, noise) = plan.Write(r);
        return new DressedArticle(article with { Text = raw, Title = titleKept ? article.Title : null }, key, expected, noise, article.Title, Undressed: false);
    }

    private static List<string> BodyWithLookAlikes(SeventhPage page)
    {
        var r = page.R;
        var body = page.Lines.ToList();
        Maybe(r, 0.06, () => body[0] = SeventhBody.WithAside(r, body[0]) ?? body[0]);
        Maybe(r, 0.06, () =>
        {
            if (SeventhBody.SourceParagraph(page) is { } quoted)
            {
                body.Insert(r.Between(1, body.Count), quoted);
            }
        });
        Maybe(r, 0.05, () => body.Add(SeventhBody.HashtagParagraph(page)));
        return body;
    }

    // One piece of any kind, anywhere it can sit: what a page of any family may add.
    private static void AnyPiece(SeventhPage p, SeventhPlan plan)
    {
        var r = p.R;
        switch (r.Next(10))
        {
            case 0: plan.Top.Add(SeventhHead.Byline(p)); break;
            case 1: plan.Top.Add(SeventhHead.Dateline(p)); break;
            case 2: plan.Add(plan.AnyGap(r), SeventhLinks.Caption(p)); break;
            case 3: Between(p, plan, SeventhLinks.ReadAlso(p)); break;
            case 4: plan.Tail.Add(SeventhChrome.Tags(p)); break;
            case 5: plan.Tail.Add(SeventhChrome.Counter(r)); break;
            case 6: plan.Tail.Add(SeventhChrome.Footer(r)); break;
            case 7: plan.GluedAfter.TryAdd(plan.Body.Count - 1, SeventhLinks.MoreLink(p, glued: true)); break;
            case 8: plan.Tail.Add(SeventhLinks.Credit(p)); break;
            default: AddTeasers(p, r.Chance(0.7) ? plan.Tail : plan.Top); break;
        }
    }
}
