using BlazorReader.Core.Articles;
using BlazorReader.Core.Importing;
using BlazorReader.Data.ChangeLog;
using BlazorReader.Data.Curation;
using BlazorReader.Data.Writing;
using Microsoft.EntityFrameworkCore;

namespace BlazorReader.Data.Tests.Writing;

// An editor's save through the write unit.
public sealed class EditSaveTests : IAsyncLifetime
{
    private TestStore store = default!;
    private ArticleChanges changes = default!;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        store = await TestStore.CreateAsync();
        changes = store.Changes();
        await store.Importer().ImportAsync(
            [ImportItem.Ok("t", new RawArticle("أعلنت وزارة الصحة اليوم عن حملة تطعيم جديدة في الرياض.\nوتستمر الحملة أسبوعين.", Title: "حملة تطعيم في الرياض", Source: "okaz"))],
            ArticleStatus.Published, ct: Ct);
    }

    public async ValueTask DisposeAsync() => await store.DisposeAsync();

    [Fact]
    public async Task A_save_changes_the_article_keeps_the_imported_state_as_revision_one_and_logs_the_change()
    {
        var (edit, version) = (await changes.LoadAsync(1, Ct))!.Value;
        var outcome = await changes.SaveEditAsync(1, version, edit with { Title = "حملة تطعيم كبرى في الرياض", Tags = ["صحة"] }, "editor@example.org", Ct);
        Assert.Equal(2, Assert.IsType<SaveOutcome.Saved>(outcome).Revision);
        await using var db = store.Open();
        var article = await db.Articles.Include(a => a.Tags).SingleAsync(Ct);
        Assert.Equal("حملة تطعيم كبرى في الرياض", article.Title);
        Assert.Equal("صحة", Assert.Single(article.Tags).Name);
        var revisions = await db.Revisions.OrderBy(r => r.Number).ToListAsync(Ct);
        Assert.Equal(["حملة تطعيم في الرياض", "حملة تطعيم كبرى في الرياض"], revisions.Select(r => r.Title));
        Assert.Equal("title,tags", revisions[1].ChangedFields);
        Assert.Equal("editor@example.org", revisions[1].UserName);
        Assert.Contains(await db.ChangeLog.ToListAsync(Ct), c => c.ArticleId == 1 && c.Kind == ChangeKind.Updated);
        Assert.Contains(await db.Audit.ToListAsync(Ct), a => a.Action == AuditActions.ArticleEdited && a.ArticleId == 1);
    }

    [Fact]
    public async Task The_second_of_two_editors_who_opened_the_same_version_gets_a_conflict_and_overwrites_nothing()
    {
        var (edit, version) = (await changes.LoadAsync(1, Ct))!.Value;
        await changes.SaveEditAsync(1, version, edit with { Title = "عنوان المحرر الأول" }, "first@example.org", Ct);
        var second = await changes.SaveEditAsync(1, version, edit with { Title = "عنوان المحرر الثاني" }, "second@example.org", Ct);
        var conflict = Assert.IsType<SaveOutcome.Conflict>(second);
        Assert.Equal("عنوان المحرر الأول", conflict.Current.Title);
        Assert.Equal("first@example.org", conflict.SavedBy);
        Assert.Equal("عنوان المحرر الأول", (await changes.LoadAsync(1, Ct))!.Value.Edit.Title);
    }

    [Fact]
    public async Task An_edited_body_is_read_back_into_blocks_tweets_included()
    {
        var (edit, version) = (await changes.LoadAsync(1, Ct))!.Value;
        const string body = "فقرة أولى معدلة.\n\n> Vaccines save lives\n>\n> — WHO (@WHO) [2020-11-01](https://t.co/abc)\n";
        await changes.SaveEditAsync(1, version, edit with { BodyMarkdown = body }, "e", Ct);
        await using var db = store.Open();
        var article = await db.Articles.SingleAsync(Ct);
        Assert.Equal([BlockKind.Paragraph, BlockKind.Tweet], article.Blocks.Select(b => b.Kind));
        Assert.Equal("WHO", article.Blocks[1].Handle);
        Assert.Equal("فقرة أولى معدلة.", article.Lead);
    }

    [Fact]
    public async Task Restoring_a_revision_makes_a_new_revision_with_its_fields()
    {
        var (edit, version) = (await changes.LoadAsync(1, Ct))!.Value;
        var saved = (SaveOutcome.Saved)await changes.SaveEditAsync(1, version, edit with { Title = "عنوان خاطئ", Status = ArticleStatus.Hidden }, "e", Ct);
        var restored = await changes.RestoreRevisionAsync(1, 1, saved.Version, "e", Ct);
        Assert.Equal(3, Assert.IsType<SaveOutcome.Saved>(restored).Revision);
        var now = (await changes.LoadAsync(1, Ct))!.Value.Edit;
        Assert.Equal("حملة تطعيم في الرياض", now.Title);
        Assert.Equal(ArticleStatus.Published, now.Status);
    }

    [Fact]
    public async Task An_empty_title_is_refused_with_a_reason_and_nothing_is_stored()
    {
        var (edit, version) = (await changes.LoadAsync(1, Ct))!.Value;
        var outcome = await changes.SaveEditAsync(1, version, edit with { Title = "  " }, "e", Ct);
        Assert.Contains("title", Assert.IsType<SaveOutcome.Invalid>(outcome).Problems.Keys);
        await using var db = store.Open();
        Assert.Equal(0, await db.Revisions.CountAsync(Ct));
    }

    [Fact]
    public async Task Saving_an_unknown_article_says_so()
    {
        var (edit, version) = (await changes.LoadAsync(1, Ct))!.Value;
        Assert.IsType<SaveOutcome.NotFound>(await changes.SaveEditAsync(999, version, edit, "e", Ct));
    }
}
