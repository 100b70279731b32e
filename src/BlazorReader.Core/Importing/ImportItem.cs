using BlazorReader.Core.Articles;
using BlazorReader.Core.Importing.Authored;

namespace BlazorReader.Core.Importing;

// One article read from a source, or the reason it could not be read. Origin names the file
// and the position inside it ("a.zip!2015-07-21.json#17") so an error can be found again.
public sealed record ImportItem(string Origin, RawArticle? Article, string? Error)
{
    // Set for a Markdown article: written by a person, so stored as it is, not cleaned.
    public AuthoredArticle? Authored { get; init; }

    public static ImportItem Ok(string origin, RawArticle article) => new(origin, article, null);

    public static ImportItem Failed(string origin, string error) => new(origin, null, error);
}
