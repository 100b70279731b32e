using BlazorReader.Core.Cleaning;

namespace BlazorReader.Core.Tests.Cleaning;

// At import, a stored article's title printed with a few words of the page round it (a
// section, an age, a date, a number) names that article; its words buried in a paragraph do not.
public class LabelledTitleFamilyTests
{
    private const string Title = "فيصل بن خالد يدشن مبنى الـ32 مليونا لزراعة عسير";

    private const string StoredTitle = "أمير منطقة الرياض يستقبل رئيس لجنة التعليم بمجلس الغرف السعودية";

    public static TheoryData<string> TitlesWithLabels()
    {
        var data = new TheoryData<string>();
        string[] before = ["", "عام / ", "رياضة | ", "3. ", "محليات - أخبار: "];
        string[] after = ["", " - منذ ساعتين", " | 12 أغسطس 2015", " (فيديو)", " - قبل 3 أيام"];
        foreach (var b in before)
        {
            foreach (var a in after)
            {
                data.Add(b + StoredTitle + a);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(TitlesWithLabels))]
    public void A_stored_title_with_a_few_words_of_the_page_round_it_is_named(string line)
    {
        var known = new KnownStories();
        known.Add(StoredTitle, null);
        Assert.True(known.Names(line, Title));
        Assert.False(known.Names(line, StoredTitle));
    }

    [Theory]
    // The title's words inside a longer paragraph are the story's own words.
    [InlineData("وقال إن أمير منطقة الرياض يستقبل رئيس لجنة التعليم بمجلس الغرف السعودية في مكتبه بالإمارة غدا.")]
    // Four of its words with page words round them: too few to name it.
    [InlineData("عام / أمير منطقة الرياض يستقبل")]
    public void A_line_that_holds_only_part_of_a_stored_title_or_buries_it_is_not_named(string line)
    {
        var known = new KnownStories();
        known.Add(StoredTitle, null);
        Assert.False(known.Names(line, Title));
    }
}
