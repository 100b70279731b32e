using BlazorReader.Core.Cleaning;
using BlazorReader.Data;
using BlazorReader.Data.ChangeLog;
using BlazorReader.Data.Importing;
using BlazorReader.Data.Related;
using BlazorReader.Search;
using BlazorReader.Search.Following;
using BlazorReader.Web.Accounts;
using BlazorReader.Web.Api;
using BlazorReader.Web.Caching;
using BlazorReader.Web.Changes;
using BlazorReader.Web.Components;
using BlazorReader.Web.Feeds;
using BlazorReader.Web.Media;
using BlazorReader.Web.Related;
using BlazorReader.Web.Search;
using BlazorReader.Web.Security;
using BlazorReader.Web.Telemetry;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;
using MudBlazor.Services;

namespace BlazorReader.Web.Setup;

// The one place that registers the app's services and its request pipeline.
public static class ReaderServices
{
    public static IServiceCollection AddBlazorReader(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddReaderStore(configuration);
        services.AddReaderOptions(configuration);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(sp => new ArticleCleaner(BoilerplateFile.Load(sp.GetRequiredService<StoreSettings>())));
        services.AddSingleton(sp => new ArticleImporter(sp.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<ReaderDbContext>>(), sp.GetRequiredService<ArticleCleaner>(),
            sp.GetRequiredService<TimeProvider>()) { PictureLimits = sp.GetRequiredService<BlazorReader.Imaging.UploadLimits>() });
        services.AddSingleton<FirstStartSeeder>();
        services.AddSingleton<BlazorReader.Data.Writing.ArticleChanges>();
        services.AddSingleton<BlazorReader.Data.Curation.CleaningReview>();
        services.AddSingleton<BlazorReader.Data.Curation.ImportRunLog>();
        services.AddSingleton<BlazorReader.Data.Sources.SourceRegistry>();
        services.AddSingleton<Importing.UploadImports>();
        services.AddSingleton<BlazorReader.Data.Media.MediaLibrary>();
        services.AddSingleton<BlazorReader.Data.Media.MediaRemoval>();
        services.AddSingleton(BlazorReader.Imaging.UploadLimits.Default);
        services.AddSingleton<Media.VariantCache>();
        services.AddHostedService<Media.VariantFolderSweep>();
        services.AddSingleton(_ => new Rendering.BodyHtmlCache());
        services.AddHostedService(sp => sp.GetRequiredService<Importing.UploadImports>());
        // Only the editors' pages are interactive (App.razor picks the render mode by path).
        // A circuit's message carries an input's whole value: a long article's body (Arabic is two
        // bytes a letter) passes SignalR's default of 32 KB. Pasted HTML arrives as a stream.
        services.AddRazorComponents().AddInteractiveServerComponents()
            .AddHubOptions(o => o.MaximumReceiveMessageSize = 512 * 1024);
        services.AddHttpContextAccessor();
        // Arabic text as itself in the HTML, not as six-byte character references.
        services.AddWebEncoders(o => o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddScoped<Microsoft.AspNetCore.Components.Forms.AntiforgeryStateProvider, EditorPagesAntiforgery>();
        services.AddReaderSignIn();
        services.AddMudServices();
        services.AddOutputCache(o =>
        {
            o.AddBasePolicy(b => b
                .With(c => PageCacheEvictor.IsCachedPath(c.HttpContext.Request.Path))
                .Tag(PageCacheEvictor.Tag).Expire(TimeSpan.FromMinutes(10)));
            o.AddBasePolicy(new PageCacheLookups.Marker());
        });
        services.AddSingleton<IChangeLogConsumer, PageCacheEvictor>();
        // The container owns the index, so it is closed (and its write lock freed) on shutdown.
        services.AddSingleton(IndexStart.Open);
        services.AddSingleton(sp => new StoreIndexer(sp.GetRequiredService<ArticleIndex>(), IndexFolder(sp)));
        services.AddSingleton<BlazorReader.Search.Completion.ArticleCompletions>();
        services.AddHostedService<CompletionWarmup>();
        services.AddSingleton<RelatedStoryService>();
        // Before the poller, so that it is given up after the poller has stopped.
        services.AddSingleton<RelatedWriterLease>();
        services.AddHostedService(sp => sp.GetRequiredService<RelatedWriterLease>());
        // In this order a first start over a bulk-imported store rebuilds them (ChangeLogPoller).
        services.AddSingleton<IChangeLogConsumer>(sp => sp.GetRequiredService<StoreIndexer>());
        services.AddSingleton<IChangeLogConsumer, RelatedListUpdater>();
        services.AddSingleton(sp =>
        {
            var progress = new FollowingProgress(sp.GetServices<IChangeLogConsumer>());
            FollowingMetrics.Observe(sp.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>(), progress);
            return progress;
        });
        services.AddHostedService<ChangeLogPoller>();
        services.AddSingleton<InstanceIdentity>();
        services.AddSingleton<InstanceReporter>();
        services.AddHostedService(sp => sp.GetRequiredService<InstanceReporter>());
        services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(["application/rss+xml", "image/svg+xml"]);
        });
        services.AddProblemDetails();
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Encoder =
            System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All));
        services.AddReaderMetrics(configuration);
        services.AddHealthChecks().AddCheck<StoreHealthCheck>("store");
        services.AddDataProtection()
            .SetApplicationName("BlazorReader")
            .PersistKeysToDbContext<ReaderDbContext>();
        return services;
    }

    private static string IndexFolder(IServiceProvider services) =>
        Path.Combine(services.GetRequiredService<StoreSettings>().DataDirectory, StoreIndexer.FolderName);

    public static WebApplication UseBlazorReader(this WebApplication app)
    {
        app.UseReaderMetrics();
        // Before routing, which would otherwise run first and find no endpoint for HEAD.
        app.UseMiddleware<Http.HeadAsGet>();
        app.UseRouting();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error", createScopeForErrors: true);
            app.UseHsts();
        }
        app.UseMiddleware<SecurityHeadersMiddleware>();
        // No compression where pages carry secrets (antiforgery tokens): BREACH.
        app.UseWhen(c => !IsEditorPath(c.Request.Path), b => b.UseResponseCompression());
        app.UseStatusCodePagesWithReExecute("/status/{0}", createScopeForStatusCodePages: true);
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        // A cached page is answered (and revalidated by its stored ETag) before any store lookup.
        app.UseCountedOutputCache();
        app.UseMiddleware<ArticleValidators>();
        app.MapStaticAssets();
        app.MapHealthChecks("/healthz");
        app.MapReadiness();
        app.MapFeeds();
        app.MapMedia();
        app.MapArticleApi();
        app.MapStoryApi();
        app.MapSearchApi();
        app.MapSuggestApi();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }

    public static bool IsEditorPath(PathString path) =>
        path.StartsWithSegments("/admin") || path.StartsWithSegments("/account");

    public static async Task PrepareStoreAsync(this WebApplication app)
    {
        // Settings are checked before the store is touched: a bad one stops the start with its
        // message, not after a migration or a seed import.
        app.Services.GetRequiredService<IStartupValidator>().Validate();
        // Metrics listen from here on, so that a first start's seed import is counted too.
        app.Services.GetService<OpenTelemetry.Metrics.MeterProvider>();
        var settings = app.Services.GetRequiredService<StoreSettings>();
        if (settings.Provider != StoreProvider.SqlServer)
        {
            // SQL Server schemas are migrated by operators with `cli migrate`, not by every
            // instance. SQLite and PostgreSQL stores migrate on start, as the README says;
            // instances starting together wait on EF's migration lock.
            var contexts = app.Services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<ReaderDbContext>>();
            await using var db = await contexts.CreateDbContextAsync();
            await StoreInitializer.MigrateAsync(db, settings);
        }
        await app.Services.GetRequiredService<FirstStartSeeder>().SeedIfEmptyAsync(app.Lifetime.ApplicationStopping);
    }
}
