using BlazorReader.Core.Cleaning;
using BlazorReader.Data.Queries;
using BlazorReader.Data.Tests.Curation;
using BlazorReader.Data.Writing;

namespace BlazorReader.Data.Tests.Queries;

// The dashboard's "needs a look" list: what the cleaner doubted, and what `reclean` left for an editor.
public sealed class DashboardQueryTests : IAsyncLifetime
{
    private RecleanStore s = default!;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        s = await RecleanStore.CreateAsync(Ct);
        await s.Store.Importer().ImportAsync([DoubtedArticle.Item()], Core.Articles.ArticleStatus.Published, ct: Ct);
    }

    public async ValueTask DisposeAsync() => await s.DisposeAsync();

    [Fact]
    public async Task Lists_an_article_the_cleaner_doubted_with_the_lines_it_doubted()
    {
        var figures = await new DashboardQuery(s.Store.Contexts).LoadAsync(ct: Ct);

        var doubted = Assert.Single(figures.Flagged, f => f.Title == DoubtedArticle.Raw().Title);
        Assert.Equal(new ArticleCleaner().Clean(DoubtedArticle.Raw()).Doubts, doubted.Doubts);
    }

    [Fact]
    public async Task Lists_first_an_article_reclean_left_for_an_editor_saying_a_person_changed_it()
    {
        var changes = s.Store.Changes();
        var (edit, version) = (await changes.LoadAsync(s.Trimmed[^1], Ct))!.Value;
        await changes.SaveEditAsync(s.Trimmed[^1], version, edit with { BodyMarkdown = "فقرة كتبها المحرر." }, "editor@example.org", Ct);
        await OlderCleaning.StampAsync(s.Store, s.Trimmed[^1]);
        await s.Run().RunAsync(dryRun: false, ct: Ct);

        var figures = await new DashboardQuery(s.Store.Contexts).LoadAsync(ct: Ct);

        var first = figures.Flagged[0];
        Assert.Equal((s.Trimmed[^1], ArticleCleaner.Version, true), (first.Id, first.RecleanSkippedVersion, first.ChangedByHand));
    }

    [Fact]
    public async Task An_article_left_for_an_editor_leaves_the_list_once_the_editor_cleans_it_again()
    {
        var changes = s.Store.Changes();
        var (edit, version) = (await changes.LoadAsync(s.Seed, Ct))!.Value;
        var saved = (SaveOutcome.Saved)await changes.SaveEditAsync(s.Seed, version, edit with { BodyMarkdown = "فقرة كتبها المحرر." },
            "editor@example.org", Ct);
        await OlderCleaning.StampAsync(s.Store, s.Seed);
        await s.Run().RunAsync(dryRun: false, ct: Ct);

        await changes.RecleanAsync(s.Seed, saved.Version, "editor@example.org", Ct);

        var figures = await new DashboardQuery(s.Store.Contexts).LoadAsync(ct: Ct);
        Assert.DoesNotContain(figures.Flagged, f => f.RecleanSkippedVersion is not null);
        Assert.Equal(ArticleCleaner.Version, (await s.StampsAsync(Ct))[s.Seed].CleanerVersion);
    }
}
