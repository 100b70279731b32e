using BlazorReader.Core.Articles;
using BlazorReader.Core.Cleaning;
using BlazorReader.Data.Articles;
using BlazorReader.Data.ChangeLog;
using BlazorReader.Data.Curation;
using BlazorReader.Data.Writing;
using Microsoft.EntityFrameworkCore;

namespace BlazorReader.Data.Tests.Curation;

// What `reclean` cleans again, and what it leaves for people.
public sealed class RecleanRunTests : IAsyncLifetime
{
    private RecleanStore s = default!;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => s = await RecleanStore.CreateAsync(Ct);

    public async ValueTask DisposeAsync() => await s.DisposeAsync();

    [Fact]
    public async Task Cleans_again_only_the_articles_an_older_cleaner_wrote()
    {
        await OlderCleaning.KeptEverythingAsync(s.Store, s.Trimmed[0]);
        await OlderCleaning.KeptEverythingAsync(s.Store, s.Trimmed[3]);
        var before = await s.StampsAsync(Ct);

        var report = await s.Run().RunAsync(dryRun: false, ct: Ct);

        Assert.Equal((2, 2), (report.Waiting, report.Outcomes[RecleanOutcome.Recleaned]));
        var after = await s.StampsAsync(Ct);
        Assert.All(after.Values, a => Assert.Equal(ArticleCleaner.Version, a.CleanerVersion));
        Assert.Equal(after.Count - 2, after.Keys.Count(id => after[id].Version == before[id].Version));
        await using var db = s.Store.Open();
        var recleaned = await db.Articles.SingleAsync(a => a.Id == s.Trimmed[0], Ct);
        Assert.Equal(new ArticleCleaner().Clean(ArticleAssembler.RawOf(recleaned)).Markdown, recleaned.BodyMarkdown);
    }

    [Fact]
    public async Task An_article_cleaned_again_gets_a_revision_by_reclean_over_the_stored_one_a_change_log_entry_and_an_audit_line()
    {
        await OlderCleaning.KeptEverythingAsync(s.Store, s.Trimmed[0]);
        string olderBody;
        await using (var db = s.Store.Open())
        {
            olderBody = (await db.Articles.SingleAsync(a => a.Id == s.Trimmed[0], Ct)).BodyMarkdown;
        }

        await s.Run().RunAsync(dryRun: false, ct: Ct);

        await using var after = s.Store.Open();
        var revisions = await after.Revisions.Where(r => r.ArticleId == s.Trimmed[0]).OrderBy(r => r.Number).ToListAsync(Ct);
        Assert.Equal([ArticleRevision.ImportedBy, ArticleRevision.RecleanedBy], revisions.Select(r => r.UserName));
        Assert.Equal(olderBody, revisions[0].BodyMarkdown);
        Assert.Equal("reclean,body", revisions[1].ChangedFields);
        var logged = await after.ChangeLog.OrderBy(c => c.Sequence).LastAsync(Ct);
        Assert.Equal((s.Trimmed[0], ChangeKind.Updated), (logged.ArticleId, logged.Kind));
        var audit = await after.Audit.SingleAsync(a => a.Action == AuditActions.Recleaned, Ct);
        Assert.Equal((ArticleRevision.RecleanedBy, s.Trimmed[0]), (audit.UserName, audit.ArticleId));
    }

    [Fact]
    public async Task An_article_whose_cleaning_comes_out_the_same_only_moves_to_the_new_version()
    {
        await OlderCleaning.StampAsync(s.Store, s.Trimmed[1]);
        var before = await s.StampsAsync(Ct);

        var report = await s.Run().RunAsync(dryRun: false, ct: Ct);

        Assert.Equal(1, report.Outcomes[RecleanOutcome.Unchanged]);
        Assert.Equal((ArticleCleaner.Version, before[s.Trimmed[1]].Version), (await s.StampsAsync(Ct))[s.Trimmed[1]]);
        await using var db = s.Store.Open();
        Assert.Empty(await db.Revisions.ToListAsync(Ct));
        Assert.Empty(await db.Audit.ToListAsync(Ct));
    }

