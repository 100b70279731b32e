using System.Globalization;
using System.Text.Json.Serialization;
using BlazorReader.Core.Articles;

namespace BlazorReader.Cli.Commands;

// The JSON contract of `clean --json` that scripts depend on: names, casing and date formats.
public sealed record CleanResultJson(
    string Title, bool TitleDerived, string? Byline, string? Dateline, string? Attribution,
    string? PublishedAt, bool PublishedAtInferred, IReadOnlyList<BlockJson> Blocks,
    IReadOnlyList<TeaserJson> Teasers, IReadOnlyList<RemovedJson> Removed, string Markdown)
{
    public static CleanResultJson From(CleanedArticle c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return new(c.Title, c.TitleDerived, c.Byline, c.Dateline, c.Attribution, Day(c.PublishedAt), c.PublishedAtInferred,
            [.. c.Blocks.Select(b => new BlockJson(b.Kind == BlockKind.Tweet ? "tweet" : "paragraph", b.Text,
                b.Dir == TextDirection.Ltr ? "ltr" : "rtl", b.Url, b.AuthorName, b.Handle?.TrimStart('@'), Day(b.Date)))],
            [.. c.Teasers.Select(t => new TeaserJson(t.Text))],
            [.. c.Removed.Select(r => new RemovedJson(r.Text, r.Reason))],
            c.Markdown);
    }

    private static string? Day(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

public sealed record BlockJson(
    string Kind,
    string Text,
    string Dir,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Url,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? AuthorName,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Handle,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Date);

public sealed record TeaserJson(string Text);

public sealed record RemovedJson(string Text, string Reason);
