using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning;

// What a reader would see wrong in one cleaned article, against the article as it was:
// paragraphs lost or cut, noise left in the body, tweets not rebuilt right, removals that
// were body text, blocks out of order.
public sealed class ArticleScore
{
    public ArticleScore(DressedArticle dressed, CleanedArticle cleaned)
    {
        Dressed = dressed;
        Cleaned = cleaned;
        var output = cleaned.Blocks.Select(b => (Block: b, Text: Flat(b.Text))).ToList();
        var matched = new bool[output.Count];
        var order = new List<int>();
        int Find(Func<(ContentBlock Block, string Text), bool> test) =>
            Enumerable.Range(0, output.Count).FirstOrDefault(i => !matched[i] && test(output[i]), -1);
        foreach (var e in dressed.Body)
        {
            var text = Flat(e.Text);
            var at = Find(o => o.Block.Kind == e.Kind && o.Text == text);
            if (at < 0 && e.Kind == BlockKind.Paragraph && StopRunsIntoDots(text)
                && Find(o => o.Block.Kind == BlockKind.Paragraph && o.Text.Length == text.Length - 1 && text.StartsWith(o.Text, StringComparison.Ordinal)) is var cut and >= 0)
            {
                at = cut;
                LastStopUnwritten++;
            }
            if (e.Kind == BlockKind.Tweet)
            {
                at = at >= 0 ? at : Find(o => o.Block.Kind == BlockKind.Tweet && Overlaps(o.Text, text));
                Tweets.Add(new TweetScore(e, at >= 0 ? output[at].Block : null));
            }
            else if (at < 0 && Find(o => o.Block.Kind == BlockKind.Paragraph && o.Text.Contains(text, StringComparison.Ordinal)) is var holder and >= 0)
            {
                at = holder;
                Left.Add((GluedKind(output[holder].Text, text), output[holder].Text.Replace(text, "…", StringComparison.Ordinal)));
            }
            if (at >= 0)
            {
                matched[at] = true;
                order.Add(at);
            }
            else if (e.Kind == BlockKind.Paragraph)
            {
                Lost.Add(e.Text);
            }
        }
        var (first, last) = order.Count == 0 ? (int.MaxValue, -1) : (order.Min(), order.Max());
        for (var i = 0; i < output.Count; i++)
        {
            if (!matched[i])
            {
                Left.Add((KindOf(output[i].Text), output[i].Text));
                LeftPlaces.Add(i < first ? "above the body" : i > last ? "below the body" : "inside the body");
            }
        }
        OutOfOrder = order.Zip(order.Skip(1)).Any(p => p.First > p.Second);
        // A removal took body text when what it removed is a paragraph that did not come back
        // (a repeated paragraph removed once is right), or a long piece of one.
        var lostTexts = Lost.Select(Flat).Concat(Tweets.Where(t => !t.Rebuilt).Select(t => Flat(t.Expected.Text))).ToList();
        foreach (var removed in cleaned.Removed)
        {
            var text = Flat(removed.Text);
            var isBody = text.Length > 0 && lostTexts.Any(b => b == text || text.Length >= 25 && b.Contains(text, StringComparison.Ordinal));
            Removals.Add((removed.Reason, isBody, removed.Text));
        }
        var leftTexts = Left.Select(l => l.Text).Concat(Tweets.Where(t => t.Found is not null && !t.TextRight).Select(t => Flat(t.Found!.Text))).ToList();
        foreach (var piece in dressed.Noise)
        {
            var lines = piece.Lines.Select(Flat).Where(l => l.Length > 0).ToList();
            var stayed = lines.Any(l => leftTexts.Any(t => t.Contains(l, StringComparison.Ordinal) || l.Length > 25 && l.Contains(t, StringComparison.Ordinal)));
            Pieces.Add((piece, !stayed));
        }
    }

    public DressedArticle Dressed { get; }

    public CleanedArticle Cleaned { get; }

    public List<string> Lost { get; } = [];

    // Paragraphs back whole but for a last full stop the page ran its own dots into
    // («…المنطقة...التفاصيل»): where the sentence ended is not written, either reading is right.
    public int LastStopUnwritten { get; private set; }

    public List<(string Kind, string Text)> Left { get; } = [];

    // Where each block left in stood (the glued ones are not counted): the head and the tail
    // are where a page's chrome sits, inside is where captions, tweets and links sit.
    public List<string> LeftPlaces { get; } = [];

    public List<TweetScore> Tweets { get; } = [];

    public List<(string Reason, bool IsBody, string Text)> Removals { get; } = [];

    public List<(NoisePiece Piece, bool Removed)> Pieces { get; } = [];

    public bool OutOfOrder { get; }

    public bool FullyRight => Lost.Count == 0 && Left.Count == 0 && !OutOfOrder && Tweets.All(t => t.AllRight);

    // How bad it looks to a reader: lost text first, then noise left, then tweets.
    public int Severity => Lost.Count * 100 + Removals.Count(r => r.IsBody) * 50 + Left.Count * 10 + Tweets.Count(t => !t.AllRight) * 5 + (OutOfOrder ? 3 : 0);

    private string KindOf(string text)
    {
        foreach (var piece in Dressed.Noise)
        {
            if (piece.Lines.Select(Flat).Any(l => l.Length > 0 && (text.Contains(l, StringComparison.Ordinal) || l.Contains(text, StringComparison.Ordinal))))
            {
                return piece.Kind.ToString();
            }
        }
        return Dressed.Body.Any(b => b.Kind == BlockKind.Tweet && Overlaps(Flat(b.Text), text)) ? "tweet-part" : "unknown";
    }

    private string GluedKind(string block, string paragraph)
    {
        var glued = block.Replace(paragraph, "", StringComparison.Ordinal).Trim();
        return Dressed.Noise.FirstOrDefault(p => p.Glued && Flat(p.Lines[0]).Contains(glued, StringComparison.Ordinal))?.Kind.ToString() ?? "glued";
    }

    private string? rawFlat;

    private bool StopRunsIntoDots(string paragraph)
    {
        rawFlat ??= Flat(Dressed.Raw.Text);
        return paragraph.EndsWith('.') && (rawFlat.Contains(paragraph + ".", StringComparison.Ordinal) || rawFlat.Contains(paragraph + "…", StringComparison.Ordinal));
    }

    private static bool Overlaps(string a, string b) => a.Length > 0 && b.Length > 0 && (a.Contains(b, StringComparison.Ordinal) || b.Contains(a, StringComparison.Ordinal)
        || a.Split(' ').Intersect(b.Split(' ')).Count() * 2 >= Math.Min(a.Split(' ').Length, b.Split(' ').Length));

    // Line breaks inside a block (a tweet over several lines) count as spaces.
    public static string Flat(string text) => TextReferee.Normalize(text.Replace('\n', ' '));
}
