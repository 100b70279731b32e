using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.ThirtyFirst;

// The thirty-first catalogue: stories that reached a scraper through a server log, a review
// diff, a terminal pager, a fax, a live stream's chat, an exam platform, a galley proof, a
// tagged-text export, an outline, an IPTV guide or a browser history export, each with its
// own furniture, and the paper's usual chrome in new wordings and orders around the story.
public sealed class ThirtyFirstDresser(DressingPools pools) : IArticleDresser
{
    public DressedArticle Dress(RawArticle article, string key, DressingRandom r)
    {
        var own = TextReferee.Lines(article.Text);
        var title = article.Title is null ? null : TextReferee.Normalize(article.Title);
        if (r.Chance(0.2))
        {
            return new DressedArticle(article, key, [.. own.Select(l => new ExpectedBlock(BlockKind.Paragraph, l))], [], title, true);
        }
        var when = (article.PublishedAt ?? new DateTime(2015, 7, 21).AddDays(r.Between(0, 21))).Date.AddHours(r.Between(6, 23)).AddMinutes(r.Between(0, 59));
        var url = article.SourceUrl ?? "https://" + r.Pick("sabq.org", "www.okaz.com.sa", "www.alriyadh.com") + "/" + Words.Slug(r);
        var story = new Story(title, r.Pick(DressingPools.Papers), when, url, pools, TextReferee.Normalize(article.Text));
        var frame = Frame(r);
        var page = new Page(r, frame);
        var dropTitle = title is not null && r.Chance(0.4);
        frame.Head(page, story);
        StoryWriter.Write(page, story, own, headline: dropTitle || title is not null && r.Chance(0.5));
        frame.Tail(page, story);
        var raw = article with { Text = page.Text(), Title = dropTitle ? null : article.Title };
        return new DressedArticle(raw, key, page.Body, page.Noise, title, false);
    }

    private static IFrame Frame(DressingRandom r) => r.Next(11) switch
    {
        0 => new ServerLogFrame(r),
        1 => new DiffViewFrame(r),
        2 => new PagerFrame(r),
        3 => new FaxFrame(r),
        4 => new StreamChatFrame(r),
        5 => new ExamFrame(r),
        6 => new GalleyProofFrame(r),
        7 => new TaggedTextFrame(r),
        8 => new OutlineFrame(r),
        9 => new PlaylistFrame(r),
        _ => new HistoryExportFrame(r),
    };
}
