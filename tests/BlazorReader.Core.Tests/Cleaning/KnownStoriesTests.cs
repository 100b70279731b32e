using BlazorReader.Core.Articles;
using BlazorReader.Core.Cleaning;

namespace BlazorReader.Core.Tests.Cleaning;

public class KnownStoriesTests
{
    private const string OtherTitle = "الهلال يتعاقد مع مدافع برازيلي لثلاثة مواسم";
    private const string OtherLead = "أعلن نادي الهلال اليوم تعاقده مع المدافع البرازيلي لمدة ثلاثة مواسم بعد اجتيازه الفحص الطبي في الرياض.";

    private static KnownStories Store()
    {
        var known = new KnownStories();
        known.Add(OtherTitle, OtherLead);
        return known;
    }

    [Theory]
    [InlineData("الهلال يتعاقد مع مدافع برازيلي لثلاثة مواسم")]
    [InlineData("الهلال يتعاقد مع مدافع برازيلى لثلاثة مواسم!")]
    [InlineData("أعلن نادي الهلال اليوم تعاقده مع المدافع البرازيلي لمدة ثلاثة مواسم...")]
    public void Names_a_stored_article_by_its_title_or_its_lead_cut_short(string line)
    {
        Assert.True(Store().Names(line, "عنوان آخر"));
    }

    [Fact]
    public void Does_not_name_the_article_being_cleaned_or_its_copy()
    {
        Assert.False(Store().Names(OtherLead, OtherTitle));
        Assert.False(Store().Names("أعلن نادي الهلال اليوم تعاقده مع لاعب جديد", "عنوان آخر"));
    }

    [Fact]
    public void A_line_below_the_story_that_names_a_stored_article_is_a_teaser_with_nothing_else_to_show_it()
    {
        const string story = "أعلنت وزارة الصحة اليوم تسجيل حالات جديدة من الحمى في عدة مناطق من المملكة خلال الأسبوع الماضي.\n"
            + "وقالت الوزارة في بيان إن الفرق الطبية تتابع حالات الحمى وتقدم الرعاية اللازمة للمرضى.";
        var raw = new RawArticle($"{story}\n{OtherLead}", Title: "الصحة تسجل حالات جديدة");
        Assert.Empty(new ArticleCleaner().Clean(raw).Teasers);
        Assert.Equal(OtherLead, Assert.Single(new ArticleCleaner().Clean(raw, Store()).Teasers).Text);
    }

    // A stored article's lead proves only itself: the story's closing line under it, with
    // little evidence of its own, is not carried away with it.
    [Fact]
    public void A_line_naming_a_stored_article_does_not_carry_the_story_s_line_below_it_away()
    {
        const string story = "أعلنت وزارة الصحة اليوم تسجيل حالات جديدة من الحمى في عدة مناطق من المملكة خلال الأسبوع الماضي.\n"
            + "وقالت الوزارة في بيان إن الفرق الطبية تتابع حالات الحمى وتقدم الرعاية اللازمة للمرضى.";
        const string closing = "هناك مثل شعبي قديم يصور أولئك في (هذا العود وهذا طرفه) أي أن هذا غصن تلك الشجرة.";
        var raw = new RawArticle($"{story}\n{OtherLead}\n{closing}\nجميع الحقوق محفوظة © 2015", Title: "الصحة تسجل حالات جديدة");
        Assert.Contains(closing, new ArticleCleaner().Clean(raw, Store()).Blocks.Select(b => b.Text));
    }

    [Fact]
    public void Does_not_take_a_headline_of_two_words_for_a_story_name()
    {
        var known = new KnownStories();
        known.Add("حالة الطقس", null);
        Assert.False(known.Names("حالة الطقس", "عنوان آخر"));
    }

    [Fact]
    public void A_long_line_must_share_twenty_words_with_a_long_lead_not_just_a_formulaic_opening()
    {
        const string opening = "أوضح الناطق الإعلامي بشرطة منطقة مكة المكرمة العقيد دكتور عاطي القرشي ";
        var known = new KnownStories();
        known.Add("الشرطة تضبط عصابة لسرقة السيارات في جدة", opening + "أن الجهات الأمنية تمكنت من ضبط عصابة تخصصت في سرقة السيارات من أمام المنازل في أحياء جنوب جدة");
        Assert.False(known.Names(opening + "بأن الحملات الميدانية مستمرة على المخالفين لأنظمة الإقامة والعمل في العاصمة المقدسة", "عنوان آخر"));
        Assert.True(known.Names(opening + "أن الجهات الأمنية تمكنت من ضبط عصابة تخصصت في سرقة السيارات…", "عنوان آخر"));
    }
}
