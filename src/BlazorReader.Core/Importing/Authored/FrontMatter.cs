using BlazorReader.Core.Articles;

namespace BlazorReader.Core.Importing.Authored;

// The keys a Markdown article's front matter may give, read and type-checked (FrontMatterReader).
// Tags are as written; Status is null when the import's default applies.
public sealed record FrontMatter(string? Title = null, string? Slug = null, string? Source = null, string? SourceUrl = null,
    DateTime? PublishedAt = null, IReadOnlyList<string>? Tags = null, ArticleStatus? Status = null,
    string? Image = null, string? ImageAlt = null, string? ImageCaption = null)
{
    public static FrontMatter None { get; } = new();
}

// The front matter read off a file: its fields, the Markdown after it, and what was wrong (a
// per-file error) or only odd (a warning: an unknown key is ignored, the article still imported).
public sealed record FrontMatterRead(FrontMatter Fields, string Body, IReadOnlyList<string> Errors, IReadOnlyList<string> Warnings);
