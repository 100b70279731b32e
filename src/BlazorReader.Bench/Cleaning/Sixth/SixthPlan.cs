namespace BlazorReader.Bench.Cleaning.Sixth;

// Which pieces a page of each family carries and where: what tops the page, what is glued
// to the lead and to the last sentence, what falls between paragraphs, what follows the
// story. Each family leans its own way; any piece can turn up on any page.
internal static class SixthPlan
{
    // Returns true when the headline was written into the page.
    public static bool Fill(SixthPage page, DressingRandom r, SixthSite site, string? title, SixthOthers others, IReadOnlyList<string> paragraphs, DateOnly date)
    {
        var f = site.Family;

        var top = new List<NoisePiece>();
        var headline = title is not null && r.Chance(f is SixthFamily.ReadLater ? 0.8 : f is SixthFamily.Telegram or SixthFamily.Print ? 0.5 : 0.22);
        if (headline)
        {
            top.Add(SixthHead.Headline(r, site, title!));
        }
        if (r.Chance(P(f, 0.08, SixthFamily.WordPress, 0.6)))
        {
            top.Add(SixthChrome.Tags(r, site, title));
        }
        if (r.Chance(P(f, 0.12, SixthFamily.SocialPage, 0.35)))
        {
            top.Add(SixthChrome.Counter(r, site));
        }
        if (r.Chance(P(f, 0.25, SixthFamily.Maghreb, 0.5)))
        {
            top.Add(SixthHead.Byline(r, site));
        }
        if (r.Chance(f is SixthFamily.WordPress or SixthFamily.Maghreb or SixthFamily.ReadLater ? 0.45 : 0.2))
        {
            top.Add(SixthHead.Dateline(r, site, date));
        }
        if (r.Chance(0.08))
        {
            top.Add(SixthChrome.Share(r, site));
        }
        if (r.Chance(0.12))
        {
            top.Add(SixthInserts.Caption(r, site));
        }
        if (r.Chance(P(f, 0.06, SixthFamily.ReadLater, 0.3)))
        {
            top.Add(SixthInserts.Repeat(r, paragraphs[0]) with { Lines = [paragraphs[0]] });
        }
        Shuffle(r, top, keepFirst: headline && r.Chance(0.7));
        if (r.Chance(0.05))
        {
            page.Top(SixthChrome.CacheBanner(r, site, date));
        }
        top.ForEach(page.Top);

        // Glued to the lead: the wire's slug, the place and paper, an Egyptian byline.
        if (r.Chance(f is SixthFamily.Wire ? 0.8 : f is SixthFamily.Gulf or SixthFamily.Iraq or SixthFamily.Levant or SixthFamily.Maghreb ? 0.35 : 0.12))
        {
            page.GlueLead(SixthHead.GluedDateline(r, site), r.Pick(" ", " ", "", "\u00A0"));
        }
        if (r.Chance(P(f, 0.04, SixthFamily.EgyptPortal, 0.45)))
        {
            page.GlueLead(SixthHead.GluedByline(r, site), r.Pick(" ", " ", ""));
        }

        FillMiddle(page, r, site, others, paragraphs, date);
        FillEnd(page, r, site, title, others, paragraphs);
        return headline;
    }

    private static void FillMiddle(SixthPage page, DressingRandom r, SixthSite site, SixthOthers others, IReadOnlyList<string> paragraphs, DateOnly date)
    {
        var f = site.Family;
        var n = paragraphs.Count;
        if (r.Chance(0.22))
        {
            page.Between(r, SixthInserts.Caption(r, site));
        }
        if (r.Chance(f == SixthFamily.EgyptPortal ? 0.5 : 0.2) && others.Titles(r, 1) is [var also])
        {
            page.Between(r, SixthInserts.ReadAlso(r, site, also));
        }
        if (r.Chance(f is SixthFamily.SocialPage or SixthFamily.Telegram ? 0.3 : 0.16))
        {
            for (var i = r.Between(1, 2); i > 0; i--)
            {
                var (tweet, lines) = SixthTweets.Write(r, site, others, date);
                page.Tweet(r.Next(n), tweet, lines);
            }
        }
        if (n > 2 && r.Chance(f == SixthFamily.EgyptPortal ? 0.3 : 0.04) && SixthTeasers.Block(r, site, others, big: false) is { } midBlock)
        {
            page.After(r.Next(n - 2), midBlock);
        }
        if (f == SixthFamily.Print)
        {
            for (var i = r.Between(1, 3); i > 0; i--)
            {
                page.Between(r, r.Next(3) switch
                {
                    0 => SixthInserts.RunningHead(r, site, date),
                    1 => SixthChrome.Counter(r, site) with { Lines = [r.Pick("- ", "", "ص ", "الصفحة ") + r.Number(r.Between(2, 40)) + r.Pick("", " -")] },
                    _ => SixthChrome.Tags(r, site, null) with { Lines = [r.Pick(SixthWords.Sections)] },
                });
            }
        }
        if (r.Chance(f == SixthFamily.Print ? 0.4 : 0.1))
        {
            var at = r.Next(n);
            var piece = SixthInserts.Repeat(r, paragraphs[at]);
            // A double follows its paragraph; a pull quote falls a paragraph or two later.
            page.After(piece.Lines[0] == paragraphs[at] ? at : Math.Min(n - 1, at + r.Between(0, 2)), piece);
        }
    }

