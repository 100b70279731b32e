using System.Text;
using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.Holdout;

// The held-out catalogue: dresses a clean article with shapes written apart from the first
// catalogue (HoldoutChrome, HoldoutHead, HoldoutStory, HoldoutTweets) and placed its own way:
// counters and share bars at the top too, a repeated paragraph one paragraph late, credit
// lines anywhere among the last lines, teaser runs of two to five leads on either side of
// the footer; the text saved with its own mix of line ends and invisible marks.
public sealed class HoldoutDresser(DressingPools pools) : IArticleDresser
{
    public DressedArticle Dress(RawArticle article, string key, DressingRandom r)
    {
        var paragraphs = TextReferee.Lines(article.Text);
        var title = article.Title is { } t && TextReferee.Normalize(t) is { Length: > 0 } nt ? nt : null;
        if (r.Chance(ArticleDresser.UndressedShare))
        {
            return new DressedArticle(article, key, [.. paragraphs.Select(x => new ExpectedBlock(BlockKind.Paragraph, x))], [], title, Undressed: true);
        }
        var noise = new List<NoisePiece>();
        var lines = new List<string>();
        var expected = new List<ExpectedBlock>();
        void Put(NoisePiece piece)
        {
            noise.Add(piece);
            lines.AddRange(piece.Lines);
        }
        var headline = title is not null && r.Chance(0.2);
        if (headline)
        {
            Put(new NoisePiece(NoiseKind.Headline, [title!]));
        }
        foreach (var kind in Drawn(r, (NoiseKind.Byline, 0.3), (NoiseKind.Dateline, 0.2), (NoiseKind.Counter, 0.1), (NoiseKind.Share, 0.08), (NoiseKind.Caption, 0.1)))
        {
            Put(Piece(kind, r, title));
        }
        var glued = r.Chance(0.15) ? HoldoutHead.GluedDateline(r) : null;
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var line = r.Scuff(paragraphs[i], 0.1);
            if (i == 0 && glued is not null && paragraphs[0].Length >= 60)
            {
                noise.Add(glued);
                line = glued.Lines[0] + line;
            }
            lines.Add(line);
            expected.Add(new ExpectedBlock(BlockKind.Paragraph, paragraphs[i]));
            if (i == paragraphs.Count - 1)
            {
                break;
            }
            if (r.Chance(0.06) && paragraphs[i].Length >= 40)
            {
                Put(new NoisePiece(NoiseKind.Repeat, [r.Scuff(paragraphs[i], 0.1)]));
            }
            else if (i > 0 && r.Chance(0.05) && paragraphs[i - 1].Length >= 40)
            {
                Put(new NoisePiece(NoiseKind.Repeat, [r.Scuff(paragraphs[i - 1], 0.1)]));
            }
            if (r.Chance(0.15))
            {
                var (tweetLines, tweet) = HoldoutTweets.Make(r, pools);
                lines.AddRange(tweetLines);
                expected.Add(tweet);
            }
            if (r.Chance(0.06))
            {
                Put(HoldoutStory.Caption(r, pools, title));
            }
            if (r.Chance(0.06))
            {
                Put(HoldoutStory.ReadAlso(r, pools, block: r.Chance(0.35)));
            }
        }
        var bottom = Drawn(r, (NoiseKind.Credit, 0.35), (NoiseKind.Teaser, 0.45), (NoiseKind.Share, 0.35), (NoiseKind.Footer, 0.4),
            (NoiseKind.Counter, 0.3), (NoiseKind.MoreLink, 0.2), (NoiseKind.ReadAlso, 0.12), (NoiseKind.Caption, 0.05), (NoiseKind.Byline, 0.06));
        if (bottom.Contains(NoiseKind.Footer) && r.Chance(0.35))
        {
            bottom.Insert(bottom.IndexOf(NoiseKind.Footer) + (r.Chance(0.5) ? 1 : 0), NoiseKind.Teaser);
        }
        if (noise.Count == 0 && bottom.Count == 0 && expected.All(b => b.Kind == BlockKind.Paragraph))
        {
            bottom.Add(NoiseKind.Counter);
        }
        foreach (var kind in bottom)
        {
            Put(Piece(kind, r, title));
        }
        var passTitle = r.Chance(0.6);
        var raw = article with { Text = Write(r, lines), Title = passTitle ? article.Title : null };
        return new DressedArticle(raw, key, expected, noise, passTitle || headline ? title : null, Undressed: false);
    }

    private NoisePiece Piece(NoiseKind kind, DressingRandom r, string? title) => kind switch
    {
        NoiseKind.Byline => HoldoutHead.Byline(r),
        NoiseKind.Dateline => HoldoutHead.Dateline(r),
        NoiseKind.Counter => HoldoutChrome.Counters(r),
        NoiseKind.Share => HoldoutChrome.Share(r),
        NoiseKind.Caption => HoldoutStory.Caption(r, pools, title),
        NoiseKind.Credit => HoldoutStory.Credit(r),
        NoiseKind.Teaser => HoldoutStory.Teasers(r, pools, r.Between(2, 5)),
        NoiseKind.Footer => HoldoutChrome.Footer(r),
        NoiseKind.MoreLink => HoldoutChrome.MoreLink(r, pools),
        NoiseKind.ReadAlso => HoldoutStory.ReadAlso(r, pools, block: true),
        _ => throw new InvalidOperationException(kind.ToString()),
    };

    private static List<NoiseKind> Drawn(DressingRandom r, params (NoiseKind Kind, double P)[] odds) =>
        [.. odds.Where(o => r.Chance(o.P)).Select(o => o.Kind).OrderBy(_ => r.Next(1000))];

    // Line ends of one kind per article, blank lines, lines holding only a direction mark or
    // a no-break space, and sometimes a byte-order mark.
    private static string Write(DressingRandom r, List<string> lines)
    {
        var end = r.Pick("\r\n", "\n", "\n", "\r\n");
        var blank = r.Chance(0.5);
        var sb = new StringBuilder();
        if (r.Chance(0.2))
        {
            sb.Append('\uFEFF');
        }
        foreach (var line in lines)
        {
            sb.Append(r.Chance(0.08) ? "\u200F" : "").Append(line).Append(end);
            if (blank || r.Chance(0.1))
            {
                sb.Append(r.Pick("", "", "\u00A0", "\u200F", "\u200E ")).Append(end);
            }
        }
        return sb.ToString();
    }
}
