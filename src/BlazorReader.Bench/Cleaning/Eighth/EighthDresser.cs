using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.Eighth;

// The eighth catalogue, written apart from the cleaner and the seven others, from copy paths
// none of them drew on: PDF/OCR print copies, feed-reader and CMS exports, screen-reader and
// audio pages, press releases through national agencies, and mobile pages of widgets and
// plugs, from Kuwaiti, Omani, Bahraini, Qatari, Libyan, Algerian and Mauritanian papers. One
// article in five is left as it was; the others take one copy path's chrome, then what any
// page may carry (other stories, «اقرأ أيضاً», credits, tweets, a repeated paragraph).
public sealed class EighthDresser(DressingPools pools) : IArticleDresser
{
    public DressedArticle Dress(RawArticle article, string key, DressingRandom r)
    {
        var paragraphs = TextReferee.Lines(article.Text);
        if (r.Chance(0.2) || paragraphs.Count == 0)
        {
            return new(article, key, [.. paragraphs.Select(p => new ExpectedBlock(BlockKind.Paragraph, p))], [], article.Title, true);
        }
        var title = TextReferee.Normalize(article.Title ?? paragraphs[0]);
        var day = article.PublishedAt is { } at ? DateOnly.FromDateTime(at) : new DateOnly(2015, 7, 25);
        var c = new EighthContext(article, title, day, r.Pick(EighthWords.Papers), r.Pick(EighthWords.Agencies), pools);
        var page = new EighthPage(paragraphs);
        // The story's own blocks first, so that chrome placed between blocks knows them all.
        if (r.Chance(0.25))
        {
            ChromeLikeParagraphs.Add(r, c, page);
        }
        for (var i = r.Chance(0.18) ? r.Between(1, 2) : 0; i > 0; i--)
        {
            var (tweet, signature) = EighthTweets.Draw(r, c);
            page.InsertStory(r.Between(1, page.StoryCount), tweet, signature);
        }
        var foot = new List<Chrome>();
        CopyPaths.Dress((CopyPath)r.Next(Enum.GetValues<CopyPath>().Length), r, c, page, foot);
        AnyPage(r, c, page, foot, paragraphs);
        if (page.Noise.Count == 0 && foot.Count == 0)
        {
            foot.Add(EighthFeed.FeedFooter(r, c));
        }
        foreach (var chrome in foot.OrderBy(_ => r.Next(1000)))
        {
            page.Add(Slot.Foot, chrome, r);
        }
        var (text, body) = page.Write(r);
        // A headline printed in the text stands in for a title the copy path lost.
        var titleLost = page.Noise.Any(p => p.Kind == NoiseKind.Headline) && r.Chance(0.5);
        return new(article with { Text = text, Title = titleLost ? null : article.Title }, key, body, page.Noise, article.Title, false);
    }

    // What a page of any path may carry besides its own chrome.
    private static void AnyPage(DressingRandom r, EighthContext c, EighthPage page, List<Chrome> foot, List<string> paragraphs)
    {
        var others = new OtherStories(c);
        for (var blocks = r.Chance(0.55) ? (r.Chance(0.2) ? 2 : 1) : 0; blocks > 0; blocks--)
        {
            if (EighthTeasers.Block(r, others, c) is { } teasers)
            {
                CopyPaths.Place(r, page, foot, r.Chance(0.2) ? Slot.Middle : Slot.Foot, teasers);
            }
        }
        if (r.Chance(0.35) && EighthTeasers.ReadAlso(r, others) is { } readAlso)
        {
            CopyPaths.Place(r, page, foot, r.Pick(Slot.Middle, Slot.Middle, Slot.Foot, Slot.Top), readAlso);
        }
        // One credit to a story: two would ask the cleaner for two attributions.
        if (r.Chance(0.25) && !page.Noise.Concat(foot.Select(f => f.Piece)).Any(p => p.Kind == NoiseKind.Credit))
        {
            var credit = EighthWire.Credit(r, c);
            var glued = r.Chance(0.15) && credit.Piece.Lines[0].StartsWith('(');
            CopyPaths.Place(r, page, foot, glued ? Slot.End : r.Chance(0.15) ? Slot.Top : Slot.Foot, glued ? CopyPaths.Glue(credit) : credit);
        }
        if (r.Chance(0.08) && !page.Noise.Any(p => p.Kind == NoiseKind.Repeat) && (r.Chance(0.5) ? paragraphs[0] : paragraphs[^1]) is { Length: >= 60 } repeated)
        {
            CopyPaths.Place(r, page, foot, Slot.Foot, Chrome.Of(NoiseKind.Repeat, repeated));
        }
        if (r.Chance(0.2))
        {
            CopyPaths.Place(r, page, foot, r.Pick(Slot.Foot, Slot.Middle), EighthWidgets.ScreenReader(r));
        }
        if (r.Chance(0.15))
        {
            CopyPaths.Place(r, page, foot, r.Pick(Slot.Foot, Slot.Top), r.Chance(0.5) ? EighthWidgets.Views(r) : EighthWidgets.ReadingControls(r));
        }
        if (r.Chance(0.2))
        {
            CopyPaths.Place(r, page, foot, Slot.Foot, EighthFeed.FeedFooter(r, c));
        }
        if (r.Chance(0.06))
        {
            CopyPaths.Place(r, page, foot, Slot.Foot, EighthWire.ServiceCode(r, c));
        }
    }
}
