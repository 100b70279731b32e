namespace BlazorReader.Core.Articles;

public enum BlockKind
{
    Paragraph = 0,
    Tweet = 1,
    // An editor's construct (heading, list, quote, table, a paragraph with inline markup):
    // its Text is the block's Markdown source, read by Core/Markdown's pipeline.
    Markdown = 2,
}

// A unit of the body. Tweets keep their parts so pages can render a card from stored data
// without any third-party script. Paragraph and Tweet text is literal; Markdown text is source.
public sealed record ContentBlock(
    BlockKind Kind,
    string Text,
    TextDirection Dir,
    string? Url = null,
    string? AuthorName = null,
    string? Handle = null,
    DateOnly? Date = null);
