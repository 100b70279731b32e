using BlazorReader.Core.Articles;
using BlazorReader.Core.Cleaning;
using BlazorReader.Core.Importing;
using Microsoft.EntityFrameworkCore;

namespace BlazorReader.Data.Tests.Curation;

// Every article records the cleaner version that cleaned it and the lines it was unsure of,
// whichever way the import wrote it.
public class CleaningRecordTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_new_article_records_the_cleaner_version_and_the_lines_it_doubted()
    {
        await using var store = await TestStore.CreateAsync();

        await store.Importer().ImportAsync([DoubtedArticle.Item()], ArticleStatus.Published, ct: Ct);

        await using var db = store.Open();
        var article = await db.Articles.SingleAsync(Ct);
        var doubts = new ArticleCleaner().Clean(DoubtedArticle.Raw()).Doubts;
        Assert.NotEmpty(doubts);
        Assert.Equal(ArticleCleaner.Version, article.CleanerVersion);
        Assert.Equal(doubts, article.Doubts);
    }

    [Fact]
    public async Task An_article_a_later_import_changes_records_the_cleaner_version_and_doubts_again()
    {
        await using var store = await TestStore.CreateAsync();
        var first = DoubtedArticle.Raw() with { Text = "نص أول قصير للخبر نفسه قبل أن يتغير." };
        await store.Importer().ImportAsync([ImportItem.Ok("first", first)], ArticleStatus.Published, ct: Ct);
        await OlderCleaning.StampAsync(store, 1);

        var summary = await store.Importer().ImportAsync([DoubtedArticle.Item()], ArticleStatus.Published, ct: Ct);

        Assert.Equal(1, summary.Updated);
        await using var db = store.Open();
        var article = await db.Articles.SingleAsync(Ct);
        Assert.Equal(ArticleCleaner.Version, article.CleanerVersion);
        Assert.NotEmpty(article.Doubts);
    }

    [Fact]
    public async Task An_article_the_cleaner_was_sure_of_stores_no_doubts()
    {
        await using var store = await TestStore.CreateAsync();

        await store.Importer().ImportAsync(ArticleSourceReader.Read(Path.Combine(AppContext.BaseDirectory, "seeds")), ArticleStatus.Published, ct: Ct);

        await using var db = store.Open();
        Assert.Null(await db.Articles.Select(a => a.CleaningDoubts).SingleAsync(Ct));
    }
}
