using BlazorReader.Core.Related;

namespace BlazorReader.Core.Tests.Related;

public class SameStoryIndexTests
{
    private const string Story = "أعلنت وزارة الداخلية السعودية اليوم القبض على خلية إرهابية في مدينة الرياض تضم ستة أشخاص كانوا يخططون لتنفيذ هجمات على منشآت حكومية، وقالت الوزارة في بيان إن قوات الأمن ضبطت أسلحة ومتفجرات في موقعين شمال المدينة، وإن التحقيقات مستمرة لمعرفة ارتباطات الخلية بتنظيمات خارجية.";
    private const string Other = "افتتح أمير منطقة مكة المكرمة مهرجان الصيف في جدة بحضور عدد من المسؤولين، ويتضمن المهرجان فعاليات ثقافية وترفيهية للأسر والأطفال على الواجهة البحرية طوال شهر كامل، وتوقعت اللجنة المنظمة أن يزوره أكثر من مليون زائر.";
    private static readonly DateTime Day = new(2015, 7, 21, 0, 0, 0, DateTimeKind.Utc);

    private static StoryDocument Doc(int id, string text, string source, int dayOffset = 0, string? title = null) =>
        new(id, title ?? "عنوان " + id, text, source, Day.AddDays(dayOffset));

    [Fact]
    public void Signatures_are_the_same_in_every_instance_and_identical_texts_are_fully_similar()
    {
        Assert.Equal(MinHashSignature.Of(Story).Values, MinHashSignature.Of(Story).Values);
        Assert.Equal(1.0, MinHashSignature.Of(Story).Similarity(MinHashSignature.Of(Story)));
        Assert.True(MinHashSignature.Of(Story).Similarity(MinHashSignature.Of(Other)) < 0.1);
    }

    [Fact]
    public void Links_the_same_story_from_three_newspapers()
    {
        var index = new SameStoryIndex();
        index.Add(Doc(1, "واس - الرياض: " + Story, "was"));
        index.Add(Doc(2, Story + " وأضافت الوزارة أن الجهات المختصة ستعلن التفاصيل لاحقا.", "okaz"));
        index.Add(Doc(3, "الرياض - سبق: " + Story, "sabq"));
        index.Add(Doc(4, Other, "okaz"));
        Assert.Equal([2, 3], index.Twins(1).Select(t => t.Id).Order());
        Assert.Equal([1, 3], index.Twins(2).Select(t => t.Id).Order());
        Assert.Empty(index.Twins(4));
    }

    [Fact]
    public void Does_not_link_the_same_text_weeks_apart_unless_it_is_a_copy()
    {
        var index = new SameStoryIndex();
        index.Add(Doc(1, Story, "was"));
        index.Add(Doc(2, "واس - الرياض: " + Story, "okaz", dayOffset: 20));
        Assert.Empty(index.Twins(1));
    }

    [Fact]
    public void Flags_the_same_text_from_the_same_source_as_a_copy()
    {
        var index = new SameStoryIndex();
        index.Add(Doc(1, Story, "sabq"));
        index.Add(Doc(2, Story, "sabq", dayOffset: 40));
        Assert.True(Assert.Single(index.Twins(1)).Copy);
    }

    [Fact]
    public void A_removed_article_is_nobodys_twin()
    {
        var index = new SameStoryIndex();
        index.Add(Doc(1, Story, "was"));
        index.Add(Doc(2, Story + " خبر.", "okaz"));
        index.Remove(2);
        Assert.Empty(index.Twins(1));
    }
}
