using BlazorReader.Core.Articles;
using BlazorReader.Core.Importing.Authored;
using BlazorReader.Data.Articles;

namespace BlazorReader.Data.Importing;

// One article ready to store: Article is already assembled as a new row (cleaned fields,
// slug, lead, hash) and Row holds its column values as stored (RowColumns.RowOf), so the
// write step only decides whether it is new, changed or known. Authored is set for a Markdown
// article: the fields its front matter set that a cleaned import has not (tags, lead picture).
internal sealed record PreparedArticle(RawArticle Raw, CleanedArticle Cleaned, Article Article, object?[] Row, AuthoredArticle? Authored = null)
{
    public string Hash => Article.ContentHash;

    // Identity of an import: its source URL, or its content when it has none.
    public string Key => Article.SourceUrl is { } url ? "url:" + url : "hash:" + Hash;
}

// A batch after the pure, parallel part of the import: what to write, what to report.
internal sealed record PreparedBatch(List<PreparedArticle> Articles, List<ImportError> Errors, int NoBody, DateTime Now)
{
    public List<ImportError> Warnings { get; init; } = [];
}
