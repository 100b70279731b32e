using BlazorReader.Core.Articles;
using BlazorReader.Data.Curation;

namespace BlazorReader.Web.Components.Pages.Admin;

// The edit form's mutable fields; ArticleEdit is the value the store saves.
public sealed class EditFormModel
{
    public string Title { get; set; } = "";
    public string Slug { get; set; } = "";
    public string Tags { get; set; } = "";
    public ArticleStatus Status { get; set; }
    public DateTime? PublishedAt { get; set; }
    public string? Source { get; set; }
    public string Body { get; set; } = "";
    public int? LeadMediaId { get; set; }

    public static EditFormModel From(ArticleEdit e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new()
        {
            Title = e.Title, Slug = e.Slug, Tags = string.Join("، ", e.Tags), Status = e.Status,
            PublishedAt = e.PublishedAt, Source = e.Source, Body = e.BodyMarkdown, LeadMediaId = e.LeadMediaId,
        };
    }

    public ArticleEdit ToEdit() => new(Title ?? "", Slug ?? "", ArticleEdit.SplitTags(Tags), Status,
        PublishedAt is { } d ? DateTime.SpecifyKind(d.Date, DateTimeKind.Utc) : null,
        string.IsNullOrWhiteSpace(Source) ? null : Source.Trim(), Body ?? "", LeadMediaId);
}
