using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.Eighteenth;

// The eighteenth catalogue, written apart from the cleaner and the seventeen before it. Its
// copy paths: government e-services portals, stock-exchange announcement portals, sports
// results pages, classified and job columns, Islamic affairs sites, podcast show notes,
// newsletters' web versions, shared documents with suggestions, prosecution statements,
// smart-TV and car-dashboard news apps, voice-assistant read-outs, group-chat screenshots,
// numbered threads, print-edition apps' indexes and page jumps, university portals, and
// copies that brought one piece alone. A share of stories carries its own furniture-like
// lines, kept as body.
public sealed class EighteenthDresser : IArticleDresser
{
    private readonly IPageFamily[] families;
    private readonly StoryExtras extras;
    private readonly EmbeddedPosts posts;

    public EighteenthDresser(DressingPools pools)
    {
        var stories = new OtherStories(pools);
        extras = new StoryExtras(pools);
        posts = new EmbeddedPosts(pools);
        families =
        [
            new EServicesPortal(stories),
            new DisclosurePortal(stories),
            new LeagueSidebar(stories),
            new ClassifiedsColumn(stories),
            new IslamicAffairsSite(stories),
            new PodcastNotes(),
            new NewsletterWebVersion(stories),
            new SharedDocument(),
            new ProsecutionStatement(stories),
            new ScreenNewsApp(stories),
            new VoiceReadout(),
            new GroupChatScreenshot(),
            new NumberedThread(),
            new PrintEditionApp(stories),
            new CampusPortal(stories),
            new LonePiece(stories),
        ];
    }

    public DressedArticle Dress(RawArticle article, string key, DressingRandom r)
    {
        var page = new PageDraft(article);
        if (r.Chance(0.2) || page.Count == 0)
        {
            return new DressedArticle(article, key, [.. page.Blocks().Select(b => b.Expected!)], [], page.Title, Undressed: true);
        }
        if (r.Chance(0.3))
        {
            extras.Add(r, page);
        }
        if (r.Chance(0.22))
        {
            posts.Embed(r, page);
        }
        if (r.Chance(0.04))
        {
            page.At(r.Between(0, page.Count), EmbeddedPosts.Stub(r));
        }
        var family = r.Pick(families);
        while (!family.Fits(page))
        {
            family = r.Pick(families);
        }
        family.Dress(r, page);
        var blocks = page.Blocks().ToList();
        var noise = blocks.Select(b => b.Noise).OfType<NoisePiece>().Concat(page.Glued).ToList();
        if (noise.Count == 0)
        {
            var share = Furniture.Piece(r, NoiseKind.Share, Ink.Row(r, ["مشاركة", "طباعة", "إرسال"]));
            page.Bottom(share);
            blocks.Add(share);
            noise.Add(share.Noise!);
        }
        var text = DraftWriter.Write(r, page);
        var title = page.DropTitle ? null : article.Title;
        var expectedTitle = title is not null || page.TitleInText ? page.Title : null;
        return new DressedArticle(article with { Text = text, Title = title }, key,
            [.. blocks.Select(b => b.Expected).OfType<ExpectedBlock>()], noise, expectedTitle, Undressed: false);
    }
}
