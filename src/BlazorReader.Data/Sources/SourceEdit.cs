namespace BlazorReader.Data.Sources;

// What an admin submits for one source. Checked before anything is written: a bad value
// leaves the stored entry exactly as it was. Messages are the page's, in Arabic.
public sealed record SourceEdit(string Key, string? Name, string? ShortName, string? SiteUrl)
{
    public static class Fields
    {
        public const string Name = "name";
        public const string ShortName = "shortName";
        public const string SiteUrl = "siteUrl";
    }

    public const int MaxNameLength = 200;
    public const int MaxShortNameLength = 100;
    public const int MaxSiteUrlLength = 400;

    public IReadOnlyDictionary<string, string> Problems()
    {
        var problems = new Dictionary<string, string>(StringComparer.Ordinal);
        var name = Name?.Trim() ?? "";
        if (name.Length == 0)
        {
            problems[Fields.Name] = "اسم المصدر مطلوب.";
        }
        else if (name.Length > MaxNameLength)
        {
            problems[Fields.Name] = $"اسم المصدر أطول من {MaxNameLength} حرف.";
        }
        if (ShortName?.Trim() is { Length: > MaxShortNameLength })
        {
            problems[Fields.ShortName] = $"الاسم المختصر أطول من {MaxShortNameLength} حرف.";
        }
        if (Blank(SiteUrl) is { } url)
        {
            if (url.Length > MaxSiteUrlLength)
            {
                problems[Fields.SiteUrl] = $"عنوان الموقع أطول من {MaxSiteUrlLength} حرف.";
            }
            else if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            {
                problems[Fields.SiteUrl] = "عنوان الموقع يجب أن يكون عنوانًا كاملًا يبدأ بـ https:// أو http://.";
            }
        }
        return problems;
    }

    // An empty optional field clears it rather than storing blanks.
    internal static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
