using BlazorReader.Core.Articles;

namespace BlazorReader.Data.Curation;

// The fields an editor changes, as one value: what the form holds, what a revision keeps.
// LeadMediaId: the library picture above the body, null for none.
public sealed record ArticleEdit(string Title, string Slug, IReadOnlyList<string> Tags, ArticleStatus Status,
    DateTime? PublishedAt, string? Source, string BodyMarkdown, int? LeadMediaId = null)
{
    public const int MaxTags = 20;

    // The editable fields' keys: revisions list them, problems and diffs are keyed by them.
    public static class Fields
    {
        public const string Title = "title";
        public const string Slug = "slug";
        public const string Tags = "tags";
        public const string Status = "status";
        public const string Date = "date";
        public const string Source = "source";
        public const string Body = "body";
        public const string LeadPicture = "picture";
    }

    public static ArticleEdit Of(Articles.Article a)
    {
        ArgumentNullException.ThrowIfNull(a);
        return new(a.Title, a.Slug, [.. a.Tags.Select(t => t.Name).Order(StringComparer.Ordinal)], a.Status, a.PublishedAt, a.Source, a.BodyMarkdown, a.LeadMediaId);
    }

    public static ArticleEdit Of(ArticleRevision r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new(r.Title, r.Slug, SplitTags(r.Tags), r.Status, r.PublishedAt, r.Source, r.BodyMarkdown, r.LeadMediaId);
    }

    public static IReadOnlyList<string> SplitTags(string tags) =>
        [.. (tags ?? "").Split([',', '،', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    // Field names as the revision list shows them.
    public IReadOnlyList<string> ChangedFrom(ArticleEdit before)
    {
        ArgumentNullException.ThrowIfNull(before);
        var changed = new List<string>();
        if (Title != before.Title) changed.Add(Fields.Title);
        if (Slug != before.Slug) changed.Add(Fields.Slug);
        if (!Tags.SequenceEqual(before.Tags, StringComparer.Ordinal)) changed.Add(Fields.Tags);
        if (Status != before.Status) changed.Add(Fields.Status);
        if (PublishedAt != before.PublishedAt) changed.Add(Fields.Date);
        if (Source != before.Source) changed.Add(Fields.Source);
        if (Normalized(BodyMarkdown) != Normalized(before.BodyMarkdown)) changed.Add(Fields.Body);
        if (LeadMediaId != before.LeadMediaId) changed.Add(Fields.LeadPicture);
        return changed;
    }

    // Problems a person can fix, in Arabic, keyed by field.
    public IReadOnlyDictionary<string, string> Problems()
    {
        var problems = new Dictionary<string, string>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(Title)) problems[Fields.Title] = "العنوان مطلوب.";
        else if (Title.Length > 400) problems[Fields.Title] = "العنوان أطول من 400 حرف.";
        if (Slug.Length > 100) problems[Fields.Slug] = "المسار المختصر أطول من 100 حرف.";
        if (Tags.Count > MaxTags) problems[Fields.Tags] = $"الوسوم أكثر من {MaxTags}.";
        else if (Tags.Any(t => t.Length > 100)) problems[Fields.Tags] = "وسم أطول من 100 حرف.";
        if (Source is { Length: > 100 }) problems[Fields.Source] = "اسم المصدر أطول من 100 حرف.";
        if (string.IsNullOrWhiteSpace(BodyMarkdown)) problems[Fields.Body] = "النص مطلوب.";
        if (PublishedAt is { Year: < 1900 or > 2200 }) problems[Fields.Date] = "التاريخ غير معقول.";
        return problems;
    }

    private static string Normalized(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
}
