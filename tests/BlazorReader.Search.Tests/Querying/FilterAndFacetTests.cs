using BlazorReader.Core.Articles;
using static BlazorReader.Search.Tests.NewsFixtures;

namespace BlazorReader.Search.Tests.Querying;

public class FilterAndFacetTests
{
    private static SearchResults Search(SearchRequest request)
    {
        using var index = NewIndex();
        return index.Search(request);
    }

    private static List<int> Ids(SearchRequest request) => Search(request).Items.Select(i => i.Id).Order().ToList();

    [Fact]
    public void Filters_by_source() => Assert.Equal([Qarabagh], Ids(new SearchRequest("أعلنت") { Source = "was" }));

    [Fact]
    public void Filters_by_tag() => Assert.Equal([HealthJobs, HealthJobsRepeat], Ids(new SearchRequest("أعلنت") { Tag = "وظائف" }));

    [Fact]
    public void Filters_by_date_range_with_the_last_day_included()
    {
        var request = new SearchRequest("أعلنت") { From = new DateTime(2015, 7, 22), To = new DateTime(2015, 7, 22) };
        Assert.Equal([HealthJobsRepeat], Ids(request));
    }

    [Fact]
    public void Public_search_finds_published_articles_only() => Assert.Equal([Qarabagh], Ids(new SearchRequest("المدارس")));

    [Fact]
    public void Editors_find_drafts_and_hidden_articles()
    {
        var request = new SearchRequest("المدارس") { Statuses = [ArticleStatus.Published, ArticleStatus.Draft, ArticleStatus.Hidden] };
        Assert.Equal([Qarabagh, SchoolsDraft, HiddenNote], Ids(request));
    }

    [Fact]
    public void Pages_through_results_without_overlap()
    {
        using var index = NewIndex();
        var first = index.Search(new SearchRequest("أعلنت") { Size = 3, Page = 1 });
        var second = index.Search(new SearchRequest("أعلنت") { Size = 3, Page = 2 });
        Assert.Equal((4, 3, 1), (first.Total, first.Items.Count, second.Items.Count));
        Assert.Empty(first.Items.Select(i => i.Id).Intersect(second.Items.Select(i => i.Id)));
    }

    [Fact]
    public void Counts_sources_over_all_matches()
    {
        var facets = Search(new SearchRequest("وظيفة") { Size = 1 }).Facets;
        Assert.Equal([new FacetCount("alweeam", 1), new FacetCount("sabq", 1)], facets.Sources.OrderBy(f => f.Value));
    }

    [Fact]
    public void Counts_years_newest_first()
    {
        var facets = Search(new SearchRequest("عبد")).Facets;
        Assert.Equal([new FacetCount("2015", 1), new FacetCount("2014", 1)], facets.Years);
    }
}
