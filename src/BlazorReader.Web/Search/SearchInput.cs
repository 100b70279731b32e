using System.Globalization;
using BlazorReader.Core.Articles;
using BlazorReader.Search;

namespace BlazorReader.Web.Search;

// The query string of /search and /api/search, read as text so that any bad value gets a
// clear message instead of a binding failure.
public sealed record SearchInput(string? Q, string? Page, string? Size, string? Source, string? Tag, string? From, string? To, string? Sort, string? Status, string? AsTyped = null)
{
    public const int MaxQueryLength = 500;

    // Statuses an editor asked for: null for "not given", empty when a name is unknown.
    public IReadOnlyCollection<ArticleStatus>? Statuses()
    {
        if (string.IsNullOrWhiteSpace(Status))
        {
            return null;
        }
        if (Status.Trim().Equals("all", StringComparison.OrdinalIgnoreCase))
        {
            return Enum.GetValues<ArticleStatus>();
        }
        var parsed = Status.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => Enum.TryParse<ArticleStatus>(s, ignoreCase: true, out var v) && Enum.IsDefined(v) && !int.TryParse(s, out _) ? v : (ArticleStatus?)null)
            .ToList();
        return parsed.Any(p => p is null) ? [] : [.. parsed.Select(p => p!.Value).Distinct()];
    }

    public (SearchRequest? Request, string? Error) ToRequest()
    {
        if (string.IsNullOrWhiteSpace(Q))
        {
            return (null, "Write something to search for in q.");
        }
        if (!TryInt(Page, 1, out var page) || page < 1)
        {
            return (null, "page must be a whole number from 1.");
        }
        if (!TryInt(Size, 10, out var size) || size is < 1 or > 100)
        {
            return (null, "size must be a whole number from 1 to 100.");
        }
        if (!TryDate(From, out var from) || !TryDate(To, out var to))
        {
            return (null, "from and to are dates written as YYYY-MM-DD.");
        }
        var sort = Sort?.Trim().ToLowerInvariant() switch
        {
            null or "" or "relevance" => SearchSort.Relevance,
            "date" or "newest" => SearchSort.Newest,
            _ => (SearchSort?)null,
        };
        if (sort is null)
        {
            return (null, "sort is relevance or date.");
        }
        var asTyped = AsTyped?.Trim().ToLowerInvariant() switch
        {
            null or "" or "0" or "false" => false,
            "1" or "true" => true,
            _ => (bool?)null,
        };
        if (asTyped is null)
        {
            return (null, "astyped is true or false (1 or 0).");
        }
        var q = Q.Length > MaxQueryLength ? Q[..MaxQueryLength] : Q;
        return (new SearchRequest(q)
        {
            Page = page,
            Size = size,
            Source = string.IsNullOrWhiteSpace(Source) ? null : Source.Trim(),
            Tag = string.IsNullOrWhiteSpace(Tag) ? null : Tag.Trim(),
            From = from,
            To = to?.AddDays(1).AddTicks(-1),
            Sort = sort.Value,
            AsTyped = asTyped.Value,
        }, null);
    }

    private static bool TryInt(string? text, int fallback, out int value)
    {
        value = fallback;
        return string.IsNullOrWhiteSpace(text) || int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }

    private static bool TryDate(string? text, out DateTime? value)
    {
        value = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }
        var ok = DateTime.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture,
            DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var d);
        value = ok ? d : null;
        return ok;
    }
}
