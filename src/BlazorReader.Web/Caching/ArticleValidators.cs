using System.Reflection;
using BlazorReader.Core.Articles;
using BlazorReader.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;

namespace BlazorReader.Web.Caching;

// ETag and Last-Modified on article pages, and 304 when the reader already has this version.
// The tag joins the article's version, its related list and the app build, so a new list or a
// new release re-renders too.
public sealed class ArticleValidators(RequestDelegate next)
{
    private static readonly string Build = Assembly.GetExecutingAssembly().ManifestModule.ModuleVersionId.ToString("N")[..8];

    public async Task InvokeAsync(HttpContext http, IDbContextFactory<ReaderDbContext> contexts)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(contexts);
        if (!HttpMethods.IsGet(http.Request.Method) || ArticleId(http.Request.Path) is not { } id)
        {
            await next(http);
            return;
        }
        await using var db = await contexts.CreateDbContextAsync(http.RequestAborted);
        var version = await db.Articles.AsNoTracking()
            .Where(a => a.Id == id && a.Status == ArticleStatus.Published)
            .Select(a => new { a.Version, a.UpdatedAt, Related = db.RelatedLinks.Where(l => l.ArticleId == a.Id).Max(l => (int?)l.Id) })
            .FirstOrDefaultAsync(http.RequestAborted);
        if (version is not null)
        {
            // The related list is rewritten (new row ids) when it changes, without touching the article.
            var etag = new EntityTagHeaderValue($"\"{version.Version:N}-{version.Related ?? 0}-{Build}\"");
            var headers = http.Response.GetTypedHeaders();
            headers.ETag = etag;
            headers.LastModified = DateTime.SpecifyKind(version.UpdatedAt, DateTimeKind.Utc);
            headers.CacheControl = new CacheControlHeaderValue { Public = true, NoCache = true };
            var request = http.Request.GetTypedHeaders();
            if (request.IfNoneMatch.Any(t => t.Compare(etag, useStrongComparison: false)))
            {
                http.Response.StatusCode = StatusCodes.Status304NotModified;
                return;
            }
        }
        await next(http);
    }

    private static int? ArticleId(PathString path)
    {
        var segments = path.Value?.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return segments is ["articles", var id, ..] && int.TryParse(id, out var n) ? n : null;
    }
}
