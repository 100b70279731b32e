using System.Reflection;
using BlazorReader.Data.Queries;
using Microsoft.AspNetCore.Http.Headers;
using Microsoft.Net.Http.Headers;

namespace BlazorReader.Web.Caching;

// ETag and Last-Modified on article pages, and 304 when the reader already has this version.
// The tag joins the article's version, its related list, the source registry and the app
// build, so a new list, a renamed paper or a new release re-renders too.
public sealed class ArticleValidators(RequestDelegate next)
{
    private static readonly string Build = Assembly.GetExecutingAssembly().ManifestModule.ModuleVersionId.ToString("N")[..8];

    public async Task InvokeAsync(HttpContext http, ArticleVersionQuery versions, SourceNamesQuery sources)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(versions);
        ArgumentNullException.ThrowIfNull(sources);
        if (!HttpMethods.IsGet(http.Request.Method) || ArticleAddress(http.Request.Path) is not { } address)
        {
            await next(http);
            return;
        }
        var (id, slug) = address;
        // Another slug finds no version and is answered by the page's redirect, never by a 304.
        if (await versions.FindAsync(id, slug, http.RequestAborted) is { } version)
        {
            var names = await sources.NamesAsync(http.RequestAborted);
            var etag = new EntityTagHeaderValue($"\"{version.Version:N}-{version.LatestRelatedLinkId ?? 0}-{names.Version:x}-{Build}\"");
            var modified = WholeSeconds(version.UpdatedAt);
            var headers = http.Response.GetTypedHeaders();
            headers.ETag = etag;
            headers.LastModified = modified;
            headers.CacheControl = new CacheControlHeaderValue { Public = true, NoCache = true };
            if (IsFresh(http.Request.GetTypedHeaders(), etag, modified))
            {
                http.Response.StatusCode = StatusCodes.Status304NotModified;
                return;
            }
        }
        await next(http);
    }

    // RFC 9110 13.2.2: If-None-Match decides when present; If-Modified-Since only without it.
    private static bool IsFresh(RequestHeaders request, EntityTagHeaderValue etag, DateTimeOffset modified) =>
        request.IfNoneMatch.Count > 0
            ? request.IfNoneMatch.Any(t => t.Compare(etag, useStrongComparison: false))
            : request.IfModifiedSince is { } since && modified <= since;

    // Last-Modified carries whole seconds; a stored time keeps its fraction.
    private static DateTimeOffset WholeSeconds(DateTime utc) =>
        new(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero);

    private static (int Id, string Slug)? ArticleAddress(PathString path)
    {
        var segments = path.Value?.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return segments is ["articles", var id, var slug] && int.TryParse(id, out var n) ? (n, slug) : null;
    }
}
