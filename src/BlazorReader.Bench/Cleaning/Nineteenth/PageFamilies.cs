namespace BlazorReader.Bench.Cleaning.Nineteenth;

// The pages this catalogue copies from, each with what sits above the story, between its
// paragraphs, glued onto it and below it. Every part is a chance, so one page carries a single
// piece and the next a dozen.
public sealed record PageFamily(string Name, Action<PageSheet> Head, Action<PageSheet> Inside, Action<PageSheet> Glue, Action<PageSheet> Tail)
{
    public static readonly IReadOnlyList<PageFamily> All =
    [
        new("magazine",
            s => { Maybe(s, 0.7, MagazineFurniture.Kicker); Maybe(s, 0.6, h => h.Headline()); Maybe(s, 0.8, MagazineFurniture.Makers); Maybe(s, 0.3, MagazineFurniture.PhotoCaption); },
            s => OneOf(s, MagazineFurniture.PullQuote, MagazineFurniture.ProfileCard, MagazineFurniture.PhotoCaption, MagazineFurniture.FiguresBox),
            s => Maybe(s, 0.15, UpdateStamps.GluedCity),
            s => { Maybe(s, 0.3, MagazineFurniture.FiguresBox); Maybe(s, 0.4, AuthorBox.Bio); Maybe(s, 0.4, SiteChrome.Topics); Maybe(s, 0.7, MagazineFurniture.Folio); }),
        new("live coverage",
            s => { Maybe(s, 0.5, h => h.Headline()); Maybe(s, 0.9, LiveTicker.Stamps); Maybe(s, 0.4, LiveTicker.AlertStrip); },
            s => OneOf(s, LiveTicker.Rail, LiveTicker.AlertStrip, UpdateStamps.Log, PostFurniture.PaperPost),
            s => Maybe(s, 0.4, UpdateStamps.GluedCity),
            s => { Maybe(s, 0.7, LiveTicker.Rail); Maybe(s, 0.6, LiveTicker.RefreshNote); Maybe(s, 0.4, ReactionBar.Reactions); Maybe(s, 0.3, ReactionBar.SendTo); }),
        new("service portal",
            s => { Maybe(s, 0.8, SiteChrome.LanguageSwitcher); Maybe(s, 0.5, h => h.Headline()); Maybe(s, 0.6, UpdateStamps.Stamp); },
            DataWidgets.Draw,
            s => Maybe(s, 0.3, ClusterCards.AgencyCredit),
            s => { Maybe(s, 0.6, DataWidgets.Draw); Maybe(s, 0.4, SiteChrome.Topics); Maybe(s, 0.7, SiteChrome.Rights); }),
        new("lifestyle portal",
            s => { Maybe(s, 0.5, SiteChrome.LanguageSwitcher); Maybe(s, 0.6, h => h.Headline()); Maybe(s, 0.5, DataWidgets.Draw); Maybe(s, 0.4, MagazineFurniture.Makers); },
            s => OneOf(s, ClusterCards.Related, MagazineFurniture.PhotoCaption, ClusterCards.Related),
            s => Maybe(s, 0.3, ClusterCards.GluedMore),
            s => { Maybe(s, 0.5, ClusterCards.Related); Maybe(s, 0.5, ReactionBar.Reactions); Maybe(s, 0.6, ReactionBar.CommentPrompt); Maybe(s, 0.4, SiteChrome.Rights); }),
        new("aggregator cluster",
            s => { Maybe(s, 0.9, ClusterCards.SourceCard); Maybe(s, 0.6, h => h.Headline()); },
            ClusterCards.Related,
            s => Maybe(s, 0.45, ClusterCards.GluedMore),
            s => { Maybe(s, 0.8, ClusterCards.Coverage); Maybe(s, 0.6, ClusterCards.MoreCoverage); Maybe(s, 0.3, ReactionBar.SendTo); }),
        new("paywalled paper",
            s => { Maybe(s, 0.6, PaywallOverlay.Badge); Maybe(s, 0.5, h => h.Headline()); Maybe(s, 0.7, UpdateStamps.Stamp); Maybe(s, 0.4, MagazineFurniture.Makers); },
            s => OneOf(s, PaywallOverlay.Overlay, PaywallOverlay.Overlay, PaywallOverlay.Meter),
            s => { Maybe(s, 0.3, UpdateStamps.GluedCity); Maybe(s, 0.3, ClusterCards.AgencyCredit); },
            s => { Maybe(s, 0.5, PaywallOverlay.Meter); Maybe(s, 0.5, AuthorBox.Bio); Maybe(s, 0.5, AuthorBox.OtherArticles); Maybe(s, 0.4, AuthorBox.Follow); Maybe(s, 0.4, SiteChrome.Rights); }),
        new("council portal",
            s => { Maybe(s, 0.8, CouncilPortal.SessionLine); Maybe(s, 0.6, h => h.Headline()); Maybe(s, 0.4, UpdateStamps.Stamp); },
            s => OneOf(s, CouncilPortal.VoteTally, MagazineFurniture.PhotoCaption),
            s => Maybe(s, 0.3, ClusterCards.AgencyCredit),
            s => { Maybe(s, 0.5, CouncilPortal.VoteTally); Maybe(s, 0.6, CouncilPortal.Minutes); Maybe(s, 0.6, CouncilPortal.Agenda); Maybe(s, 0.4, SiteChrome.LanguageSwitcher); }),
        new("opinion column",
            s => { Maybe(s, 0.9, MagazineFurniture.Makers); Maybe(s, 0.4, h => h.Headline()); Maybe(s, 0.4, UpdateStamps.Stamp); },
            MagazineFurniture.PullQuote,
            s => Maybe(s, 0.2, ClusterCards.GluedMore),
            s => { Maybe(s, 0.7, AuthorBox.Bio); Maybe(s, 0.6, AuthorBox.OtherArticles); Maybe(s, 0.5, AuthorBox.Follow); Maybe(s, 0.5, ReactionBar.CommentPrompt); }),
    ];

    private static void Maybe(PageSheet s, double p, Action<PageSheet> piece)
    {
        if (s.R.Chance(p))
        {
            piece(s);
        }
    }

    private static void OneOf(PageSheet s, params Action<PageSheet>[] pieces) => s.R.Pick(pieces)(s);
}