    [Fact]
    public async Task An_article_an_editor_changed_is_not_overwritten_but_marked_as_waiting_for_an_editor()
    {
        var changes = s.Store.Changes();
        var (edit, version) = (await changes.LoadAsync(s.Trimmed[0], Ct))!.Value;
        await changes.SaveEditAsync(s.Trimmed[0], version, edit with { BodyMarkdown = "فقرة كتبها المحرر وحدها." }, "editor@example.org", Ct);
        await OlderCleaning.StampAsync(s.Store, s.Trimmed[0]);

        var report = await s.Run().RunAsync(dryRun: false, ct: Ct);

        Assert.Equal(1, report.Outcomes[RecleanOutcome.Held]);
        await using var db = s.Store.Open();
        var article = await db.Articles.SingleAsync(a => a.Id == s.Trimmed[0], Ct);
        Assert.Equal("فقرة كتبها المحرر وحدها.", article.BodyMarkdown.Trim());
        Assert.Equal((1, ArticleCleaner.Version), (article.CleanerVersion, article.RecleanSkippedVersion));
        var audit = await db.Audit.SingleAsync(a => a.Action == AuditActions.RecleanSkipped, Ct);
        Assert.Contains("editor@example.org", audit.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_later_run_does_not_look_again_at_an_article_left_for_an_editor_but_counts_it()
    {
        var changes = s.Store.Changes();
        var (edit, version) = (await changes.LoadAsync(s.Trimmed[0], Ct))!.Value;
        await changes.SaveEditAsync(s.Trimmed[0], version, edit with { BodyMarkdown = "فقرة كتبها المحرر وحدها." }, "editor@example.org", Ct);
        await OlderCleaning.StampAsync(s.Store, s.Trimmed[0]);
        var first = await s.Run().RunAsync(dryRun: false, ct: Ct);

        var later = await s.Run().RunAsync(dryRun: false, ct: Ct);

        Assert.Equal((1, 0), (first.Waiting, first.HeldBefore));
        Assert.Equal((0, 0, 1), (later.Waiting, later.Seen, later.HeldBefore));
    }

    [Fact]
    public async Task An_article_an_editor_changed_and_then_cleaned_again_in_the_admin_is_cleaned_again_like_any_other()
    {
        var changes = s.Store.Changes();
        var (edit, version) = (await changes.LoadAsync(s.Trimmed[0], Ct))!.Value;
        var saved = (SaveOutcome.Saved)await changes.SaveEditAsync(s.Trimmed[0], version, edit with { BodyMarkdown = "فقرة كتبها المحرر وحدها." },
            "editor@example.org", Ct);
        await changes.RecleanAsync(s.Trimmed[0], saved.Version, "editor@example.org", Ct);
        await OlderCleaning.KeptEverythingAsync(s.Store, s.Trimmed[0]);

        var report = await s.Run().RunAsync(dryRun: false, ct: Ct);

        Assert.Equal(1, report.Outcomes[RecleanOutcome.Recleaned]);
        Assert.Empty(report.Held);
    }

    [Fact]
    public async Task An_article_an_editor_changed_after_cleaning_it_again_in_the_admin_is_left_for_an_editor()
    {
        var changes = s.Store.Changes();
        var recleaned = (SaveOutcome.Saved)await changes.RecleanAsync(s.Trimmed[0], (await changes.LoadAsync(s.Trimmed[0], Ct))!.Value.Version,
            "editor@example.org", Ct);
        var (edit, _) = (await changes.LoadAsync(s.Trimmed[0], Ct))!.Value;
        await changes.SaveEditAsync(s.Trimmed[0], recleaned.Version, edit with { BodyMarkdown = "فقرة كتبها المحرر وحدها." }, "editor@example.org", Ct);
        await OlderCleaning.StampAsync(s.Store, s.Trimmed[0]);

        var report = await s.Run().RunAsync(dryRun: false, ct: Ct);

        Assert.Equal((s.Trimmed[0], RecleanOutcome.Held), (Assert.Single(report.Held).Id, Assert.Single(report.Held).Outcome));
    }

    [Fact]
    public async Task An_article_an_editor_only_returned_to_drafts_is_cleaned_again_and_keeps_its_status()
    {
        var changes = s.Store.Changes();
        var (edit, version) = (await changes.LoadAsync(s.Trimmed[0], Ct))!.Value;
        await changes.SaveEditAsync(s.Trimmed[0], version, edit with { Status = ArticleStatus.Draft }, "editor@example.org", Ct);
        await OlderCleaning.KeptEverythingAsync(s.Store, s.Trimmed[0]);

        var report = await s.Run().RunAsync(dryRun: false, ct: Ct);

        Assert.Equal(1, report.Outcomes[RecleanOutcome.Recleaned]);
        await using var db = s.Store.Open();
        var article = await db.Articles.SingleAsync(a => a.Id == s.Trimmed[0], Ct);
        Assert.Equal((ArticleStatus.Draft, ArticleCleaner.Version), (article.Status, article.CleanerVersion));
    }

    [Fact]
    public async Task An_article_todays_cleaner_would_leave_nothing_of_is_kept_and_left_for_an_editor()
    {
        await using (var db = s.Store.Open())
        {
            await db.Articles.Where(a => a.Id == s.Seed).ExecuteUpdateAsync(x => x
                .SetProperty(a => a.RawText, "رابط الخبر بصحيفة الوئام: بالصور .. رمضان في ليبيا").SetProperty(a => a.CleanerVersion, 1), Ct);
        }
        var before = await s.StampsAsync(Ct);

        var report = await s.Run().RunAsync(dryRun: false, ct: Ct);

        var held = Assert.Single(report.Held);
        Assert.Equal((s.Seed, RecleanOutcome.Held), (held.Id, held.Outcome));
        Assert.Equal(before[s.Seed], (await s.StampsAsync(Ct))[s.Seed]);
        Assert.Equal((0, 0), ((await s.Run().RunAsync(dryRun: false, ct: Ct)).Waiting, report.Outcomes.GetValueOrDefault(RecleanOutcome.Failed)));
    }

    [Fact]
    public async Task An_article_saved_while_its_batch_was_being_written_is_left_for_the_next_run()
    {
        await OlderCleaning.KeptEverythingAsync(s.Store, s.Trimmed[0]);
        await OlderCleaning.KeptEverythingAsync(s.Store, s.Trimmed[1]);
        var changes = s.Store.Changes();
        var colleague = new BeforeTheFirstTransaction(async () =>
        {
            var (edit, version) = (await changes.LoadAsync(s.Trimmed[0], Ct))!.Value;
            await changes.SaveEditAsync(s.Trimmed[0], version, edit with { Title = "عنوان زميل" }, "colleague@example.org", Ct);
        });

        var report = await s.Run(contexts: s.Store.ContextsWith(colleague)).RunAsync(dryRun: false, ct: Ct);

        Assert.Equal((1, 1), (report.Outcomes[RecleanOutcome.ChangedMeanwhile], report.Outcomes[RecleanOutcome.Recleaned]));
        var stamps = await s.StampsAsync(Ct);
        Assert.Equal((1, ArticleCleaner.Version), (stamps[s.Trimmed[0]].CleanerVersion, stamps[s.Trimmed[1]].CleanerVersion));
        var next = await s.Run().RunAsync(dryRun: false, ct: Ct);
        Assert.Equal(1, next.Outcomes[RecleanOutcome.Held]);
    }
}
