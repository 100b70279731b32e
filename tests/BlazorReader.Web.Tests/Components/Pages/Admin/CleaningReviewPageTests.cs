using BlazorReader.Core.Articles;
using BlazorReader.Core.Cleaning;
using BlazorReader.Core.Importing;
using BlazorReader.Data;
using BlazorReader.Data.Curation;
using BlazorReader.Data.Importing;
using BlazorReader.Data.Writing;
using BlazorReader.Web.Components.Pages.Admin;
using Bunit;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorReader.Web.Tests.Components.Pages.Admin;

// The cleaning page over a real SQLite store holding the customer's seed: a re-clean applied
// after a colleague saved gets the editor page's conflict view, not an error.
public sealed class CleaningReviewPageTests : BunitTestBase
{
    private const string TheirTitle = "عنوان زميل سبقني";
    private readonly string folder = Path.Combine(Path.GetTempPath(), "br-bunit-" + Guid.NewGuid().ToString("N"));
    private readonly ArticleChanges changes;

    private static CancellationToken Ct => Xunit.TestContext.Current.CancellationToken;

    public CleaningReviewPageTests()
    {
        var settings = StoreSettings.ForSqliteFolder(folder);
        Services.AddReaderStore(settings);
        Services.AddSingleton(TimeProvider.System);
        Services.AddSingleton(new ArticleCleaner());
        Services.AddSingleton<CleaningReview>();
        Services.AddSingleton<ArticleChanges>();
        AddAuthorization().SetAuthorized("editor@example.org");
        var contexts = Services.GetRequiredService<IDbContextFactory<ReaderDbContext>>();
        using (var db = contexts.CreateDbContext())
        {
            StoreInitializer.MigrateAsync(db, settings).GetAwaiter().GetResult();
        }
        new ArticleImporter(contexts, new ArticleCleaner(), TimeProvider.System)
            .ImportAsync(ArticleSourceReader.Read(ReaderAppFactory.SeedDirectory), ArticleStatus.Published).GetAwaiter().GetResult();
        changes = Services.GetRequiredService<ArticleChanges>();
    }

    [Fact]
    public async Task A_reclean_after_someone_else_saved_shows_the_conflict_and_the_difference()
    {
        var cut = await PreviewThenLetAColleagueSaveAsync();

        Button(cut, "طبّق إعادة التنظيف").Click();

        cut.WaitForAssertion(() => Assert.Contains("colleague@example.org", cut.Find("[role=alert]").TextContent, StringComparison.Ordinal));
        Assert.Contains(TheirTitle, cut.Find("li.diff-removed").TextContent, StringComparison.Ordinal);
        Assert.Equal(TheirTitle, (await changes.LoadAsync(1, Ct))!.Value.Edit.Title);
    }

    [Fact]
    public async Task After_the_conflict_the_reclean_can_be_applied_to_their_version()
    {
        var cut = await PreviewThenLetAColleagueSaveAsync();
        Button(cut, "طبّق إعادة التنظيف").Click();
        cut.WaitForAssertion(() => cut.Find("[role=alert]"));

        Button(cut, "طبّق تعديلي على نسختهم").Click();

        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[role=alert]")));
        await using var db = await Services.GetRequiredService<IDbContextFactory<ReaderDbContext>>().CreateDbContextAsync(Ct);
        var last = await db.Revisions.OrderBy(r => r.Number).LastAsync(Ct);
        Assert.Equal((TheirTitle, "editor@example.org"), (last.Title, last.UserName));
        Assert.StartsWith("reclean", last.ChangedFields, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Shows_each_line_the_cleaner_kept_without_being_sure_and_why()
    {
        const string line = "أعلن الرئيس الأذري اليوم الأحد أنه لا ينوي شنّ هجوم عسكري على أراضي أرمينيا.";
        await StoredAsync(s => s.SetProperty(a => a.CleaningDoubts, "teaser?: " + line));

        var cut = Render<CleaningReviewPage>(p => p.Add(x => x.Id, 1));

        cut.WaitForAssertion(() => Assert.Contains(line, cut.Find("li.doubted-line").TextContent, StringComparison.Ordinal));
        Assert.Contains("سطر لم يتأكد المنظِّف من أنه ليس تشويقة لخبر آخر", cut.Find("li.doubted-line").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_article_reclean_left_for_an_editor_says_which_cleaner_cleaned_it()
    {
        await StoredAsync(s => s.SetProperty(a => a.CleanerVersion, 1).SetProperty(a => a.RecleanSkippedVersion, ArticleCleaner.Version));

        var cut = Render<CleaningReviewPage>(p => p.Add(x => x.Id, 1));

        cut.WaitForAssertion(() => Assert.Contains("بالمنظِّف الإصدار 1", cut.Find(".older-cleaner").TextContent, StringComparison.Ordinal));
        Assert.Contains("تركته أداة إعادة التنظيف لمحرر", cut.Find(".older-cleaner").TextContent, StringComparison.Ordinal);
    }

    private async Task StoredAsync(Action<UpdateSettersBuilder<Data.Articles.Article>> set)
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<ReaderDbContext>>().CreateDbContextAsync(Ct);
        await db.Articles.Where(a => a.Id == 1).ExecuteUpdateAsync(set, Ct);
    }

    private async Task<IRenderedComponent<CleaningReviewPage>> PreviewThenLetAColleagueSaveAsync()
    {
        var cut = Render<CleaningReviewPage>(p => p.Add(x => x.Id, 1));
        cut.WaitForAssertion(() => Button(cut, "عاين الفرق قبل التطبيق"));
        Button(cut, "عاين الفرق قبل التطبيق").Click();
        cut.WaitForAssertion(() => Button(cut, "طبّق إعادة التنظيف"));
        var (edit, version) = (await changes.LoadAsync(1, Ct))!.Value;
        Assert.IsType<SaveOutcome.Saved>(await changes.SaveEditAsync(1, version, edit with { Title = TheirTitle }, "colleague@example.org", Ct));
        return cut;
    }

    private static AngleSharp.Dom.IElement Button(IRenderedComponent<CleaningReviewPage> cut, string text) =>
        cut.FindAll("button").First(b => b.TextContent.Contains(text, StringComparison.Ordinal));

    protected override void AfterDispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
