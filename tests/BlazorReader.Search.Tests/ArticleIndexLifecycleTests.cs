using static BlazorReader.Search.Tests.NewsFixtures;

namespace BlazorReader.Search.Tests;

public class ArticleIndexLifecycleTests
{
    [Fact]
    public void Counts_indexed_articles()
    {
        using var index = NewIndex();
        Assert.Equal(All.Length, index.Count);
    }

    [Fact]
    public void Upsert_replaces_an_article_with_the_same_id()
    {
        using var index = NewIndex();
        index.Upsert(All[0] with { Title = "عنوان جديد عن الفلاسي" });
        index.Commit();
        var hit = Assert.Single(index.Search(new SearchRequest("الفلاسي")).Items);
        Assert.Equal(("عنوان جديد عن الفلاسي", All.Length), (hit.Title, index.Count));
    }

    [Fact]
    public void A_hit_carries_its_slug_and_source_url_and_follows_a_new_slug()
    {
        using var index = NewIndex();
        index.Upsert(All[0] with { Title = "عنوان جديد عن الفلاسي", Slug = "عنوان-جديد", SourceUrl = "https://example.com/a/1" });
        index.Commit();
        var hit = Assert.Single(index.Search(new SearchRequest("الفلاسي")).Items);
        Assert.Equal(("عنوان-جديد", "https://example.com/a/1"), (hit.Slug, hit.SourceUrl));

        index.Upsert(All[0] with { Title = "عنوان آخر عن الفلاسي", Slug = "عنوان-آخر" });
        index.Commit();
        hit = Assert.Single(index.Search(new SearchRequest("الفلاسي")).Items);
        Assert.Equal(("عنوان-آخر", null), (hit.Slug, hit.SourceUrl));
    }

    [Fact]
    public void Delete_removes_an_article_from_results()
    {
        using var index = NewIndex();
        index.Delete(EmiratiSoldier);
        index.Commit();
        Assert.Empty(index.Search(new SearchRequest("الفلاسي")).Items);
    }

    [Fact]
    public void Changes_are_invisible_until_commit()
    {
        using var index = NewIndex();
        index.Delete(EmiratiSoldier);
        Assert.Single(index.Search(new SearchRequest("الفلاسي")).Items);
    }

    [Fact]
    public void Reopens_an_index_kept_in_a_folder()
    {
        var folder = FolderWithOneArticle();
        using var reopened = ArticleIndex.OpenFolder(folder);
        Assert.Equal(EmiratiSoldier, Assert.Single(reopened.Search(new SearchRequest("الفلاسي")).Items).Id);
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public void Drops_an_index_written_with_another_layout_so_that_it_is_rebuilt()
    {
        var folder = FolderWithOneArticle();
        File.WriteAllText(Path.Combine(folder, "layout.txt"), "1");
        using (var reopened = ArticleIndex.OpenFolder(folder))
        {
            Assert.Equal(0, reopened.Count);
            reopened.Upsert(All[0]);
            reopened.Commit();
        }

        using var again = ArticleIndex.OpenFolder(folder);
        Assert.Equal(1, again.Count);
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public void Documents_name_what_each_held_article_was_indexed_with_and_follow_edits_and_deletes()
    {
        using var index = NewIndex();
        var before = index.Documents();
        Assert.Equal(All.Select(a => a.Id).Order(), before.Keys.Order());
        Assert.Contains("title=" + All[0].Title, before[All[0].Id].Split('\n'));
        Assert.Contains("status=Published", before[All[0].Id].Split('\n'));

        index.Upsert(All[0] with { Status = Core.Articles.ArticleStatus.Draft, Tags = ["وسم"] });
        index.Delete(All[1].Id);
        index.Commit();
        var after = index.Documents();

        Assert.DoesNotContain(All[1].Id, after.Keys);
        Assert.Contains("status=Draft", after[All[0].Id].Split('\n'));
        Assert.Contains("tag=وسم", after[All[0].Id].Split('\n'));
        Assert.Equal(before[All[2].Id], after[All[2].Id]);
    }

    // An index folder holding All[0], closed.
    private static string FolderWithOneArticle()
    {
        var folder = Directory.CreateTempSubdirectory("articleindex-").FullName;
        using var index = ArticleIndex.OpenFolder(folder);
        index.Upsert(All[0]);
        index.Commit();
        return folder;
    }
}
