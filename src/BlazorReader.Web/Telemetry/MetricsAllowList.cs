using System.Net;
using Microsoft.Extensions.Options;

namespace BlazorReader.Web.Telemetry;

// /metrics answers only the scrapers listed in Telemetry:AllowFrom; anyone else gets a bare 403.
// The app reads no forwarded headers: this is the connection's own address.
public sealed class MetricsAllowList(RequestDelegate next, IOptions<TelemetryOptions> options)
{
    private readonly IPNetwork[] allowed = [.. options.Value.AllowFromOrDefault.Select(a => TelemetryOptions.ParseNetwork(a.Trim())!.Value)];

    public Task InvokeAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (IsAllowed(http.Connection.RemoteIpAddress))
        {
            return next(http);
        }
        http.Response.StatusCode = StatusCodes.Status403Forbidden;
        return Task.CompletedTask;
    }

    // A dual-stack socket reports an IPv4 client as ::ffff:a.b.c.d.
    private bool IsAllowed(IPAddress? remote) =>
        remote is not null
        && (remote.IsIPv4MappedToIPv6 ? remote.MapToIPv4() : remote) is var address
        && allowed.Any(n => n.Contains(address));
}
