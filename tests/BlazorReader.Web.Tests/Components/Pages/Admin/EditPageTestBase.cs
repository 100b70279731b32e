using BlazorReader.Core.Articles;
using BlazorReader.Core.Cleaning;
using BlazorReader.Core.Importing;
using BlazorReader.Data;
using BlazorReader.Data.Importing;
using BlazorReader.Data.Media;
using BlazorReader.Data.Writing;
using BlazorReader.Imaging;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorReader.Web.Tests.Components.Pages.Admin;

// The edit page's tests over a real SQLite store holding one draft (number 1), signed in as an editor.
public abstract class EditPageTestBase : BunitTestBase
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "br-bunit-" + Guid.NewGuid().ToString("N"));

    // addServices: what a test class needs beyond the store, registered before any is resolved.
    protected EditPageTestBase(Action<IServiceCollection>? addServices = null)
    {
        var settings = StoreSettings.ForSqliteFolder(folder);
        Services.AddReaderStore(settings);
        Services.AddSingleton(TimeProvider.System);
        Services.AddSingleton(new ArticleCleaner());
        Services.AddSingleton<ArticleChanges>();
        // The body editor stores pictures pasted or dropped into it.
        Services.AddSingleton<MediaLibrary>();
        // The lead picture's picker is the library's list, which can also delete (on its own page).
        Services.AddSingleton<MediaRemoval>();
        Services.AddSingleton<BlazorReader.Web.Media.VariantCache>();
        Services.AddSingleton(UploadLimits.Default);
        addServices?.Invoke(Services);
        AddAuthorization().SetAuthorized("editor@example.org");
        var contexts = Services.GetRequiredService<IDbContextFactory<ReaderDbContext>>();
        using (var db = contexts.CreateDbContext())
        {
            StoreInitializer.MigrateAsync(db, settings).GetAwaiter().GetResult();
        }
        new ArticleImporter(contexts, new ArticleCleaner(), TimeProvider.System)
            .ImportAsync([ImportItem.Ok("t", new RawArticle("افتتح وزير التعليم اليوم مدرسة جديدة في جدة.", Title: "افتتاح مدرسة في جدة"))], ArticleStatus.Draft)
            .GetAwaiter().GetResult();
        Changes = Services.GetRequiredService<ArticleChanges>();
    }

    protected ArticleChanges Changes { get; }

    protected static CancellationToken Ct => Xunit.TestContext.Current.CancellationToken;

    protected override void AfterDispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
