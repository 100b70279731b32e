using BlazorReader.Core.Related;

namespace BlazorReader.Core.Tests.Related;

public class RelatedListBuilderTests
{
    private static readonly Dictionary<int, string> Sources = new()
    {
        [1] = "a", [2] = "b", [3] = "c", [4] = "a", [5] = "a", [6] = "a", [7] = "a", [8] = "d", [9] = "e", [10] = "f",
        [11] = "g", [12] = "h", [13] = "i", [14] = "j",
    };

    private static RelatedListBuilder Builder(
        IReadOnlyList<(int, double)>? topical = null,
        Dictionary<int, IReadOnlyList<(int, double, bool)>>? twins = null,
        Func<int, bool>? isPublic = null) => new()
    {
        ArticleId = 1,
        Topical = topical ?? [],
        IsPublic = isPublic ?? (_ => true),
        SourceOf = id => Sources.GetValueOrDefault(id),
        TwinsOf = id => twins is not null && twins.TryGetValue(id, out var t) ? t : [],
    };

    [Fact]
    public void Orders_pins_then_teasers_then_same_story_then_topical()
    {
        var list = (Builder([(9, 5.0)], new() { [1] = [(8, 0.7, false)] }) with { Pins = [3], TeaserTargets = [2] }).Build();
        Assert.Equal([(3, RelatedKind.Pinned), (2, RelatedKind.Teaser), (8, RelatedKind.SameStory), (9, RelatedKind.Topical)],
            list.Select(i => (i.ArticleId, i.Kind)));
    }

    [Fact]
    public void Never_lists_the_article_itself_a_repeat_a_hidden_or_a_non_public_one()
    {
        var list = (Builder([(1, 9.0), (2, 8.0), (3, 7.0), (8, 6.0)], isPublic: id => id != 8)
            with { Pins = [2], Hidden = new HashSet<int> { 3 } }).Build();
        Assert.Equal([2], list.Select(i => i.ArticleId));
    }

    [Fact]
    public void Takes_at_most_three_topical_items_from_one_source()
    {
        var list = Builder([(4, 9.0), (5, 8.0), (6, 7.0), (7, 6.0), (8, 5.0)]).Build();
        Assert.Equal([4, 5, 6, 8], list.Select(i => i.ArticleId));
    }

    [Fact]
    public void Keeps_one_topical_item_per_same_story_cluster_and_no_copy_of_a_listed_text()
    {
        var twins = new Dictionary<int, IReadOnlyList<(int, double, bool)>> { [8] = [(9, 0.8, false), (10, 0.95, true)] };
        var list = Builder([(8, 9.0), (9, 8.0), (10, 7.0), (11, 6.0)], twins).Build();
        Assert.Equal([8, 11], list.Select(i => i.ArticleId));
    }

    [Fact]
    public void Holds_at_most_ten_items()
    {
        var list = Builder([.. Enumerable.Range(2, 13).Select(i => (i, 20.0 - i))]).Build();
        Assert.Equal(RelatedListBuilder.MaxItems, list.Count);
    }
}
