namespace BlazorReader.Data.Sources;

// The registry as a page reads it: a key's Arabic name, else the key itself, so an article
// from a paper nobody has named yet still says where it came from.
public sealed class SourceNames(IReadOnlyDictionary<string, NewsSource> byKey)
{
    public static SourceNames None { get; } = new(new Dictionary<string, NewsSource>());

    public NewsSource? Find(string? key) => key is not null && byKey.TryGetValue(key, out var source) ? source : null;

    public string? NameOf(string? key) => Find(key)?.Name ?? key;

    public string? ShortNameOf(string? key) => Find(key) is { } source
        ? string.IsNullOrWhiteSpace(source.ShortName) ? source.Name : source.ShortName
        : key;

    // Changes whenever an entry is saved: part of an article page's ETag, so a renamed paper
    // is never answered with a 304 for a page that still shows the old name.
    public long Version => byKey.Count == 0 ? 0 : byKey.Values.Max(s => s.UpdatedAt.Ticks) ^ byKey.Count;
}
