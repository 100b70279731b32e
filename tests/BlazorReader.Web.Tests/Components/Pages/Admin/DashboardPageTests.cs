using BlazorReader.Core.Articles;
using BlazorReader.Core.Cleaning;
using BlazorReader.Core.Importing;
using BlazorReader.Data;
using BlazorReader.Data.Importing;
using BlazorReader.Data.Instances;
using BlazorReader.Data.Leases;
using BlazorReader.Data.Writing;
using BlazorReader.Web.Changes;
using BlazorReader.Web.Components.Pages.Admin;
using BlazorReader.Web.Setup;
using Bunit;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorReader.Web.Tests.Components.Pages.Admin;

// The dashboard's "needs a look" list over a real SQLite store: an article whose cleaning had
// doubts, and one `reclean` left for an editor, each with its reason.
public sealed class DashboardPageTests : BunitTestBase
{
    private const string DoubtedLine = "أعلن الرئيس الأذري اليوم الأحد أنه لا ينوي شنّ هجوم عسكري على أراضي أرمينيا.";
    private readonly string folder = Path.Combine(Path.GetTempPath(), "br-bunit-" + Guid.NewGuid().ToString("N"));
    private readonly IDbContextFactory<ReaderDbContext> contexts;

    private static CancellationToken Ct => Xunit.TestContext.Current.CancellationToken;

    public DashboardPageTests()
    {
        var settings = StoreSettings.ForSqliteFolder(folder);
        Services.AddReaderStore(settings);
        Services.AddSingleton(TimeProvider.System);
        Services.AddSingleton<InstanceIdentity>();
        Services.AddOptions<InstanceOptions>();
        contexts = Services.GetRequiredService<IDbContextFactory<ReaderDbContext>>();
        using (var db = contexts.CreateDbContext())
        {
            StoreInitializer.MigrateAsync(db, settings).GetAwaiter().GetResult();
        }
        new ArticleImporter(contexts, new ArticleCleaner(), TimeProvider.System).ImportAsync([
            ImportItem.Ok("a", new RawArticle("افتتح وزير التعليم اليوم مدرسة جديدة في جدة.", Title: "افتتاح مدرسة في جدة")),
            ImportItem.Ok("b", new RawArticle("أعلنت الهيئة اليوم جدول الرحلات الجديد بين المدن.", Title: "جدول رحلات جديد"))], ArticleStatus.Published)
            .GetAwaiter().GetResult();
    }

