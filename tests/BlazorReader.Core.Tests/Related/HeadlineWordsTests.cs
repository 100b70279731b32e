using BlazorReader.Core.Related;

namespace BlazorReader.Core.Tests.Related;

public class HeadlineWordsTests
{
    [Fact]
    public void Gives_one_key_to_one_headline_spelled_two_ways() =>
        Assert.Equal(HeadlineWords.Of("أمير الرياض يستقبل السفير الأمريكي").Key, HeadlineWords.Of("امير الرياض يستقبل السفير الأمريكى").Key);

    [Fact]
    public void Quotes_names_without_the_letters_glued_in_front() =>
        Assert.Equal(["مقذوفات", "حوثية", "صنعاء", "الحوثيين"],
            HeadlineWords.Of("مقذوفات حوثية وبصنعاء للحوثيين").Words.Select(w => w.Display));

    [Fact]
    public void Keeps_a_word_whose_first_letter_is_its_own() =>
        Assert.Equal(["باني", "الهلال"], HeadlineWords.Of("باني الهلال").Words.Select(w => w.Display));

    [Fact]
    public void Gives_the_shared_names_as_the_reason_for_a_link()
    {
        var monday = new DateTime(2015, 8, 3, 9, 0, 0, DateTimeKind.Utc);
        var index = RelatedIndex.Build(
        [
            new(1, "غارات للتحالف على مواقع الحوثيين في صنعاء", "شنت طائرات التحالف العربي غارات على مواقع لميليشيات الحوثيين في صنعاء فجر اليوم.", "was", monday),
            new(2, "الحوثيون يعتقلون صحفيين في صنعاء", "اعتقلت ميليشيات الحوثيين خمسة صحفيين من مقر صحيفة في صنعاء بعد مداهمته مساء أمس.", "okaz", monday.AddDays(1)),
            new(3, "الهلال يتعاقد مع لاعب برازيلي", "أعلن نادي الهلال تعاقده مع لاعب وسط برازيلي لثلاثة مواسم.", "alyaum", monday),
        ]);
        // In the form the linked headline prints them: that is the line the reader sees.
        Assert.Equal("الحوثيون، صنعاء", index.Reason(1, 2));
        Assert.Null(index.Reason(1, 3));
    }
}
