using BlazorReader.Core.Related;

namespace BlazorReader.Core.Tests.Related;

public class RelatedIndexTests
{
    private static readonly DateTime Day = new(2015, 7, 21, 7, 0, 0, DateTimeKind.Utc);

    private static readonly RelatedDocument[] Articles =
    [
        new(1, "كاميرون يعلن استراتيجية لمكافحة التطرف", StoryTexts.CameronWire, "aawsat", Day),
        new(2, "بريطانيا تتصدى للتطرف", StoryTexts.CameronReworded, "okaz", Day.AddHours(5)),
        new(3, "الهلال يتعاقد مع لاعب برازيلي", StoryTexts.FootballTransfer, "riyadh", Day),
        new(4, "غبار على الشرقية", StoryTexts.RiyadhWeather, "alyaum", Day),
    ];

    [Fact]
    public void Puts_the_other_papers_copy_in_the_story_not_in_the_list()
    {
        // Issue 15: the article page's coverage section shows the story; the list holds others.
        var index = RelatedIndex.Build(Articles);
        Assert.Contains(2, index.SameStory.StoryMembers(1));
        Assert.DoesNotContain(2, index.ListFor(1).Select(i => i.ArticleId));
    }

    [Fact]
    public void Adding_an_article_names_the_lists_it_joins()
    {
        var index = RelatedIndex.Build(Articles[..1].Concat(Articles[2..]).ToArray());
        var affected = index.Add(Articles[1]);
        Assert.Contains(1, affected);
        Assert.Contains(2, index.SameStory.StoryMembers(1));
    }

    [Fact]
    public void Building_at_once_equals_adding_one_by_one()
    {
        var built = RelatedIndex.Build(Articles);
        var added = new RelatedIndex();
        foreach (var article in Articles)
        {
            added.Add(article);
        }

        Assert.All(Articles, a => Assert.Equal(built.ListFor(a.Id), added.ListFor(a.Id)));
    }

    [Fact]
    public void Building_page_by_page_equals_building_at_once()
    {
        var built = RelatedIndex.Build(Articles);
        var builder = new RelatedIndexBuilder();
        builder.AddPage(Articles[..1]);
        builder.AddPage(Articles[1..3]);
        builder.AddPage(Articles[3..]);
        var paged = builder.Build();

        Assert.All(Articles, a => Assert.Equal(built.ListFor(a.Id), paged.ListFor(a.Id)));
        Assert.All(Articles, a => Assert.Equal(built.Facts(a.Id), paged.Facts(a.Id)));
    }

    [Fact]
    public void Keeps_articles_that_are_not_public_out_of_every_list()
    {
        var index = RelatedIndex.Build(Articles, isPublic: id => id != 2);
        Assert.DoesNotContain(2, index.ListFor(1).Select(i => i.ArticleId));
    }
}
