using System.Text.Json.Serialization;

namespace BlazorReader.Core.Related;

// Stored per article and served as is; the names are the wire and database values.
[JsonConverter(typeof(JsonStringEnumConverter<RelatedKind>))]
public enum RelatedKind
{
    [JsonStringEnumMemberName("pinned")]
    Pinned = 0,

    [JsonStringEnumMemberName("teaser")]
    Teaser = 1,

    [JsonStringEnumMemberName("same-story")]
    SameStory = 2,

    [JsonStringEnumMemberName("topical")]
    Topical = 3,
}

// Reason is what a reader is shown for the link (the names or places the two share); null
// when there is nothing worth saying.
public sealed record RelatedItem(int ArticleId, RelatedKind Kind, double Score, string? Reason = null);

public static class RelatedKindNames
{
    public static string Name(this RelatedKind kind) => kind switch
    {
        RelatedKind.Pinned => "pinned",
        RelatedKind.Teaser => "teaser",
        RelatedKind.SameStory => "same-story",
        RelatedKind.Topical => "topical",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
