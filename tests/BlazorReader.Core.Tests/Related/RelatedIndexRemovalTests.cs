using BlazorReader.Core.Related;

namespace BlazorReader.Core.Tests.Related;

// Remove is specified against the index that never held the article: same lists, same
// clusters, same text keys, for every article that remains.
public class RelatedIndexRemovalTests
{
    private static readonly DateTime Day = new(2015, 7, 21, 7, 0, 0, DateTimeKind.Utc);

    // The Kadyrov report as four papers printed it (ids 1-4), then the Cameron wire in two
    // papers, a transfer and a weather report (ids 5-8).
    private static readonly IReadOnlyList<RelatedDocument> Articles =
    [
        .. CorpusFixture.Load("kadyrov-in-jeddah.json"),
        new(5, "كاميرون يعلن استراتيجية لمكافحة التطرف", StoryTexts.CameronWire, "was", Day),
        new(6, "بريطانيا تتصدى للتطرف", StoryTexts.CameronReworded, "sabq", Day.AddHours(5)),
        new(7, "الهلال يتعاقد مع لاعب برازيلي", StoryTexts.FootballTransfer, "riyadh", Day),
        new(8, "غبار على الشرقية", StoryTexts.RiyadhWeather, "alyaum", Day),
    ];

    private static RelatedIndex AddedOneByOne(IEnumerable<RelatedDocument> articles)
    {
        var index = new RelatedIndex();
        foreach (var article in articles)
        {
            index.Add(article);
        }

        return index;
    }

    private static void AssertSameIndex(RelatedIndex expected, RelatedIndex actual, IEnumerable<int> ids)
    {
        Assert.Equal(expected.Count, actual.Count);
        Assert.All(ids, id =>
        {
            Assert.Equal(expected.ListFor(id), actual.ListFor(id));
            Assert.Equal(expected.Facts(id), actual.Facts(id));
            Assert.Equal(expected.SameStory.TwinsOf(id), actual.SameStory.TwinsOf(id));
        });
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(8)]
    public void Removing_an_article_leaves_the_index_built_without_it(int removed)
    {
        var index = AddedOneByOne(Articles);
        index.Remove(removed);

        var others = Articles.Where(a => a.Id != removed).ToList();
        AssertSameIndex(RelatedIndex.Build(others), index, others.Select(a => a.Id));
        Assert.Null(index.Facts(removed));
        Assert.Empty(index.ListFor(removed));
    }

    [Fact]
    public void Removing_every_copy_of_a_story_but_one_leaves_it_alone()
    {
        var index = AddedOneByOne(Articles);
        foreach (var id in new[] { 2, 3, 4 })
        {
            index.Remove(id);
        }

        Assert.DoesNotContain(index.ListFor(1), item => item.Kind == RelatedKind.SameStory);
        Assert.Equal(1, index.Facts(1)!.SameStoryCluster);
    }

    [Fact]
    public void Removing_an_unknown_id_changes_nothing()
    {
        var index = AddedOneByOne(Articles);
        Assert.Empty(index.Remove(99));
        AssertSameIndex(RelatedIndex.Build(Articles), index, Articles.Select(a => a.Id));
    }

    // Lists that reach it by their own topical query are not all named (topical nearness is
    // not symmetric): the caller also recomputes the lists stored with it.
    [Fact]
    public void Removing_names_the_lists_of_its_story_and_its_neighbours()
    {
        var index = AddedOneByOne(Articles);
        var mayHold = index.ListsThatMayHold(6);
        Assert.Contains(5, mayHold);
        Assert.Equal(mayHold.Order(), index.Remove(6).Order());
    }

    [Fact]
    public void An_edited_text_leaves_its_old_story_and_joins_the_one_it_now_tells()
    {
        var index = AddedOneByOne(Articles);
        var kadyrovInSabq = Articles[1] with { Id = 6, Source = "sabq" };

        var affected = index.Replace(kadyrovInSabq);

        Assert.Contains(5, affected);
        Assert.Contains(1, affected);
        Assert.DoesNotContain(6, index.ListFor(5).Select(i => i.ArticleId));
        Assert.Contains(6, index.SameStory.StoryMembers(2));
        Assert.Equal(1, index.Facts(6)!.SameStoryCluster);
        var expected = RelatedIndex.Build([.. Articles.Where(a => a.Id != 6), kadyrovInSabq]);
        AssertSameIndex(expected, index, Articles.Select(a => a.Id));
    }
}
