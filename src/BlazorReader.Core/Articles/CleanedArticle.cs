using BlazorReader.Core.Cleaning;

namespace BlazorReader.Core.Articles;

public sealed record CleanedArticle(
    string Title,
    bool TitleDerived,
    string? Byline,
    string? Dateline,
    string? Attribution,
    DateOnly? PublishedAt,
    bool PublishedAtInferred,
    IReadOnlyList<ContentBlock> Blocks,
    IReadOnlyList<Teaser> Teasers,
    IReadOnlyList<RemovedFragment> Removed)
{
    // What the cleaner could not decide (a line that may be a teaser, kept in the body), for
    // an editor to look at.
    public IReadOnlyList<string> Doubts { get; init; } = [];

    // Written from the blocks when asked: an import stores the blocks, not the Markdown, and
    // writing it for every article was a tenth of the cleaning time.
    public string Markdown => MarkdownWriter.Write(Blocks);
}