    private static void FillEnd(SixthPage page, DressingRandom r, SixthSite site, string? title, SixthOthers others, IReadOnlyList<string> paragraphs)
    {
        var f = site.Family;
        string Joiner() => r.Pick(" ", " ", "", "  ", " - ", "\u00A0");
        if (r.Chance(P(f, 0.1, SixthFamily.ReadLater, 0.3)))
        {
            page.GlueEnd(SixthTail.GluedMoreLink(r, site), Joiner());
        }
        if (r.Chance(f is SixthFamily.Gulf or SixthFamily.Wire ? 0.25 : 0.06))
        {
            page.GlueEnd(SixthTail.GluedCredit(r, site), Joiner());
        }
        if (r.Chance(0.05))
        {
            page.GlueEnd(SixthTail.GluedSignature(r), Joiner());
        }
        if (r.Chance(f is SixthFamily.SocialPage ? 0.4 : f is SixthFamily.Telegram ? 0.2 : 0.03))
        {
            page.GlueEnd(SixthChrome.GluedHashtags(r, title), Joiner());
        }
        if (r.Chance(P(f, 0.03, SixthFamily.AppShare, 0.35)) && SixthChrome.Share(r, site) is { Lines.Count: 1 } share)
        {
            page.GlueEnd(share with { Glued = true }, Joiner());
        }

        var bottom = new List<NoisePiece>();
        void Maybe(double p, Func<NoisePiece?> make)
        {
            if (r.Chance(p) && make() is { } piece)
            {
                bottom.Add(piece);
            }
        }
        Maybe(0.3, () => SixthTail.Credit(r, site));
        Maybe(P(f, 0.14, SixthFamily.Wire, 0.4), () => SixthTail.Signature(r, site));
        Maybe(P(f, 0.1, SixthFamily.Maghreb, 0.2), () => SixthHead.Byline(r, site));
        Maybe(0.07, () => SixthHead.Dateline(r, site, SixthDates.Of(r, null)));
        Maybe(P(f, 0.22, SixthFamily.ReadLater, 0.6), () => SixthTail.MoreLink(r, site));
        Maybe(f is SixthFamily.AppShare or SixthFamily.Telegram ? 0.8 : 0.3, () => SixthChrome.Share(r, site));
        Maybe(P(f, 0.18, SixthFamily.SocialPage, 0.4), () => SixthChrome.Counter(r, site));
        Maybe(f is SixthFamily.WordPress or SixthFamily.SocialPage ? 0.65 : 0.2, () => SixthChrome.Tags(r, site, title));
        Maybe(P(f, 0.33, SixthFamily.EgyptPortal, 0.85), () => SixthTeasers.Block(r, site, others, big: f == SixthFamily.EgyptPortal && r.Chance(0.6)));
        Maybe(0.12, () => others.Titles(r, r.Between(2, 5)) is { Count: >= 2 } titles ? SixthInserts.ReadAlsoBlock(r, site, titles) : null);
        Maybe(P(f, 0.35, SixthFamily.WordPress, 0.7), () => SixthChrome.Footer(r, site, SixthDates.Of(r, null)));
        Maybe(0.06, () => SixthInserts.Repeat(r, paragraphs[^1]) with { Lines = [paragraphs[^1]] });
        if (r.Chance(0.45))
        {
            Shuffle(r, bottom, keepFirst: false);
        }
        bottom.ForEach(page.Bottom);
    }

    private static double P(SixthFamily f, double usual, SixthFamily family, double theirs) => f == family ? theirs : usual;

    private static void Shuffle(DressingRandom r, List<NoisePiece> pieces, bool keepFirst)
    {
        for (var i = pieces.Count - 1; i > (keepFirst ? 1 : 0); i--)
        {
            var j = r.Between(keepFirst ? 1 : 0, i);
            (pieces[i], pieces[j]) = (pieces[j], pieces[i]);
        }
    }
}
