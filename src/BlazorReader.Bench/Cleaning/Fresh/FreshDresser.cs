using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.Fresh;

// The third catalogue, written apart from the cleaner and from both earlier catalogues: a
// fifth of the articles left as they were, the rest dressed as a scraped page of a paper
// somewhere from the Gulf to the Maghreb. Body lines are written back whole and in order;
// chrome glued onto one is labelled alone.
public sealed class FreshDresser(DressingPools pools) : IArticleDresser
{
    private readonly FreshTweets tweets = new(pools);

    public DressedArticle Dress(RawArticle article, string key, DressingRandom r)
    {
        var body = TextReferee.Lines(article.Text);
        var title = article.Title is null ? null : TextReferee.Normalize(article.Title);
        if (r.Chance(0.2) || body.Count == 0)
        {
            return new DressedArticle(article, key, [.. body.Select(l => new ExpectedBlock(BlockKind.Paragraph, l))], [], title, Undressed: true);
        }
        var plan = new FreshPlan(r, body.Count);
        var related = new FreshRelated(pools, title, body);
        var page = new FreshPage();
        foreach (var kind in plan.Top)
        {
            page.AddNoise(kind switch
            {
                NoiseKind.Headline when title is not null => FreshHead.Headline(r, title),
                NoiseKind.Tags => FreshFoot.Tags(r, title ?? "", top: true),
                NoiseKind.Repeat => FreshInserts.Repeat(r, body[0], pulled: false),
                _ => Piece(kind, r, title, related),
            });
        }
        for (var i = 0; i < body.Count; i++)
        {
            var raw = r.Scuff(body[i], 0.08);
            // Sites glue a dateline to the lead sentence, not to a short heading line.
            if (i == 0 && plan.GlueHead && body[0].Length >= 60)
            {
                var glue = FreshHead.GluedDateline(r);
                raw = glue + r.Pick(" ", " ", "  ", "\u00A0") + raw;
                page.AddGlued(new NoisePiece(NoiseKind.Dateline, [glue]));
            }
            if (i == body.Count - 1 && plan.GlueTail is { } tail)
            {
                var piece = tail switch
                {
                    NoiseKind.Credit => FreshCredit.Glued(r),
                    NoiseKind.Signature => new NoisePiece(NoiseKind.Signature, [r.Pick("انتهى", "-انتهى-", "(انتهى)", "// انتهى")]),
                    _ => new NoisePiece(NoiseKind.MoreLink, [FreshLinks.GluedMoreLink(r)]),
                };
                raw += r.Pick(" ", " ", "  ", "\u00A0") + piece.Lines[0];
                page.AddGlued(piece);
            }
            page.AddParagraph(raw, body[i]);
            foreach (var insert in plan.After(i))
            {
                if (insert == FreshInsert.Tweet)
                {
                    page.AddTweet(tweets.Next(r, body));
                    continue;
                }
                page.AddNoise(insert switch
                {
                    FreshInsert.Caption => FreshInserts.Caption(r, title),
                    FreshInsert.ReadAlso => related.ReadAlsoLine(r),
                    // Printed again right away (a scraper's double), or a sentence of any paragraph pulled out.
                    FreshInsert.Repeat => r.Chance(0.6) ? FreshInserts.Repeat(r, body[i], pulled: false) : FreshInserts.Repeat(r, r.Pick<string>(body), pulled: true),
                    FreshInsert.Teasers => related.Teasers(r),
                    _ => FreshShare.Line(r),
                });
            }
        }
        foreach (var kind in plan.Bottom)
        {
            page.AddNoise(Piece(kind, r, title, related));
        }
        return new DressedArticle(article with { Text = page.Write(r) }, key, page.Body, page.Noise, title, Undressed: false);
    }

    private static NoisePiece Piece(NoiseKind kind, DressingRandom r, string? title, FreshRelated related) => kind switch
    {
        NoiseKind.Byline => FreshHead.Byline(r),
        NoiseKind.Dateline => FreshHead.Dateline(r),
        NoiseKind.Caption => FreshInserts.Caption(r, title),
        NoiseKind.Share => FreshShare.Line(r),
        NoiseKind.Counter => FreshFoot.Counter(r),
        NoiseKind.Credit => FreshCredit.Line(r),
        NoiseKind.Teaser => related.Teasers(r),
        NoiseKind.ReadAlso => related.ReadAlsoBlock(r),
        NoiseKind.MoreLink => FreshLinks.MoreLink(r),
        NoiseKind.Signature => FreshFoot.Signature(r),
        NoiseKind.Tags => FreshFoot.Tags(r, title ?? "", top: false),
        _ => FreshFoot.Footer(r),
    };
}
