using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.Blind;

// The fourth catalogue, written without looking at the cleaner or the other catalogues: a
// site is drawn for each article and its chrome written above, inside and below the story.
// A fifth of the articles are left exactly as they were.
public sealed class BlindDresser(DressingPools pools) : IArticleDresser
{
    private readonly BlindTeasers teasers = new(pools);
    private readonly BlindTweets tweets = new(pools);

    public DressedArticle Dress(RawArticle article, string key, DressingRandom r)
    {
        var paragraphs = TextReferee.Lines(article.Text);
        var title = article.Title is null ? null : TextReferee.Normalize(article.Title);
        if (r.Chance(0.2))
        {
            return new DressedArticle(article, key, [.. paragraphs.Select(p => new ExpectedBlock(BlockKind.Paragraph, p))], [], title, Undressed: true);
        }
        var site = BlindSite.Pick(r);
        var plan = new BlindPlan(r, paragraphs.Count);
        var page = new BlindPage(r);
        var bodySet = paragraphs.ToHashSet(StringComparer.Ordinal);
        foreach (var kind in plan.Top)
        {
            Chrome(page, kind, r, site, title, paragraphs, bodySet, top: true);
        }
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var before = i == 0 && plan.GluedDateline ? (NoiseKind.Dateline, BlindHead.GluedDateline(r, site), (string?)null) : ((NoiseKind, string, string?)?)null;
            var after = i == paragraphs.Count - 1 ? plan.GluedEnd switch
            {
                NoiseKind.MoreLink => (NoiseKind.MoreLink, BlindChrome.GluedMoreLink(r), (string?)null),
                NoiseKind.Credit => GluedCredit(r, site),
                NoiseKind.Signature => (NoiseKind.Signature, r.Pick("/انتهى/", "(انتهى)", "- انتهى", "(النهاية)"), null),
                _ => ((NoiseKind, string, string?)?)null,
            } : null;
            page.Paragraph(paragraphs[i], before, after);
            foreach (var insert in plan.After(i))
            {
                switch (insert)
                {
                    case BlindInsert.Tweet:
                        page.Tweet(tweets.Tweet(r));
                        break;
                    case BlindInsert.Repeat:
                        var again = paragraphs[r.Between(0, i)];
                        page.Add(NoiseKind.Repeat, [r.Chance(0.3) ? "«" + again + "»" : again]);
                        break;
                    case BlindInsert.Dateline:
                        page.Add(NoiseKind.Dateline, [BlindDates.Time(r, site) + r.Pick("", " " + BlindDates.Text(r, site))]);
                        break;
                    default:
                        Chrome(page, Enum.Parse<NoiseKind>(insert.ToString()), r, site, title, paragraphs, bodySet, top: false);
                        break;
                }
            }
        }
        foreach (var kind in plan.Bottom)
        {
            Chrome(page, kind, r, site, title, paragraphs, bodySet, top: false);
        }
        if (page.Noise.Count == 0)
        {
            // Only tweets, or pieces that drew nothing: a dressed article always has chrome.
            page.Add(NoiseKind.Footer, BlindChrome.Footer(r, site));
        }
        var keepTitle = !plan.Top.Contains(NoiseKind.Headline) || r.Chance(0.6);
        var raw = article with { Text = page.Write(), Title = keepTitle ? article.Title : null };
        return new DressedArticle(raw, key, page.Body, page.Noise, title, Undressed: false);
    }

    private void Chrome(BlindPage page, NoiseKind kind, DressingRandom r, BlindSite site, string? title, List<string> paragraphs, HashSet<string> body, bool top)
    {
        switch (kind)
        {
            case NoiseKind.Headline when title is not null:
                page.Add(kind, [BlindHead.Headline(r, title, site)]);
                break;
            case NoiseKind.Byline:
                page.Add(kind, [BlindHead.Byline(r, site)]);
                break;
            case NoiseKind.Dateline:
                page.Add(kind, [BlindHead.Dateline(r, site)]);
                break;
            case NoiseKind.Caption:
                page.Add(kind, r.Chance(0.2) ? [BlindHead.Caption(r, site), BlindHead.Caption(r, site)] : [BlindHead.Caption(r, site)]);
                break;
            case NoiseKind.Share:
                page.Add(kind, BlindChrome.Share(r, site));
                break;
            case NoiseKind.Counter:
                page.Add(kind, r.Chance(0.25) ? [BlindChrome.Counter(r, site) + r.Pick("  ", " | ", " • ") + BlindChrome.Counter(r, site)] : [BlindChrome.Counter(r, site)]);
                break;
            case NoiseKind.Footer:
                page.Add(kind, BlindChrome.Footer(r, site));
                break;
            case NoiseKind.MoreLink:
                page.Add(kind, BlindChrome.MoreLink(r, site));
                break;
            case NoiseKind.Signature:
                page.Add(kind, [BlindChrome.Signature(r, site)]);
                break;
            case NoiseKind.Tags:
                page.Add(kind, [BlindChrome.Tags(r, (title ?? paragraphs[0]).Split(' ').Where(w => w.Length >= 4).ToList(), site)]);
                break;
            case NoiseKind.Credit:
                var (line, source) = BlindHead.Credit(r, site);
                page.Add(kind, [line], credit: source);
                break;
            case NoiseKind.Teaser:
                var (lines, stories) = teasers.Block(r, site, title, body);
                page.Add(kind, lines, stories);
                break;
            case NoiseKind.ReadAlso:
                var (also, alsoStories) = teasers.ReadAlso(r, site, title, body, top ? 1 : r.Chance(0.7) ? 1 : r.Between(2, 3));
                page.Add(kind, also, alsoStories);
                break;
            case NoiseKind.Repeat:
                page.Add(kind, [paragraphs[0]]);
                break;
            default:
                break;
        }
    }

    private static (NoiseKind, string, string?) GluedCredit(DressingRandom r, BlindSite site)
    {
        var source = site.Agency ?? r.Pick(BlindPeople.ShortAgencies);
        return (NoiseKind.Credit, r.Pick("(" + source + ")", "- " + source, "/" + source + "/", "المصدر: " + source), source);
    }
}
