using BlazorReader.Core.Articles;
using BlazorReader.Core.Importing;
using Microsoft.EntityFrameworkCore;

namespace BlazorReader.Data.Tests.Articles;

public class BlockStorageTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<TestStore> StoreWithOneArticleAsync()
    {
        var store = await TestStore.CreateAsync();
        await store.Importer().ImportAsync(
            [ImportItem.Ok("test", new RawArticle("أعلنت الوزارة اليوم افتتاح مدرسة جديدة في الرياض <تجريبي> & أكثر", SourceUrl: "https://example.org/a"))],
            ArticleStatus.Published, ct: Ct);
        return store;
    }

    [Fact]
    public async Task Blocks_store_Arabic_letters_as_themselves_not_as_escapes()
    {
        await using var store = await StoreWithOneArticleAsync();
        await using var db = store.Open();
        var json = await db.Database.SqlQuery<string>($"SELECT \"Blocks\" AS \"Value\" FROM \"Articles\"").SingleAsync(Ct);
        Assert.Contains("افتتاح مدرسة جديدة", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u06", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Blocks_stored_with_escaped_letters_read_back_the_same()
    {
        await using var store = await StoreWithOneArticleAsync();
        await using (var db = store.Open())
        {
            var json = await db.Database.SqlQuery<string>($"SELECT \"Blocks\" AS \"Value\" FROM \"Articles\"").SingleAsync(Ct);
            var escaped = string.Concat(json.Select(c => c > 127 ? $"\\u{(int)c:x4}" : c.ToString()));
            await db.Database.ExecuteSqlAsync($"UPDATE \"Articles\" SET \"Blocks\" = {escaped}", Ct);
        }
        await using var reread = store.Open();
        var block = Assert.Single((await reread.Articles.SingleAsync(Ct)).Blocks);
        Assert.Equal("أعلنت الوزارة اليوم افتتاح مدرسة جديدة في الرياض <تجريبي> & أكثر", block.Text);
    }

    [Fact]
    public async Task Blocks_leave_out_absent_tweet_fields_and_read_back_the_same_with_them_written_as_nulls()
    {
        await using var store = await StoreWithOneArticleAsync();
        await using (var db = store.Open())
        {
            var json = await db.Database.SqlQuery<string>($"SELECT \"Blocks\" AS \"Value\" FROM \"Articles\"").SingleAsync(Ct);
            Assert.DoesNotContain("null", json, StringComparison.Ordinal);
            var withNulls = json.Replace("}", ",\"url\":null,\"authorName\":null,\"handle\":null,\"date\":null}", StringComparison.Ordinal);
            await db.Database.ExecuteSqlAsync($"UPDATE \"Articles\" SET \"Blocks\" = {withNulls}", Ct);
        }
        await using var reread = store.Open();
        var block = Assert.Single((await reread.Articles.SingleAsync(Ct)).Blocks);
        Assert.Equal(new ContentBlock(BlockKind.Paragraph, "أعلنت الوزارة اليوم افتتاح مدرسة جديدة في الرياض <تجريبي> & أكثر", block.Dir), block);
    }
}
