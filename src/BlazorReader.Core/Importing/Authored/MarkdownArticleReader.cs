using BlazorReader.Core.Articles;
using BlazorReader.Core.Markdown;
using Markdig.Syntax;

namespace BlazorReader.Core.Importing.Authored;

// A .md file: front matter, then the body. Everything that can be wrong with the file is found
// here, before anything is stored: a bad key, no title, a picture that is missing, has no alt
// text or lies outside the file's folder. All of a file's problems are said at once.
public static class MarkdownArticleReader
{
    public static ImportItem Read(string text, string origin, Func<string, PictureFile> pictures)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(pictures);
        var front = FrontMatterReader.Read(text);
        if (front.Errors.Count > 0)
        {
            return ImportItem.Failed(origin, string.Join("; ", front.Errors));
        }
        var fields = front.Fields;
        var (title, body) = fields.Title is { } given ? (given, front.Body) : TitleFromHeading(front.Body);
        var errors = new List<string>();
        if (title is null)
        {
            errors.Add("no title: give 'title' in the front matter or start the body with a '# heading'");
        }
        if (string.IsNullOrWhiteSpace(body))
        {
            errors.Add("the article has no body after its front matter");
        }
        var files = new Dictionary<string, AuthoredPicture>(StringComparer.Ordinal);
        var lead = fields.Image is { } image ? Picture(image, fields.ImageAlt, fields.ImageCaption, "'imageAlt' is required with 'image'", files, pictures, errors) : null;
        foreach (var use in PictureReferences.In(body).Where(u => !PicturePath.IsKept(u.Url)))
        {
            Picture(use.Url, use.Alt, use.Caption, $"picture '{use.Url}' has no alt text: write ![what it shows]({use.Url})", files, pictures, errors);
        }
        if (errors.Count > 0)
        {
            return ImportItem.Failed(origin, string.Join("; ", errors));
        }
        var warnings = fields.ImageAlt is not null && fields.Image is null ? [.. front.Warnings, "'imageAlt' is given without 'image' and was ignored"] : front.Warnings;
        var raw = new RawArticle(text, title, fields.Source, fields.SourceUrl, PublishedAt: fields.PublishedAt, Origin: origin);
        return ImportItem.Ok(origin, raw) with
        {
            Authored = new AuthoredArticle(body, fields.Slug, fields.Tags ?? [], fields.Status, lead, [.. files.Values], warnings),
        };
    }

    // Without a title in the front matter, a first '# heading' is the title, and leaves the body
    // (the page prints the title above it).
    private static (string? Title, string Body) TitleFromHeading(string body)
    {
        if (BodyMarkdown.Parse(body).FirstOrDefault() is HeadingBlock { Level: 1 } heading && MarkdownPlainText.Of(heading) is { Length: > 0 } title)
        {
            return (title, body[(heading.Span.End + 1)..].TrimStart('\n'));
        }
        return (null, body);
    }

    // A picture once per file however often it is named; its first words stand.
    private static AuthoredPicture? Picture(string reference, string? alt, string? caption, string noAlt,
        Dictionary<string, AuthoredPicture> files, Func<string, PictureFile> pictures, List<string> errors)
    {
        var (path, refused) = PicturePath.Normalize(reference);
        if (path is null)
        {
            errors.Add(refused!);
            return null;
        }
        if (string.IsNullOrWhiteSpace(alt))
        {
            errors.Add(noAlt);
            return null;
        }
        if (files.TryGetValue(path, out var known))
        {
            return known;
        }
        var file = pictures(path);
        if (file.Bytes is null)
        {
            errors.Add($"picture '{reference}': {file.Error}");
            return null;
        }
        return files[path] = new AuthoredPicture(path, file.Bytes, alt.Trim(), caption);
    }
}
