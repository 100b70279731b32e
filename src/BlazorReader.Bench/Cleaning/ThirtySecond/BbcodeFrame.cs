namespace BlazorReader.Bench.Cleaning.ThirtySecond;

// A forum post's BBCode source: [size]/[b] title, [quote=source] round the pasted story, tags
// round whole lines ([b], [size=4], [right]) whose text a reader reads plain, [img] and
// [url=…] lines between, the member's signature below.
internal sealed class BbcodeFrame : Frame
{
    private bool quoted;

    public override void Head(Page p)
    {
        var r = p.R;
        if (p.Title is not null)
        {
            p.Chrome(NoiseKind.Headline, r.Pick($"[size=5][b]{p.Title}[/b][/size]", $"[center][b]{p.Title}[/b][/center]", $"[color=darkred][size=4]{p.Title}[/size][/color]"));
        }
        if (r.Chance(0.5))
        {
            p.Chrome(NoiseKind.Caption, $"[img]https://{r.Pick("i.imgur.com", "up.forum-sa.net", "img.alriyadh.com")}/{r.Letters(9)}.jpg[/img]");
        }
        quoted = r.Chance(0.5);
        if (quoted)
        {
            p.Piece(new NoisePiece(NoiseKind.Credit, [$"[quote={p.PaperName}]"]) { Credit = p.PaperName });
        }
    }

    public override string Wrap(Page p, StoryLine line, int index) => line.Role switch
    {
        LineRole.Heading => $"[u][b]{line.Text}[/b][/u]",
        _ when index == 0 && p.R.Chance(0.4) => $"[b]{line.Text}[/b]",
        _ when p.R.Chance(0.15) => p.R.Pick($"[size=4]{line.Text}[/size]", $"[right]{line.Text}[/right]", $"[font=Tahoma]{line.Text}[/font]"),
        _ => line.Text,
    };

    public override void Between(Page p, int index)
    {
        var r = p.R;
        if (r.Chance(0.5) && p.OtherStory() is { } other)
        {
            p.Piece(new NoisePiece(NoiseKind.ReadAlso, [$"[url=https://forum-sa.net/t{r.Letters(6, "0123456789")}]{r.Pick("اقرأ أيضاً: ", "")}{other}[/url]"]) { Teasers = [other] });
            return;
        }
        p.Chrome(NoiseKind.Caption, $"[img]https://i.imgur.com/{r.Letters(7)}.{r.Pick("jpg", "png")}[/img]");
    }

    public override void Tail(Page p, IReadOnlyList<StoryLine> story)
    {
        var r = p.R;
        if (quoted)
        {
            p.Chrome(NoiseKind.Footer, "[/quote]");
        }
        if (r.Chance(0.5))
        {
            var source = r.Pick(DressingPools.Papers);
            p.Piece(new NoisePiece(NoiseKind.Credit, [$"[url=https://www.{r.Pick("alriyadh.com", "okaz.com.sa", "sabq.org")}/{r.Letters(6, "0123456789")}]{r.Pick("المصدر", "رابط الخبر")}: {source}[/url]"]) { Credit = source });
        }
        p.Chrome(NoiseKind.Footer, "[hr]");
        p.Chrome(NoiseKind.Signature, $"[center][i]{StoryHeadChrome.Name(r)}[/i]{r.Pick("", " — " + r.Pick("سبحان الله وبحمده", "منتدى أبناء " + r.Pick(DressingPools.Cities)))}[/center]");
    }
}
