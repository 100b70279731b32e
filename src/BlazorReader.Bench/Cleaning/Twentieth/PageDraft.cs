using System.Text;
using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.Twentieth;

// The page as it is being dressed: the story's lines in order, with entries placed above,
// between or below them, or glued onto one. Positions count the article's own paragraphs
// only, so that a shape can say "after the second paragraph" whatever was added before it.
internal sealed class PageDraft
{
    private readonly List<Entry> entries = [];
    private readonly List<NoisePiece> glued = [];

    public PageDraft(RawArticle article, DressingPools pools)
    {
        Article = article;
        Pools = pools;
        foreach (var line in article.Text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n'))
        {
            var text = TextReferee.Normalize(line);
            if (text.Length > 0)
            {
                entries.Add(new Entry([line.Trim()], new ExpectedBlock(BlockKind.Paragraph, text)) { Own = true });
            }
        }
        OwnText = TextReferee.Normalize(article.Text);
    }

    public RawArticle Article { get; }

    public DressingPools Pools { get; }

    public string OwnText { get; }

    public int Paragraphs => entries.Count(e => e.Own);

    public bool HasNoise => glued.Count > 0 || entries.Any(e => e.Piece is not null);

    public IEnumerable<string> OwnLines => entries.Where(e => e.Own).Select(e => e.Block!.Text);

    public void Top(params Entry[] added) => entries.InsertRange(0, added);

    // Just above the story, under whatever head chrome is already there.
    public void Head(params Entry[] added) => entries.InsertRange(OwnAt(0), added);

    // Just below the story's last line, above whatever tail chrome is already there.
    public void AfterBody(params Entry[] added) => entries.InsertRange(OwnAt(Paragraphs - 1) + 1, added);

    public void Tail(params Entry[] added) => entries.AddRange(added);

    // After the k-th paragraph of the story (0-based); the entries keep their order.
    public void After(int k, params Entry[] added) => entries.InsertRange(OwnAt(Math.Clamp(k, 0, Paragraphs - 1)) + 1, added);

    // A place between two of the story's paragraphs, or after the only one.
    public int Gap(DressingRandom r) => Paragraphs < 2 ? 0 : r.Next(Paragraphs - 1);

    // Noise written onto a paragraph's line: before its first word or after its last.
    public void GlueBefore(int k, NoisePiece piece, string joint) => Glue(k, piece, line => piece.Lines[0] + joint + line);

    public void GlueAfter(int k, NoisePiece piece, string joint) => Glue(k, piece, line => line + joint + piece.Lines[0]);

    // Another story's title for a teaser: from the pools, never this story's own words.
    public string? OtherTitle(DressingRandom r)
    {
        for (var tries = 0; tries < 6 && Pools.Titles.Count > 0; tries++)
        {
            var title = tries == 0 ? Pools.RelatedTitle(r, Article.Title) ?? r.Pick(Pools.Titles) : r.Pick(Pools.Titles);
            if (title != TextReferee.Normalize(Article.Title ?? "") && !OwnText.Contains(title, StringComparison.Ordinal))
            {
                return title;
            }
        }
        return null;
    }

    public List<string> OtherTitles(DressingRandom r, int count) =>
        [.. Enumerable.Range(0, count).Select(_ => OtherTitle(r)).OfType<string>().Distinct()];

    public DressedArticle Finish(string key, string? expectedTitle, string? metadataTitle, DressingRandom r)
    {
        // Noise lines pick up the spacing and marks of the page they were copied from; the
        // label is rewritten with them, so that it stays what was written.
        for (var i = 0; i < entries.Count; i++)
        {
            if (entries[i].Piece is { } piece)
            {
                IReadOnlyList<string> lines = [.. entries[i].Lines.Select(l => l.Contains('\n', StringComparison.Ordinal) ? l : r.Scuff(l, 0.25))];
                entries[i] = entries[i] with { Lines = lines, Piece = piece with { Lines = lines } };
            }
        }
        var newline = r.Chance(0.25) ? "\r\n" : "\n";
        var blanks = r.Pick(0, 1, 1, 2); // none, between every entry, or here and there
        var sb = new StringBuilder();
        if (r.Chance(0.1))
        {
            sb.Append('\uFEFF');
        }
        for (var i = 0; i < entries.Count; i++)
        {
            var e = entries[i];
            if (i > 0)
            {
                sb.Append(newline);
                if (!e.Tight && (blanks == 1 || blanks == 2 && r.Chance(0.5)))
                {
                    sb.Append(newline);
                }
            }
            if (e.Own && r.Chance(0.04))
            {
                sb.Append(r.Pick("    ", "\u00A0\u00A0", "\t"));
            }
            sb.Append(string.Join(newline, e.Lines));
        }
        var body = entries.Where(e => e.Block is not null).Select(e => e.Block!).ToList();
        var noise = entries.Where(e => e.Piece is not null).Select(e => e.Piece!).Concat(glued).ToList();
        return new DressedArticle(Article with { Text = sb.ToString(), Title = metadataTitle }, key, body, noise, expectedTitle, false);
    }

    private void Glue(int k, NoisePiece piece, Func<string, string> write)
    {
        var at = OwnAt(Math.Clamp(k, 0, Paragraphs - 1));
        entries[at] = entries[at] with { Lines = [write(entries[at].Lines[0])] };
        glued.Add(piece with { Glued = true });
    }

    private int OwnAt(int k)
    {
        var seen = -1;
        for (var i = 0; i < entries.Count; i++)
        {
            if (entries[i].Own && ++seen == k)
            {
                return i;
            }
        }
        throw new InvalidOperationException($"no paragraph {k}");
    }
}
