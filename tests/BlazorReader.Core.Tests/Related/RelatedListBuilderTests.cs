using BlazorReader.Core.Related;

namespace BlazorReader.Core.Tests.Related;

public class RelatedListBuilderTests
{
    // Article 1 is the one whose list is built. Ids 2–4 tell its story in other papers (cluster 1);
    // 20–29 are topical neighbours, 20–24 all from «okaz»; 30 is a draft; 31 repeats 21's text.
    private static readonly Dictionary<int, RelatedArticleFacts> Articles = BuildArticles();

    private static readonly RelatedListBuilder Builder = new(id => Articles.GetValueOrDefault(id));

    private static Dictionary<int, RelatedArticleFacts> BuildArticles()
    {
        var articles = new Dictionary<int, RelatedArticleFacts>
        {
            [1] = new("aawsat", true, 1, 1),
            [2] = new("okaz", true, 1, 2),
            [3] = new("riyadh", true, 1, 3),
            [4] = new("alyaum", true, 1, 4),
            [30] = new("sabq", false, 30, 30),
            [31] = new("sabq", true, 31, 21),
            [40] = new("aawsat", true, 40, 1),
        };
        for (var id = 20; id < 30; id++)
        {
            articles[id] = new(id < 25 ? "okaz" : $"paper{id}", true, id, id);
        }

        return articles;
    }

    private static ScoredArticle[] Scored(params int[] ids) => [.. ids.Select((id, i) => new ScoredArticle(id, 1.0 - i / 100.0))];

    private static RelatedRequest Request(int[]? pins = null, int[]? hidden = null, int[]? teasers = null, int[]? same = null, int[]? topical = null) =>
        new(1, pins ?? [], hidden ?? [], Scored(teasers ?? []), Scored(same ?? []), Scored(topical ?? []));

    private static int[] Ids(RelatedRequest request) => [.. Builder.Build(request).Select(i => i.ArticleId)];

    [Fact]
    public void Orders_pins_then_teasers_then_same_story_then_topical()
    {
        var list = Builder.Build(Request(pins: [27, 26], teasers: [25], same: [2], topical: [28]));
        Assert.Equal([27, 26, 25, 2, 28], list.Select(i => i.ArticleId));
        Assert.Equal(
            [RelatedKind.Pinned, RelatedKind.Pinned, RelatedKind.Teaser, RelatedKind.SameStory, RelatedKind.Topical],
            list.Select(i => i.Kind));
    }

    [Theory]
    [InlineData("self as pin", new[] { 1 }, new int[0], new int[0])]
    [InlineData("self as twin", new int[0], new[] { 1 }, new int[0])]
    [InlineData("self as neighbour", new int[0], new int[0], new[] { 1 })]
    [InlineData("draft", new[] { 30 }, new[] { 30 }, new[] { 30 })]
    [InlineData("unknown id", new[] { 999 }, new[] { 999 }, new[] { 999 })]
    [InlineData("copy of its own text", new[] { 40 }, new[] { 40 }, new[] { 40 })]
    public void Leaves_out_what_may_never_be_listed(string why, int[] pins, int[] same, int[] topical) =>
        Assert.True(Ids(Request(pins: pins, same: same, topical: topical)).Length == 0, why);

    [Fact]
    public void Leaves_out_what_the_editor_hid_even_if_pinned() =>
        Assert.Equal([3], Ids(Request(pins: [2], hidden: [2, 25], same: [2, 3], topical: [25])));

    [Fact]
    public void Lists_an_article_once_under_its_first_kind()
    {
        var list = Builder.Build(Request(pins: [2], same: [2, 3], topical: [3, 25]));
        Assert.Equal([(2, RelatedKind.Pinned), (3, RelatedKind.SameStory), (25, RelatedKind.Topical)], list.Select(i => (i.ArticleId, i.Kind)));
    }

    [Fact]
    public void Skips_the_same_text_under_another_url() =>
        Assert.Equal([21], Ids(Request(topical: [21, 31])));

    [Fact]
    public void Takes_at_most_three_topical_items_from_one_source() =>
        Assert.Equal([20, 21, 22, 25], Ids(Request(topical: [20, 21, 22, 23, 24, 25])));

    [Fact]
    public void Takes_no_topical_item_from_a_cluster_already_listed() =>
        Assert.Equal([2, 25], Ids(Request(same: [2], topical: [3, 4, 25])));

    [Fact]
    public void Lets_pins_break_the_source_limit() =>
        Assert.Equal([20, 21, 22, 23], Ids(Request(pins: [20, 21, 22, 23])));

    [Fact]
    public void Stops_at_ten_items() =>
        Assert.Equal(10, Ids(Request(pins: [20, 21, 22, 23, 24], same: [2, 3, 4], topical: [25, 26, 27, 28, 29])).Length);

    [Fact]
    public void Sorts_same_story_items_by_score()
    {
        var request = Request() with { SameStory = [new(3, 0.4), new(2, 0.9)] };
        Assert.Equal([2, 3], Builder.Build(request).Select(i => i.ArticleId));
    }

    [Theory]
    [InlineData(RelatedKind.Pinned, "pinned")]
    [InlineData(RelatedKind.Teaser, "teaser")]
    [InlineData(RelatedKind.SameStory, "same-story")]
    [InlineData(RelatedKind.Topical, "topical")]
    public void Names_each_kind_as_stored_and_served(RelatedKind kind, string name)
    {
        Assert.Equal(name, kind.Name());
        Assert.Equal($"\"{name}\"", System.Text.Json.JsonSerializer.Serialize(kind));
    }
}
