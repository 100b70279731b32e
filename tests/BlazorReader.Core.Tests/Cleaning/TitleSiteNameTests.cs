using BlazorReader.Core.Articles;
using BlazorReader.Core.Cleaning;

namespace BlazorReader.Core.Tests.Cleaning;

// A page's title field carries the site's name past a mark; the headline is what is left. A
// paper's name that is also a place or a word goes only past a mark no headline uses inside.
public class TitleSiteNameTests
{
    [Theory]
    [InlineData("أمير مكة يفتتح المعرض | الوئام")]
    [InlineData("صحيفة سبق - أمير مكة يفتتح المعرض")]
    [InlineData("أمير مكة يفتتح المعرض — العربية نت")]
    [InlineData("الرياض الإلكترونية :: أمير مكة يفتتح المعرض")]
    [InlineData("أمير مكة يفتتح المعرض • الرياض")]
    [InlineData("أمير مكة يفتتح المعرض » اليوم")]
    [InlineData("عكاظ/ أمير مكة يفتتح المعرض")]
    public void The_site_s_name_comes_off(string given)
    {
        Assert.Equal("أمير مكة يفتتح المعرض", TitleSiteName.Strip(given));
    }

    [Theory]
    [InlineData("ناس يكرم طاقم رحلة حائل - الرياض")]
    [InlineData("ديربي ساخن بين تشيلسي وآرسنال في مباراة «الدرع الخيرية» اليوم")]
    [InlineData("الرياض: 6 إصابات في حادث تصادم على طريق مكة")]
    [InlineData("عكاظ: أصالة ومعاصرة")]
    [InlineData("الإجراءات تعطل حضور «أجانب» الخليج")]
    [InlineData("سبق | الوئام")]
    public void A_headline_that_names_a_paper_or_a_place_stays(string given)
    {
        Assert.Equal(given, TitleSiteName.Strip(given));
    }

    [Fact]
    public void The_cleaned_article_s_title_is_the_headline_and_its_copy_above_the_lead_goes()
    {
        var raw = new RawArticle(string.Join('\n', ["النهضة يتعاقد مع الرجاء والكسار", .. StoryLines.Three]), Title: "النهضة يتعاقد مع الرجاء والكسار | صحيفة الوئام");

        var cleaned = new ArticleCleaner().Clean(raw);

        Assert.Equal("النهضة يتعاقد مع الرجاء والكسار", cleaned.Title);
        Assert.Equal(StoryLines.Three, cleaned.Blocks.Select(b => b.Text));
    }
}
