using BlazorReader.Data;
using Microsoft.EntityFrameworkCore;

namespace BlazorReader.Web.Changes;

// /healthz stays liveness. /healthz/ready tells a load balancer whether this instance's search
// index and related lists have caught up with the store's change log since it started (503
// until then, so an instance over a half-built index gets no readers), and tells an operator
// how far behind each follower is.
public static class ReadinessEndpoint
{
    public static IEndpointRouteBuilder MapReadiness(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz/ready", async (FollowingProgress progress, InstanceIdentity identity, IDbContextFactory<ReaderDbContext> contexts, HttpContext http, CancellationToken ct) =>
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            var logEnd = await db.ChangeLog.MaxAsync(c => (long?)c.Sequence, ct) ?? 0;
            var consumers = progress.Snapshot();
            http.Response.Headers.CacheControl = "no-store";
            var body = new
            {
                instance = identity.Name,
                ready = progress.IsReady,
                logEnd,
                consumers = consumers.Select(c => new
                {
                    name = c.Name,
                    applied = c.Applied,
                    behind = Math.Max(logEnd - c.Applied, 0),
                    openGaps = c.OpenGaps,
                    caughtUp = c.CaughtUp,
                }),
            };
            return Results.Json(body, statusCode: progress.IsReady ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
        });
        return app;
    }
}
