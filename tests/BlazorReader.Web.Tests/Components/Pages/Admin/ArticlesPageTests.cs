using BlazorReader.Core.Articles;
using BlazorReader.Core.Cleaning;
using BlazorReader.Core.Importing;
using BlazorReader.Data;
using BlazorReader.Data.Importing;
using BlazorReader.Data.Writing;
using BlazorReader.Search;
using BlazorReader.Web.Components.Pages.Admin;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorReader.Web.Tests.Components.Pages.Admin;

// The article list over a real SQLite store, opened from one of the dashboard's cleaning links.
public sealed class ArticlesPageTests : BunitTestBase
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "br-bunit-" + Guid.NewGuid().ToString("N"));

    public ArticlesPageTests()
    {
        var settings = StoreSettings.ForSqliteFolder(folder);
        Services.AddReaderStore(settings);
        Services.AddSingleton(TimeProvider.System);
        Services.AddSingleton(new ArticleCleaner());
        Services.AddSingleton<ArticleChanges>();
        Services.AddSingleton(ArticleIndex.InMemory());
        AddAuthorization().SetAuthorized("editor@example.org");
        var contexts = Services.GetRequiredService<IDbContextFactory<ReaderDbContext>>();
        using var db = contexts.CreateDbContext();
        StoreInitializer.MigrateAsync(db, settings).GetAwaiter().GetResult();
        new ArticleImporter(contexts, new ArticleCleaner(), TimeProvider.System).ImportAsync([
            ImportItem.Ok("a", new RawArticle("افتتح وزير التعليم اليوم مدرسة جديدة في جدة.", Title: "افتتاح مدرسة في جدة")),
            ImportItem.Ok("b", new RawArticle("أعلنت الهيئة اليوم جدول الرحلات الجديد بين المدن.", Title: "جدول رحلات جديد"))], ArticleStatus.Published)
            .GetAwaiter().GetResult();
        db.Articles.Where(a => a.Id == 2).ExecuteUpdate(s => s.SetProperty(a => a.CleanerVersion, 1));
    }

    [Fact]
    public void Opened_with_a_cleaning_state_it_lists_only_the_articles_in_it()
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo("/admin/articles?cleaning=OlderCleaner");

        var cut = Render<ArticlesPage>();

        cut.WaitForAssertion(() => Assert.Equal(["جدول رحلات جديد"], cut.FindAll("tbody a[href^='/admin/articles/']").Select(a => a.TextContent)));
        Assert.Contains(CleaningStateNames.Of(Data.Queries.CleaningState.OlderCleaner), cut.Find(".cleaning-filter").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Opened_without_one_it_lists_every_article()
    {
        var cut = Render<ArticlesPage>();

        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("tbody a[href^='/admin/articles/']").Count));
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
