using BlazorReader.Core.Articles;
using BlazorReader.Core.Cleaning;
using BlazorReader.Core.Importing;
using BlazorReader.Data;
using BlazorReader.Data.Accounts;
using BlazorReader.Data.Curation;
using BlazorReader.Data.Importing;
using BlazorReader.Data.Queries;
using BlazorReader.Data.Sources;
using BlazorReader.Web.Caching;
using BlazorReader.Web.Components.Pages.Admin;
using Bunit;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorReader.Web.Tests.Components.Pages.Admin;

// The sources page over a real SQLite store named on its first open, holding one article of
// a paper nobody has named yet.
public sealed class SourcesPageTests : BunitTestBase
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "br-bunit-" + Guid.NewGuid().ToString("N"));
    private readonly RecordingCache pageCache = new();
    private readonly IDbContextFactory<ReaderDbContext> contexts;

    private static CancellationToken Ct => Xunit.TestContext.Current.CancellationToken;

    public SourcesPageTests()
    {
        var settings = StoreSettings.ForSqliteFolder(folder);
        Services.AddReaderStore(settings);
        Services.AddSingleton(TimeProvider.System);
        Services.AddSingleton<SourceRegistry>();
        Services.AddSingleton<IOutputCacheStore>(pageCache);
        AddAuthorization().SetAuthorized("admin@example.org").SetRoles(Roles.Admin);
        contexts = Services.GetRequiredService<IDbContextFactory<ReaderDbContext>>();
        using (var db = contexts.CreateDbContext())
        {
            StoreInitializer.MigrateAsync(db, settings).GetAwaiter().GetResult();
        }
        new ArticleImporter(contexts, new ArticleCleaner(), TimeProvider.System)
            .ImportAsync([ImportItem.Ok("t", new RawArticle("افتتح وزير التعليم اليوم مدرسة جديدة في جدة.", Title: "افتتاح مدرسة", Source: "newpaper"))],
                ArticleStatus.Published)
            .GetAwaiter().GetResult();
    }

    private IRenderedComponent<SourcesPage> EditRow(string key)
    {
        var cut = Render<SourcesPage>();
        cut.WaitForAssertion(() => cut.Find($"tr[data-key='{key}'] button"));
        cut.Find($"tr[data-key='{key}'] button").Click();
        return cut;
    }

    private async Task<NewsSource?> StoredAsync(string key)
    {
        await using var db = await contexts.CreateDbContextAsync(Ct);
        return await db.Sources.AsNoTracking().SingleOrDefaultAsync(s => s.Key == key, Ct);
    }

    [Fact]
    public void Lists_the_keys_seen_in_articles_with_their_counts_and_every_named_paper()
    {
        var cut = Render<SourcesPage>();
        cut.WaitForAssertion(() => cut.Find("tr[data-key='newpaper']"));
        var unknown = cut.Find("tr[data-key='newpaper']").QuerySelectorAll("td");
        Assert.Equal("—", unknown[1].TextContent);
        Assert.Equal("1", unknown[4].TextContent);
        var okaz = cut.Find("tr[data-key='okaz']").QuerySelectorAll("td");
        Assert.Equal("عكاظ", okaz[1].TextContent);
        Assert.Equal("0", okaz[4].TextContent);
    }

    [Fact]
    public async Task An_empty_name_is_refused_with_a_message_and_nothing_is_stored()
    {
        var cut = EditRow("okaz");
        cut.Find(".source-name input").Change("");
        cut.Find("form").Submit();

        cut.WaitForAssertion(() => Assert.Contains("اسم المصدر مطلوب.", cut.Markup, StringComparison.Ordinal));
        Assert.Equal("عكاظ", (await StoredAsync("okaz"))!.Name);
        Assert.Empty(pageCache.Evicted);
    }

    [Theory]
    [InlineData("okaz.com.sa")]
    [InlineData("ftp://www.okaz.com.sa")]
    public async Task A_site_that_is_not_an_absolute_web_address_is_refused(string site)
    {
        var cut = EditRow("okaz");
        cut.Find(".source-name input").Change("صحيفة عكاظ");
        cut.Find(".source-site input").Change(site);
        cut.Find("form").Submit();

        cut.WaitForAssertion(() => Assert.Contains("عنوان الموقع يجب أن يكون عنوانًا كاملًا", cut.Markup, StringComparison.Ordinal));
        var stored = (await StoredAsync("okaz"))!;
        Assert.Equal("عكاظ", stored.Name);
        Assert.Equal("https://www.okaz.com.sa", stored.SiteUrl);
    }

    [Fact]
    public async Task Naming_a_new_paper_stores_it_audits_it_and_shows_it_to_readers_at_once()
    {
        var names = Services.GetRequiredService<SourceNamesQuery>();
        Assert.Equal("newpaper", await names.NameAsync("newpaper", Ct));
        var cut = EditRow("newpaper");
        cut.Find(".source-name input").Change("الصحيفة الجديدة");
        cut.Find(".source-short-name input").Change("الجديدة");
        cut.Find(".source-site input").Change("https://www.example.org");
        cut.Find("form").Submit();

        cut.WaitForAssertion(() => Assert.Equal("الصحيفة الجديدة", cut.Find("tr[data-key='newpaper']").QuerySelectorAll("td")[1].TextContent));
        var stored = (await StoredAsync("newpaper"))!;
        Assert.Equal(("الجديدة", "https://www.example.org"), (stored.ShortName, stored.SiteUrl));
        Assert.Equal("الصحيفة الجديدة", await names.NameAsync("newpaper", Ct));
        Assert.Equal([PageCacheEvictor.Tag], pageCache.Evicted);
        await using var db = await contexts.CreateDbContextAsync(Ct);
        var audit = await db.Audit.SingleAsync(a => a.Action == AuditActions.SourceChanged, Ct);
        Assert.Equal("admin@example.org", audit.UserName);
        Assert.StartsWith("newpaper: الصحيفة الجديدة", audit.Detail, StringComparison.Ordinal);
    }

    protected override void AfterDispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private sealed class RecordingCache : IOutputCacheStore
    {
        public List<string> Evicted { get; } = [];

        public ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken)
        {
            Evicted.Add(tag);
            return ValueTask.CompletedTask;
        }

        public ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken) => ValueTask.FromResult<byte[]?>(null);

        public ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken) =>
            ValueTask.CompletedTask;
    }
}