    [Fact]
    public async Task Shows_every_instance_with_each_followers_lag_which_writes_the_lists_and_which_has_gone_silent()
    {
        var now = DateTime.UtcNow;
        var self = Services.GetRequiredService<InstanceIdentity>().Name;
        await using (var db = await contexts.CreateDbContextAsync(Ct))
        {
            var end = await db.ChangeLog.MaxAsync(c => c.Sequence, Ct);
            await InstanceReports.ReportAsync(db, self, now, now, [new("StoreIndexer", end, 0, true), new("RelatedListUpdater", end - 1, 0, true)], Ct);
            await InstanceReports.ReportAsync(db, "other/42/0badc0de", now.AddHours(-2), now.AddMinutes(-5), [new("StoreIndexer", 0, 2, false)], Ct);
            await WriterLeases.TakeAsync(db, WriterLeases.RelatedLists, self, now, now.AddMinutes(1), Ct);
        }

        var cut = Render<DashboardPage>();

        cut.WaitForAssertion(() => Assert.True(3 == cut.FindAll(".instances tbody tr").Count, cut.Markup));
        var live = cut.FindAll("tr.instance");
        Assert.Equal(2, live.Count);
        Assert.Contains("هذه النسخة", live[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("تكتب القصص والأخبار ذات الصلة", live[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("جاهزة", live[0].TextContent, StringComparison.Ordinal);
        Assert.Equal(["القصص والأخبار ذات الصلة", "فهرس البحث"], live.Select(r => r.QuerySelectorAll("td")[0].TextContent));
        Assert.Equal(["1 تغيير", "0 تغيير"], live.Select(r => r.QuerySelector(".follower-behind")!.TextContent));
        var silent = cut.Find("tr.instance-silent");
        Assert.Contains("other/42/0badc0de", silent.TextContent, StringComparison.Ordinal);
        Assert.Contains("صامتة منذ 5 د", silent.TextContent, StringComparison.Ordinal);
        Assert.Contains("ينتظر 2 رقمًا", silent.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("تكتب القصص", silent.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lists_an_article_the_cleaner_doubted_with_the_line_and_why()
    {
        await using (var db = await contexts.CreateDbContextAsync(Ct))
        {
            await db.Articles.Where(a => a.Id == 1).ExecuteUpdateAsync(s => s.SetProperty(a => a.CleaningDoubts, "teaser?: " + DoubtedLine), Ct);
        }

        var cut = Render<DashboardPage>();

        cut.WaitForAssertion(() => Assert.Equal(DoubtedLine, cut.Find(".flag-doubt q").TextContent));
        Assert.Contains("سطر لم يتأكد المنظِّف من أنه ليس تشويقة لخبر آخر", cut.Find(".flag-doubt").TextContent, StringComparison.Ordinal);
        Assert.Contains("افتتاح مدرسة في جدة", cut.Find(".flag-doubt").Closest("tr")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lists_an_article_reclean_left_for_an_editor_saying_an_editor_changed_it_with_a_link_to_its_cleaning()
    {
        var changes = new ArticleChanges(contexts, TimeProvider.System, new ArticleCleaner());
        var (edit, version) = (await changes.LoadAsync(2, Ct))!.Value;
        await changes.SaveEditAsync(2, version, edit with { BodyMarkdown = "فقرة كتبها المحرر." }, "editor@example.org", Ct);
        await using (var db = await contexts.CreateDbContextAsync(Ct))
        {
            await db.Articles.Where(a => a.Id == 2).ExecuteUpdateAsync(s => s
                .SetProperty(a => a.CleanerVersion, 1).SetProperty(a => a.RecleanSkippedVersion, ArticleCleaner.Version), Ct);
        }

        var cut = Render<DashboardPage>();

        cut.WaitForAssertion(() => Assert.Contains("عدّل محرر نصه", cut.Find(".flag-reclean-held").TextContent, StringComparison.Ordinal));
        Assert.Equal("/admin/articles/2/cleaning", cut.Find(".flag-reclean-held a").GetAttribute("href"));
        Assert.Contains("جدول رحلات جديد", cut.Find(".flag-reclean-held").Closest("tr")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Counts_each_cleaning_state_with_a_link_to_its_articles()
    {
        await using (var db = await contexts.CreateDbContextAsync(Ct))
        {
            await db.Articles.Where(a => a.Id == 1).ExecuteUpdateAsync(s => s.SetProperty(a => a.CleaningDoubts, "teaser?: " + DoubtedLine), Ct);
            await db.Articles.ExecuteUpdateAsync(s => s.SetProperty(a => a.CleanerVersion, 1), Ct);
        }

        var cut = Render<DashboardPage>();

        cut.WaitForAssertion(() => Assert.Equal(4, cut.FindAll("tr.cleaning-state").Count));
        var links = cut.FindAll("tr.cleaning-state a").ToDictionary(a => a.GetAttribute("href")!, a => a.TextContent);
        Assert.Equal(new Dictionary<string, string>
        {
            ["/admin/articles?cleaning=OlderCleaner"] = "2",
            ["/admin/articles?cleaning=Doubted"] = "1",
            ["/admin/articles?cleaning=HeldEdited"] = "0",
            ["/admin/articles?cleaning=HeldOther"] = "0",
        }, links);
    }

    protected override void AfterDispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
