namespace BlazorReader.Bench.Cleaning.ThirtySecond;

// A static-site generator's Markdown source: YAML front matter between «---» lines (title,
// date, tags, slug, draft), shortcodes and includes between paragraphs, Markdown headings and
// emphasis round the story's own lines.
internal sealed class MarkdownSourceFrame : Frame
{
    private static readonly string[] TagWords = ["محليات", "السعودية", "اقتصاد", "news"];

    public override void Head(Page p)
    {
        var r = p.R;
        p.Chrome(NoiseKind.Footer, "---");
        var fields = new List<(NoiseKind Kind, string Line)>
        {
            (NoiseKind.Dateline, $"date: {Dates.Iso(r, p.Day)}"),
            (NoiseKind.Tags, $"tags: [{string.Join(", ", TagWords.OrderBy(_ => r.Next(9)).Take(r.Between(1, 3)))}]"),
            (NoiseKind.Footer, $"slug: {Slug(r)}"),
            (NoiseKind.Footer, $"draft: {r.Pick("false", "true")}"),
        };
        if (p.Title is not null)
        {
            fields.Insert(0, (NoiseKind.Headline, $"title: {r.Pick("\"", "'", "")}{p.Title.Replace("\"", "'", StringComparison.Ordinal)}{r.Pick("\"", "'", "")}"));
        }
        if (r.Chance(0.4))
        {
            fields.Add((NoiseKind.Byline, $"author: {StoryHeadChrome.Name(r)}"));
        }
        foreach (var (kind, line) in r.Chance(0.5) ? fields : [.. fields.OrderBy(_ => r.Next(9))])
        {
            p.Chrome(kind, line);
        }
        p.Chrome(NoiseKind.Footer, "---");
        if (p.Title is not null && r.Chance(0.4))
        {
            p.Chrome(NoiseKind.Headline, "# " + p.Title);
        }
    }

    public override string Wrap(Page p, StoryLine line, int index) => line.Role switch
    {
        LineRole.Heading => p.R.Pick("## ", "### ") + line.Text,
        _ when index == 0 && p.R.Chance(0.3) => $"**{line.Text}**",
        _ when p.R.Chance(0.05) => $"_{line.Text}_",
        _ => line.Text,
    };

    public override void Between(Page p, int index)
    {
        var r = p.R;
        switch (r.Next(4))
        {
            case 0:
                p.Chrome(NoiseKind.Caption, $"{{{{< figure src=\"/img/{Dates.N(p.Day.Year)}/{r.Letters(8)}.jpg\" caption=\"{StoryTailChrome.CaptionText(r).Replace("\"", "'", StringComparison.Ordinal)}\" >}}}}");
                break;
            case 1:
                p.Chrome(NoiseKind.Footer, r.Pick("{% include related.html %}", "{% include ad-inline.html %}", "{{< newsletter >}}", "<!--more-->"));
                break;
            case 2:
                p.Chrome(NoiseKind.Share, $"{{{{< tweet {r.Pick("", "user=\"" + r.Letters(6, "abcdefghijklmnopqrstuvwxyz") + "\" id=\"")}6{r.Letters(17, "0123456789")}{r.Pick("", "\"")} >}}}}");
                break;
            default:
                p.Chrome(NoiseKind.Caption, $"![{StoryTailChrome.CaptionText(r)}](/uploads/{r.Letters(10)}.jpg)");
                break;
        }
    }

    public override void Tail(Page p, IReadOnlyList<StoryLine> story)
    {
        var r = p.R;
        if (r.Chance(0.5))
        {
            p.Chrome(NoiseKind.Footer, r.Pick("{% include share-buttons.html %}", "{{< comments >}}", "{% include footer.html %}"));
        }
        if (p.OtherStory() is { } other)
        {
            p.Piece(new NoisePiece(NoiseKind.ReadAlso, [$"{r.Pick("اقرأ أيضاً", "للمزيد")}: [{other}]({{{{< ref \"{Slug(r)}.md\" >}}}})"]) { Teasers = [other] });
        }
    }
}
