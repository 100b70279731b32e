using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning;

// A block a reader expects in the cleaned body: a paragraph, or a tweet with its parts.
public sealed record ExpectedBlock(BlockKind Kind, string Text, string? Url = null, string? Handle = null,
    string? AuthorName = null, DateOnly? Date = null, TextDirection Dir = TextDirection.Rtl)
{
    public IReadOnlyList<string> Links { get; init; } = [];
}

// A corpus article with noise written around and into it, and what should come back.
public sealed record DressedArticle(
    RawArticle Raw,
    string Key,
    IReadOnlyList<ExpectedBlock> Body,
    IReadOnlyList<NoisePiece> Noise,
    string? ExpectedTitle,
    bool Undressed);
