namespace BlazorReader.Bench.Cleaning.Thirteenth;

// The ways a story reached the scraper: a regional paper's own page, an aggregator's card,
// the paper's newsletter, a Telegram news bot, a Discord or Slack paste, a Reddit-style
// repost, a wiki mirror.
internal enum CopyPath
{
    PaperPage,
    Aggregator,
    Newsletter,
    TelegramBot,
    ChatPaste,
    RedditRepost,
    WikiMirror,
}

// Which shapes each copy path puts above, inside and below a story, in page order.
internal static class Menus
{
    public static CopyPath PickPath(DressingRandom r) => r.Next(20) switch
    {
        < 9 => CopyPath.PaperPage,
        < 11 => CopyPath.Aggregator,
        < 13 => CopyPath.Newsletter,
        < 15 => CopyPath.TelegramBot,
        < 17 => CopyPath.ChatPaste,
        < 18 => CopyPath.RedditRepost,
        _ => CopyPath.WikiMirror,
    };

    public static Func<Page, NoisePiece?>[] Head(CopyPath path) => path switch
    {
        CopyPath.PaperPage =>
        [
            HeadShapes.Breadcrumb, HeadShapes.LanguageToggle, HeadShapes.Headline, HeadShapes.Byline, HeadShapes.Dateline,
            HeadShapes.ReadingChip, TailShapes.Share, Reactions.Comments,
        ],
        CopyPath.Aggregator => [FeedPaths.SourceLine, HeadShapes.Headline, FeedPaths.Snippet, HeadShapes.Dateline],
        CopyPath.Newsletter => [FeedPaths.ViewInBrowser, FeedPaths.IssueLine, HeadShapes.Headline, HeadShapes.Byline, HeadShapes.ReadingChip],
        CopyPath.TelegramBot => [ChatPaths.BotLine, HeadShapes.Headline, HeadShapes.Dateline],
        CopyPath.ChatPaste => [ChatPaths.PosterLine, ChatPaths.Channel, HeadShapes.Headline, FeedPaths.Snippet],
        CopyPath.RedditRepost => [ChatPaths.SubLine, HeadShapes.Headline, ChatPaths.DomainChip],
        _ => [ChatPaths.WikiHead, HeadShapes.Headline, HeadShapes.Breadcrumb, HeadShapes.LanguageToggle],
    };

    public static Func<Page, NoisePiece?>[] Inner(CopyPath path) => path switch
    {
        CopyPath.TelegramBot or CopyPath.ChatPaste or CopyPath.RedditRepost => [InnerShapes.ReadAlso, InnerShapes.Video, InnerShapes.MapChip],
        _ =>
        [
            InnerShapes.Gallery, InnerShapes.Video, InnerShapes.Infographic, InnerShapes.MapChip, InnerShapes.ReadAlso,
            InnerShapes.ReadAlso, p => TeaserBlocks.Draw(p, p.R.Between(1, 3)), Boxes.Draw, TailShapes.Share, HeadShapes.ReadingChip,
        ],
    };

    public static Func<Page, NoisePiece?>[] Tail(CopyPath path) => path switch
    {
        CopyPath.PaperPage =>
        [
            TailShapes.Credit, TailShapes.MoreLink, TailShapes.Tags, TailShapes.Share, Reactions.ReactionBox, InnerShapes.ReadAlso,
            TailShapes.AuthorBio, p => TeaserBlocks.Draw(p), Reactions.Comments, Boxes.Draw, TailShapes.Footer, p => TeaserBlocks.Draw(p), TailShapes.Footer,
        ],
        CopyPath.Aggregator => [TailShapes.Credit, FeedPaths.CardTail, p => TeaserBlocks.Draw(p), FeedPaths.CardTail, p => TeaserBlocks.Draw(p), FeedPaths.CardTail],
        CopyPath.Newsletter => [FeedPaths.NewsletterTail, TailShapes.Credit, p => TeaserBlocks.Draw(p), FeedPaths.NewsletterTail, Boxes.Draw, FeedPaths.NewsletterTail],
        CopyPath.TelegramBot => [TailShapes.Credit, ChatPaths.BotTail, TailShapes.Tags, ChatPaths.BotTail, ChatPaths.BotTail],
        CopyPath.ChatPaste => [ChatPaths.ChatTail, TailShapes.MoreLink, ChatPaths.ChatTail],
        CopyPath.RedditRepost => [TailShapes.Credit, ChatPaths.RedditTail, ChatPaths.RedditTail, p => TeaserBlocks.Draw(p)],
        _ => [TailShapes.Credit, ChatPaths.WikiTail, ChatPaths.WikiTail, p => TeaserBlocks.Draw(p), ChatPaths.WikiTail, TailShapes.Footer],
    };

    // Up to count shapes of a menu, kept in the menu's order (a page's order), with now and
    // then two neighbours swapped, as themes do.
    public static List<NoisePiece> Draw(Page p, Func<Page, NoisePiece?>[] menu, int count)
    {
        var r = p.R;
        var chosen = Enumerable.Range(0, menu.Length).OrderBy(_ => r.Next(1000)).Take(count).Order().ToList();
        var pieces = chosen.Select(i => menu[i](p)).OfType<NoisePiece>().ToList();
        if (pieces.Count > 1 && r.Chance(0.25))
        {
            var at = r.Next(pieces.Count - 1);
            (pieces[at], pieces[at + 1]) = (pieces[at + 1], pieces[at]);
        }
        return pieces;
    }
}
