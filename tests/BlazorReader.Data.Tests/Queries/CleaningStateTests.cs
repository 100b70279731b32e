using BlazorReader.Core.Articles;
using BlazorReader.Data.Queries;
using BlazorReader.Data.Tests.Curation;
using Microsoft.EntityFrameworkCore;

namespace BlazorReader.Data.Tests.Queries;

// Where each article's cleaning stands after a new cleaner, as the article list filters it and
// the dashboard counts it. The store holds one article an older cleaner wrote and `reclean`
// has not reached, one it held because an editor changed it, one it held because today's
// cleaner leaves nothing of it, and one the cleaner doubted.
public sealed class CleaningStateTests : IAsyncLifetime
{
    private RecleanStore s = default!;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private int Waiting => s.Trimmed.First(id => id != s.Seed);
    private int Edited => s.Trimmed.Last(id => id != s.Seed);
    private int NothingLeft => s.Seed;

    public async ValueTask InitializeAsync()
    {
        s = await RecleanStore.CreateAsync(Ct);
        await s.Store.Importer().ImportAsync([DoubtedArticle.Item()], ArticleStatus.Published, ct: Ct);
        var changes = s.Store.Changes();
        var (edit, version) = (await changes.LoadAsync(Edited, Ct))!.Value;
        await changes.SaveEditAsync(Edited, version, edit with { BodyMarkdown = "فقرة كتبها المحرر." }, "editor@example.org", Ct);
        await using (var db = s.Store.Open())
        {
            await db.Articles.Where(a => a.Id == NothingLeft).ExecuteUpdateAsync(x => x
                .SetProperty(a => a.RawText, "رابط الخبر بصحيفة الوئام: بالصور .. رمضان في ليبيا"), Ct);
        }
        await OlderCleaning.StampAsync(s.Store, Edited, NothingLeft);
        await s.Run().RunAsync(dryRun: false, ct: Ct);
        await OlderCleaning.KeptEverythingAsync(s.Store, Waiting);
    }

    public async ValueTask DisposeAsync() => await s.DisposeAsync();

    private async Task<List<int>> ExpectedAsync(CleaningState state)
    {
        await using var db = s.Store.Open();
        return state switch
        {
            CleaningState.OlderCleaner => [.. new[] { Waiting, Edited, NothingLeft }.Order()],
            CleaningState.HeldEdited => [Edited],
            CleaningState.HeldOther => [NothingLeft],
            // Read straight from the column: which corpus articles the cleaner doubts is the cleaner's business.
            _ => await db.Articles.Where(a => a.CleaningDoubts != null).OrderBy(a => a.Id).Select(a => a.Id).ToListAsync(Ct),
        };
    }

    [Theory]
    [InlineData(CleaningState.OlderCleaner)]
    [InlineData(CleaningState.Doubted)]
    [InlineData(CleaningState.HeldEdited)]
    [InlineData(CleaningState.HeldOther)]
    public async Task The_article_list_filtered_by_a_cleaning_state_holds_exactly_its_articles(CleaningState state)
    {
        var (total, rows) = await new ArticleListQuery(s.Store.Contexts).PageAsync(new ArticleFilter(Cleaning: state), 0, 100, Ct);

        var expected = await ExpectedAsync(state);
        Assert.Equal(expected, rows.Select(r => r.Id).Order());
        Assert.Equal(expected.Count, total);
    }

    [Fact]
    public async Task The_doubted_article_is_among_the_doubted()
    {
        var (_, rows) = await new ArticleListQuery(s.Store.Contexts).PageAsync(new ArticleFilter(Cleaning: CleaningState.Doubted), 0, 100, Ct);

        Assert.Contains(rows, r => r.Title == DoubtedArticle.Raw().Title);
    }

    [Fact]
    public async Task The_dashboard_counts_each_cleaning_state()
    {
        var figures = await new DashboardQuery(s.Store.Contexts).LoadAsync(ct: Ct);

        var expected = new List<CountOf<CleaningState>>();
        foreach (var state in Enum.GetValues<CleaningState>())
        {
            expected.Add(new(state, (await ExpectedAsync(state)).Count));
        }
        Assert.Equal(expected, figures.Cleaning);
        Assert.Equal((3, 1, 1), (figures.Cleaning[0].Count, figures.Cleaning[2].Count, figures.Cleaning[3].Count));
    }
}
