namespace BlazorReader.Web.Rendering;

// Which link targets a body may carry: web and mail addresses, and links within the site or
// the page. javascript:, data:, vbscript: and any scheme not named here are dropped.
internal static class SafeUrls
{
    public static string? Web(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var u) && (u.Scheme == Uri.UriSchemeHttps || u.Scheme == Uri.UriSchemeHttp) ? u.AbsoluteUri : null;

    public static string? Link(string? url)
    {
        var trimmed = url?.Trim();
        // Browsers drop tabs and line ends inside an address ("/\t/evil" is "//evil"): none pass.
        if (string.IsNullOrEmpty(trimmed) || trimmed.Any(c => c <= ' ' || char.IsControl(c)))
        {
            return null;
        }
        if (Web(trimmed) is { } web)
        {
            return web;
        }
        if (trimmed.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) && trimmed.IndexOf(':', 7) < 0)
        {
            return trimmed;
        }
        // An anchor in this page, or a path on this site; "//host" and "/\host" are other sites.
        return trimmed.StartsWith('#') || (trimmed.StartsWith('/') && (trimmed.Length == 1 || trimmed[1] is not ('/' or '\\')))
            ? trimmed
            : null;
    }
}
