using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.Thirteenth;

// The thirteenth catalogue, written apart from the cleaner and from the twelve before it:
// Maghreb, Egyptian, Iraqi, Levantine and Gulf papers' own page furniture, aggregator cards,
// papers' newsletters, Telegram bots, Discord/Slack pastes, Reddit-style reposts and wiki
// mirrors; galleries, video players, maps, boxes of the day inside and below the story; verses,
// hadiths and corrections the story itself carries. Density varies from one piece to many.
public sealed class ThirteenthDresser(DressingPools pools) : IArticleDresser
{
    public DressedArticle Dress(RawArticle article, string key, DressingRandom r)
    {
        var body = TextReferee.Lines(article.Text);
        var title = article.Title is null ? null : TextReferee.Normalize(article.Title);
        if (r.Chance(0.2) || body.Count == 0)
        {
            return new(article, key, [.. body.Select(b => new ExpectedBlock(BlockKind.Paragraph, b))], [], title, Undressed: true);
        }
        var page = new Page(r, pools, article, r.Pick(Outlets.All));
        var path = Menus.PickPath(r);
        var layout = Layout.Draw(page, path, body);
        var writer = new PageWriter(r);
        foreach (var piece in layout.Head)
        {
            writer.Noise(piece);
        }
        if (layout.TopNote is { } top)
        {
            writer.Body(top, top);
        }
        for (var i = 0; i < body.Count; i++)
        {
            var line = body[i];
            foreach (var glued in layout.Glued.Where(g => g.Index == i))
            {
                line = glued.Before ? glued.Piece.Lines[0] + line : line + r.Pick(" ", "", "  ", "\u00A0") + glued.Piece.Lines[0];
                writer.Record(glued.Piece);
            }
            writer.Body(line, body[i]);
            foreach (var item in layout.After.Where(a => a.Index == i))
            {
                item.Write(writer);
            }
        }
        foreach (var piece in layout.Tail)
        {
            writer.Noise(piece);
        }
        var headline = layout.Head.Any(h => h.Kind == NoiseKind.Headline);
        var rawTitle = article.Title is null ? null
            : headline && r.Chance(0.5) ? null
            : r.Chance(0.15) ? article.Title + r.Separator("|", "-", "–") + page.Outlet.Name
            : article.Title;
        var raw = article with { Text = writer.Text(), Title = rawTitle };
        return new(raw, key, writer.Expected, writer.Pieces, title, Undressed: false);
    }
}
