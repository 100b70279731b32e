namespace BlazorReader.Core.Articles;

public enum BlockKind
{
    Paragraph = 0,
    Tweet = 1,
}

// A unit of the cleaned body. Tweets keep their parts so pages can render a card
// from stored data without any third-party script.
public sealed record ContentBlock(
    BlockKind Kind,
    string Text,
    TextDirection Dir,
    string? Url = null,
    string? AuthorName = null,
    string? Handle = null,
    DateOnly? Date = null);
