using BlazorReader.Core.Articles;
using BlazorReader.Core.Cleaning;

namespace BlazorReader.Core.Tests.Cleaning;

public class TitleAndDateTests
{
    [Theory]
    [InlineData("أعلنت الوزارة نتائج القبول، وبدأت استقبال الطلاب غدا.", "أعلنت الوزارة نتائج القبول")]
    [InlineData("الهلال يفوز على النصر", "الهلال يفوز على النصر")]
    public void Derives_a_title_from_the_first_clause_of_the_lead(string lead, string title)
    {
        Assert.Equal(title, TitleDeriver.Derive(lead));
    }

    [Fact]
    public void Cuts_a_long_lead_at_a_word_boundary_within_120_characters()
    {
        var lead = string.Join(' ', Enumerable.Repeat("كلمة", 60));
        var title = TitleDeriver.Derive(lead);
        Assert.InRange(title.Length, 5, 120);
        Assert.False(title.EndsWith(' '));
        Assert.StartsWith(title, lead, StringComparison.Ordinal);
    }

    [Fact]
    public void A_headline_printed_above_the_lead_becomes_the_derived_title_and_leaves_the_body()
    {
        const string lead = "أطلقت أمانة المنطقة مشروعا جديدا لتطوير الحدائق العامة في الأحياء الشمالية من المدينة.";
        var cleaned = new ArticleCleaner().Clean(new RawArticle("أمانة المنطقة تطلق مشروعا لتطوير الحدائق\n" + lead));
        Assert.Equal(("أمانة المنطقة تطلق مشروعا لتطوير الحدائق", true), (cleaned.Title, cleaned.TitleDerived));
        Assert.Equal(lead, Assert.Single(cleaned.Blocks).Text);
    }

    // Under an app's bar or a viewer's rows, the headline printed with the site's name is the
    // title without the name; a caption over the lead that tells what it tells is no headline.
    [Theory]
    [InlineData("أمانة المنطقة تطلق مشروعا لتطوير الحدائق • صحيفة الحياة")]
    [InlineData("موقع الخليج – أمانة المنطقة تطلق مشروعا لتطوير الحدائق")]
    public void A_headline_with_the_site_s_name_under_a_bar_becomes_the_title(string headline)
    {
        const string lead = "أطلقت أمانة المنطقة مشروعا جديدا لتطوير الحدائق العامة في الأحياء الشمالية من المدينة.";
        var cleaned = new ArticleCleaner().Clean(new RawArticle(string.Join('\n', "طلب الدمج رقم 3842 — تحديث", "articles/2015/07/8ozjorc71nq.txt", headline, lead)));
        Assert.Equal(("أمانة المنطقة تطلق مشروعا لتطوير الحدائق", true), (cleaned.Title, cleaned.TitleDerived));
        Assert.Equal(lead, cleaned.Blocks[^1].Text);
        Assert.DoesNotContain(cleaned.Blocks, b => b.Text == headline);
    }

    [Fact]
    public void A_kicker_under_an_agency_s_dateline_is_no_headline()
    {
        const string lead = "قام وفد من أعضاء مجلس إدارة جمعية عنيزة للخدمات الإنسانية بزيارة أسرة الشيخ علي الجفالي في جدة لتقديم واجب العزاء.";
        var cleaned = new ArticleCleaner().Clean(new RawArticle(string.Join('\n', "حساباتي ¦ التحويلات ¦ أخبار السوق ¦ المزيد", "وفد من عنيزة يعزي أسرة الشيخ علي الجفالي في جدة", "تقرير : سعد بن خالد المالكي، تبوك", "Share Tweet WhatsApp Email", "د.ب.أ - بيروت: الوفد القادم من عنيزة", "📷 أثناء الزيارة (بدر الغامدي)", lead)));
        Assert.Contains(cleaned.Blocks, b => b.Text.EndsWith("الوفد القادم من عنيزة", StringComparison.Ordinal));
    }

    [Fact]
    public void A_caption_over_the_lead_under_a_name_stays()
    {
        const string lead = "باشرت فرق من الدفاع المدني حريقاً هائلاً شبّ في مزارع النخيل غرب المنطقة، وتسبب في احتراق كمية كبيرة من النخيل.";
        var cleaned = new ArticleCleaner().Clean(new RawArticle(string.Join('\n', "بدر الرشيد", "كمية كبيرة من النخيل تم اشتعالها", lead)));
        Assert.Contains(cleaned.Blocks, b => b.Text == "كمية كبيرة من النخيل تم اشتعالها");
    }

    [Fact]
    public void Keeps_a_given_title_and_does_not_flag_it()
    {
        var cleaned = new ArticleCleaner().Clean(new RawArticle("نص الخبر.", Title: "  عنوان  الخبر "));
        Assert.Equal(("عنوان الخبر", false), (cleaned.Title, cleaned.TitleDerived));
    }

    [Theory]
    [InlineData("الرياض 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م واس", 2015, 8, 11)]
    [InlineData("الموافق ١١ اغسطس ٢٠١٥ م", 2015, 8, 11)]
    [InlineData("جدة 5 مارس 2016", 2016, 3, 5)]
    public void Reads_gregorian_dates_with_arabic_month_names(string text, int y, int m, int d)
    {
        Assert.Equal(new DateOnly(y, m, d), DateInferrer.GregorianDate(text));
    }

    [Fact]
    public void A_given_date_wins_and_is_not_flagged_as_inferred()
    {
        var cleaned = new ArticleCleaner().Clean(new RawArticle("نص.\nhttps://t.co/a\n— A (@b) May 1, 2020", PublishedAt: new DateTime(2021, 1, 2)));
        Assert.Equal((new DateOnly(2021, 1, 2), false), (cleaned.PublishedAt, cleaned.PublishedAtInferred));
    }

    [Fact]
    public void A_copyright_year_alone_is_no_date()
    {
        var cleaned = new ArticleCleaner().Clean(new RawArticle("نص الخبر الأول.\nنص ثان.\n© 2020 الشبكة"));
        Assert.Null(cleaned.PublishedAt);
    }
}
