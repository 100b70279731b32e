using System.Text;

namespace BlazorReader.Bench.Cleaning.Seventeenth;

// Writes the drafted page out as one scraped text, and the labels with it. Each page has one
// rhythm between its blocks (a blank line, none, several, or a line of spaces) as a site's
// template or a copy-paste gives it; some pages come with CRLF endings or a byte-order mark.
internal static class PageWriter
{
    public static DressedArticle Write(PageDraft page, string key, DressingRandom r)
    {
        var gap = r.Pick("\n\n", "\n\n", "\n", "\n", "\n\n\n", "\n \n", "\n\u00A0\n", "\n\t\n");
        var scuff = r.Pick(0.0, 0.2, 0.4);
        var sb = new StringBuilder();
        var body = new List<ExpectedBlock>();
        var noise = new List<NoisePiece>();

        void Emit(Segment s, string? before = null, string? after = null)
        {
            if (sb.Length > 0)
            {
                sb.Append(s.Tight ? "\n" : gap);
            }
            var lines = s.Untouched ? s.Lines : [.. s.Lines.Select(l => r.Scuff(l, scuff))];
            sb.Append(before).Append(string.Join("\n", lines)).Append(after);
            if (s.Block is not null)
            {
                body.Add(s.Block);
            }
            if (s.Piece is not null)
            {
                noise.Add(s.Piece);
            }
        }

        page.Head.ForEach(s => Emit(s));
        for (var k = 0; k < page.Slots.Count; k++)
        {
            page.Slots[k].ForEach(s => Emit(s));
            if (k == page.Paragraphs.Count)
            {
                break;
            }
            var first = k == 0 && page.Prefix is { } p ? p : default((string Text, NoisePiece Piece)?);
            var last = k == page.Paragraphs.Count - 1 && page.Suffix is { } q ? q : default((string Text, NoisePiece Piece)?);
            Emit(Segment.Story(page.Paragraphs[k]), first?.Text, last?.Text);
            if (first is not null)
            {
                noise.Add(first.Value.Piece);
            }
            if (last is not null)
            {
                noise.Add(last.Value.Piece);
            }
        }
        page.Tail.ForEach(s => Emit(s));

        var text = sb.ToString();
        text = r.Chance(0.12) ? text.Replace("\n", "\r\n", StringComparison.Ordinal) : text;
        text = r.Chance(0.08) ? "\uFEFF" + text : text;
        // A line of furniture that happens to be one of the story's lines (a title the story
        // opens with) is a repeat of it, whatever box it came in.
        var lines = body.Select(b => ArticleScore.Flat(b.Text)).ToHashSet(StringComparer.Ordinal);
        noise = [.. noise.Select(p => p.Kind != NoiseKind.Repeat && p.Lines.Any(l => lines.Contains(TextReferee.Normalize(l))) ? p with { Kind = NoiseKind.Repeat } : p)];
        var raw = page.Article with { Text = text, Title = page.TitleKept ? page.Article.Title : null };
        return new DressedArticle(raw, key, body, noise, page.Article.Title, false);
    }
}
