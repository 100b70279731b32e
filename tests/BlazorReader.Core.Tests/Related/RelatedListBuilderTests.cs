using BlazorReader.Core.Related;

namespace BlazorReader.Core.Tests.Related;

public class RelatedListBuilderTests
{
    // Article 1 is the one whose list is built. Ids 2–4 tell its story in other papers (cluster 1);
    // 20–29 are topical neighbours, 20–24 all from «okaz»; 30 is a draft; 31 repeats 21's text;
    // 50 and 51 are one other story told by two papers; 60 and 61 are two stories under one
    // headline, and 62 runs article 1's own headline.
    private static readonly Dictionary<int, RelatedArticleFacts> Articles = BuildArticles();

    // Articles 27 and 28 share names with article 1 (a follow-up, a background piece).
    private static readonly Dictionary<int, string> Reasons = new() { [27] = "الحوثيون، صنعاء", [28] = "عدن" };

    private static readonly RelatedListBuilder Builder = new(id => Articles.GetValueOrDefault(id), (article, item) => article == 1 ? Reasons.GetValueOrDefault(item) : null);

    private static Dictionary<int, RelatedArticleFacts> BuildArticles()
    {
        var articles = new Dictionary<int, RelatedArticleFacts>
        {
            [1] = new("aawsat", true, 1, 1, HeadlineKey: 111),
            [50] = new("okaz", true, 50, 50),
            [51] = new("alyaum", true, 50, 51),
            [60] = new("okaz", true, 60, 60, HeadlineKey: 600),
            [61] = new("alwatan", true, 61, 61, HeadlineKey: 600),
            [62] = new("alwatan", true, 62, 62, HeadlineKey: 111),
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
    public void Orders_pins_then_teasers_then_topical()
    {
        var list = Builder.Build(Request(pins: [26, 25], teasers: [24], same: [2], topical: [29]));
        Assert.Equal([26, 25, 24, 29], list.Select(i => i.ArticleId));
        Assert.Equal([RelatedKind.Pinned, RelatedKind.Pinned, RelatedKind.Teaser, RelatedKind.Topical], list.Select(i => i.Kind));
    }

    [Theory]
    [InlineData("self as pin", new[] { 1 }, new int[0], new int[0])]
    [InlineData("self as neighbour", new int[0], new int[0], new[] { 1 })]
    [InlineData("draft", new[] { 30 }, new[] { 30 }, new[] { 30 })]
    [InlineData("unknown id", new[] { 999 }, new[] { 999 }, new[] { 999 })]
    [InlineData("copy of its own text", new[] { 40 }, new[] { 40 }, new[] { 40 })]
    public void Leaves_out_what_may_never_be_listed(string why, int[] pins, int[] teasers, int[] topical) =>
        Assert.True(Ids(Request(pins: pins, teasers: teasers, topical: topical)).Length == 0, why);

    [Fact]
    public void Never_lists_an_article_of_its_own_story()
    {
        // The coverage section shows the story; twins handed in are not listed either.
        Assert.Equal([25], Ids(Request(teasers: [3], same: [2, 4], topical: [2, 3, 4, 25])));
    }

    [Fact]
    public void Lets_an_editor_pin_an_article_of_its_own_story() =>
        Assert.Equal([2, 25], Ids(Request(pins: [2], topical: [3, 25])));

    [Fact]
    public void Lists_one_article_for_each_other_story() =>
        Assert.Equal([50, 25], Ids(Request(teasers: [50], topical: [51, 25])));

    [Fact]
    public void Never_lists_a_headline_twice_nor_the_articles_own() =>
        Assert.Equal([60, 25], Ids(Request(topical: [62, 60, 61, 25])));

    [Fact]
    public void Puts_neighbours_that_share_names_first_with_their_reason()
    {
        var list = Builder.Build(Request(topical: [25, 26, 28, 27]));
        Assert.Equal([28, 27, 25, 26], list.Select(i => i.ArticleId));
        Assert.Equal(["عدن", "الحوثيون، صنعاء", null, null], list.Select(i => i.Reason));
    }

    [Fact]
    public void Leaves_out_what_the_editor_hid_even_if_pinned() =>
        Assert.Equal([26], Ids(Request(pins: [25], hidden: [25, 27], topical: [27, 26])));

    [Fact]
    public void Lists_an_article_once_under_its_first_kind()
    {
        var list = Builder.Build(Request(pins: [25], teasers: [25, 26], topical: [26, 29]));
        Assert.Equal([(25, RelatedKind.Pinned), (26, RelatedKind.Teaser), (29, RelatedKind.Topical)], list.Select(i => (i.ArticleId, i.Kind)));
    }

    [Fact]
    public void Skips_the_same_text_under_another_url() =>
        Assert.Equal([21], Ids(Request(topical: [21, 31])));

    [Fact]
    public void Takes_at_most_three_topical_items_from_one_source() =>
        Assert.Equal([20, 21, 22, 25], Ids(Request(topical: [20, 21, 22, 23, 24, 25])));

    [Fact]
    public void Lets_pins_break_the_source_limit() =>
        Assert.Equal([20, 21, 22, 23], Ids(Request(pins: [20, 21, 22, 23])));

    [Fact]
    public void Stops_at_ten_items() =>
        Assert.Equal(10, Ids(Request(pins: [20, 21, 22, 23, 24], teasers: [50, 60], topical: [25, 26, 27, 28, 29])).Length);

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
