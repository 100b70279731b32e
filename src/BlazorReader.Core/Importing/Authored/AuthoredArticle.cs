using BlazorReader.Core.Articles;

namespace BlazorReader.Core.Importing.Authored;

// A picture file an article names, read, with the words given where it is named (imageAlt and
// imageCaption for the lead; the alt text and title of its first use in the body).
public sealed record AuthoredPicture(string Path, byte[] Bytes, string Alt, string? Caption);

// A Markdown article as written by a person: its body is already clean, so it is stored as an
// editor's body (not given to the cleaner), with the fields its front matter set. Pictures are
// named by relative path until they are in the media library (WithMedia).
public sealed record AuthoredArticle(string Body, string? Slug, IReadOnlyList<string> Tags, ArticleStatus? Status,
    AuthoredPicture? Lead, IReadOnlyList<AuthoredPicture> Pictures, IReadOnlyList<string> Warnings)
{
    public int? LeadMediaId { get; init; }

    // Every picture's library id by its path: the body then names media:ID, and the bytes go.
    public AuthoredArticle WithMedia(IReadOnlyDictionary<string, int> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        return this with
        {
            Body = PictureReferences.Rewrite(Body, ids),
            LeadMediaId = Lead is null ? null : ids[Lead.Path],
            Lead = null,
            Pictures = [],
        };
    }
}
