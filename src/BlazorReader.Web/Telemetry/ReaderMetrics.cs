using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;

namespace BlazorReader.Web.Telemetry;

// OpenTelemetry metrics for Prometheus: ASP.NET Core's, EF Core's, the runtime's and the app's
// own meters (README, "Metrics"). The provider is always registered, but listens to no meter
// unless Telemetry:Prometheus is on, so an instance without a scraper records nothing.
public static class ReaderMetrics
{
    public const string Path = "/metrics";

    private static readonly string[] Meters =
    [
        "Microsoft.AspNetCore.*",
        "Microsoft.EntityFrameworkCore",
        "System.Runtime",
        "BlazorReader.*",
    ];

    public static IServiceCollection AddReaderMetrics(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TelemetryOptions>().Bind(configuration.GetSection(TelemetryOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TelemetryOptions>, TelemetryOptionsValidator>();
        // Read from the bound options when the provider is built, like every other setting:
        // bound and checked first, not read raw from configuration while services are added.
        services.AddOpenTelemetry().WithMetrics(metrics =>
        {
            metrics.AddPrometheusExporter();
            ((IDeferredMeterProviderBuilder)metrics).Configure((sp, builder) =>
            {
                if (sp.GetRequiredService<IOptions<TelemetryOptions>>().Value.Prometheus)
                {
                    builder.AddMeter(Meters);
                }
            });
        });
        return services;
    }

    // First in the pipeline, so that no compression, output cache, antiforgery or status page
    // touches the scrape or the 403; off, /metrics is an unknown path like any other.
    public static IApplicationBuilder UseReaderMetrics(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (app.Services.GetRequiredService<IOptions<TelemetryOptions>>().Value.Prometheus)
        {
            app.UseOpenTelemetryPrometheusScrapingEndpoint(meterProvider: null, predicate: null, path: Path,
                configureBranchedPipeline: b => b.UseMiddleware<MetricsAllowList>().Use(Uncompressed), optionsName: null);
        }
        return app;
    }

    // The exporter gzips for a scraper that accepts it; a scrape is small and stays on the
    // local network, so the CPU it costs on every scrape buys little.
    private static Task Uncompressed(HttpContext http, RequestDelegate next)
    {
        http.Request.Headers.AcceptEncoding = default;
        return next(http);
    }
}
