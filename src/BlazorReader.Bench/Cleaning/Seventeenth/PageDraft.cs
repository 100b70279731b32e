using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.Seventeenth;

// The page as it is being dressed: furniture above and below the story, what stands between
// its paragraphs, and text glued onto its first or last line. Slot k is just above paragraph
// k; the last slot is just under the story, above the page's tail.
internal sealed class PageDraft
{
    public PageDraft(RawArticle article, DressingPools pools)
    {
        Article = article;
        Pools = pools;
        Paragraphs = TextReferee.Lines(article.Text);
        Title = article.Title is null ? null : TextReferee.Normalize(article.Title);
        Others = new OtherStories(pools, Title, TextReferee.Normalize(article.Text));
        Slots = [.. Enumerable.Range(0, Paragraphs.Count + 1).Select(_ => new List<Segment>())];
    }

    public RawArticle Article { get; }

    public DressingPools Pools { get; }

    public IReadOnlyList<string> Paragraphs { get; }

    public string? Title { get; }

    public OtherStories Others { get; }

    public List<Segment> Head { get; } = [];

    public List<Segment> Tail { get; } = [];

    public IReadOnlyList<List<Segment>> Slots { get; }

    public (string Text, NoisePiece Piece)? Prefix { get; set; }

    public (string Text, NoisePiece Piece)? Suffix { get; set; }

    // Some copy paths lose the page's metadata: the title is then only in the text.
    public bool TitleKept { get; set; } = true;

    // A place inside the story (between two paragraphs), or under it when it has one paragraph.
    public List<Segment> Inside(DressingRandom r) => Slots[Paragraphs.Count < 2 ? Paragraphs.Count : r.Between(1, Paragraphs.Count - 1)];

    public List<Segment> Under => Slots[^1];

    public DateTime When => Article.PublishedAt ?? new DateTime(2015, 7, 21, 9, 0, 0, DateTimeKind.Unspecified);

    // A few words of the story's own title, for keywords, file names and citations.
    public IReadOnlyList<string> TitleWords => (Title ?? (Paragraphs.Count > 0 ? Paragraphs[0] : "خبر")).Split(' ', StringSplitOptions.RemoveEmptyEntries)
        .Where(w => w.Length >= 4).Take(6).ToList() is { Count: > 0 } words ? words : ["أخبار"];
}
