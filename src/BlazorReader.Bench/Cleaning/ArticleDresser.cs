using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning;

// Dresses a clean article as a scraped page would: a plan of noise kinds drawn at random,
// each placed where pages put it (above the story, between paragraphs, glued to the lead or
// the last sentence, below the story in any order), then the text written with the line
// ends, blank lines and byte-order mark of one of the ways scrapers save text.
public sealed class ArticleDresser(DressingPools pools) : IArticleDresser
{
    public const double UndressedShare = 0.2;

    public DressedArticle Dress(RawArticle article, string key, DressingRandom r)
    {
        var paragraphs = TextReferee.Lines(article.Text);
        var title = article.Title is { } t && TextReferee.Normalize(t) is { Length: > 0 } nt ? nt : null;
        if (r.Chance(UndressedShare))
        {
            var body = paragraphs.Select(x => new ExpectedBlock(BlockKind.Paragraph, x)).ToList();
            return new DressedArticle(article with { Text = article.Text }, key, body, [], title, Undressed: true);
        }
        var plan = new DressingPlan(r, paragraphs.Count);
        var noise = new List<NoisePiece>();
        var lines = new List<string>();
        var expected = new List<ExpectedBlock>();

        void Put(NoisePiece piece)
        {
            noise.Add(piece);
            lines.AddRange(piece.Lines);
        }

        var passTitle = r.Chance(0.5);
        if (plan.Has(NoiseKind.Headline) && title is not null)
        {
            Put(HeadShapes.Headline(r.Scuff(title, 0.2)));
        }
        foreach (var kind in plan.Top)
        {
            Put(kind switch
            {
                NoiseKind.Byline => HeadShapes.Byline(r, pools),
                NoiseKind.Dateline => HeadShapes.DatelineLine(r),
                NoiseKind.Caption => StoryShapes.Caption(r, pools, title),
                NoiseKind.Share => ChromeShapes.Share(r),
                _ => throw new InvalidOperationException(kind.ToString()),
            });
        }
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var text = paragraphs[i];
            var line = r.Scuff(text, 0.1);
            if (i == 0 && plan.GluedDateline && text.Length >= 60)
            {
                var prefix = HeadShapes.DatelinePrefix(r, pools);
                noise.Add(prefix);
                line = prefix.Lines[0] + line;
            }
            if (i == paragraphs.Count - 1 && plan.GluedMoreLink)
            {
                var more = r.Chance(0.7) ? ChromeShapes.MoreLink(r, pools, glued: true) : ChromeShapes.Tags(r, TitleWords(title)) with { Glued = true };
                more = more with { Lines = [more.Lines[0].StartsWith(' ') ? more.Lines[0] : " " + more.Lines[0]] };
                noise.Add(more);
                line += more.Lines[0];
            }
            lines.Add(line);
            expected.Add(new ExpectedBlock(BlockKind.Paragraph, text));
            if (i == paragraphs.Count - 1)
            {
                break;
            }
            foreach (var kind in plan.After(i))
            {
                switch (kind)
                {
                    case Insert.Caption:
                        Put(StoryShapes.Caption(r, pools, title));
                        break;
                    case Insert.ReadAlso:
                        Put(StoryShapes.ReadAlso(r, pools, title, block: r.Chance(0.4)));
                        break;
                    case Insert.Repeat when text.Length >= 40:
                        Put(new NoisePiece(NoiseKind.Repeat, [r.Scuff(text, 0.1)]));
                        break;
                    case Insert.Tweet:
                        var (tweetLines, tweet) = TweetShapes.Make(r, pools);
                        lines.AddRange(tweetLines);
                        expected.Add(tweet);
                        break;
                }
            }
        }
        foreach (var kind in plan.Bottom)
        {
            Put(kind switch
            {
                NoiseKind.Credit => StoryShapes.Credit(r, pools),
                NoiseKind.Teaser => StoryShapes.TeaserBlock(r, pools, title, r.Pick(1, 2, 2, 3, 3, 4, 5, 6)),
                NoiseKind.ReadAlso => StoryShapes.ReadAlso(r, pools, title, block: true),
                NoiseKind.Share => ChromeShapes.Share(r),
                NoiseKind.MoreLink => ChromeShapes.MoreLink(r, pools, glued: false),
                NoiseKind.Footer => ChromeShapes.Footer(r),
                NoiseKind.Counter => ChromeShapes.Counters(r),
                NoiseKind.Signature => ChromeShapes.Signature(r),
                NoiseKind.Tags => ChromeShapes.Tags(r, TitleWords(title)),
                NoiseKind.Byline => HeadShapes.Byline(r, pools),
                NoiseKind.Caption => StoryShapes.Caption(r, pools, title),
                _ => throw new InvalidOperationException(kind.ToString()),
            });
        }
        var raw = article with
        {
            Text = Write(r, lines),
            Title = passTitle ? article.Title : null,
        };
        var expectedTitle = passTitle ? title : plan.Has(NoiseKind.Headline) ? title : null;
        return new DressedArticle(raw, key, expected, noise, expectedTitle, Undressed: false);
    }

    private static IReadOnlyList<string> TitleWords(string? title) =>
        title is null ? [] : [.. title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length >= 4).Distinct()];

    // How scrapers save lines: LF or CRLF, single or blank-line separated, sometimes mixed,
    // sometimes after a byte-order mark.
    private static string Write(DressingRandom r, List<string> lines)
    {
        var style = r.Next(6);
        var sb = new System.Text.StringBuilder();
        if (r.Chance(0.15))
        {
            sb.Append('\uFEFF');
        }
        for (var i = 0; i < lines.Count; i++)
        {
            if (i > 0)
            {
                sb.Append(style switch
                {
                    0 or 1 => "\n",
                    2 => "\n\n",
                    3 => "\r\n",
                    4 => "\r\n\r\n",
                    _ => r.Pick("\n", "\n\n", "\r\n", "\n \n", "\n\u00A0\n"),
                });
            }
            sb.Append(lines[i]);
        }
        return sb.Append(r.Pick("", "\n", "\r\n", " ")).ToString();
    }
}
