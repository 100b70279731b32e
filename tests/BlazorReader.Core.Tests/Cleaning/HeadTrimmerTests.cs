using BlazorReader.Core.Articles;
using BlazorReader.Core.Cleaning;

namespace BlazorReader.Core.Tests.Cleaning;

public class HeadTrimmerTests
{
    private const string Lead = "أطلقت أمانة المنطقة مشروعا جديدا لتطوير الحدائق العامة في الأحياء الشمالية من المدينة.";

    [Theory]
    [InlineData("عين اليوم – متابعات")]
    [InlineData("المدينة – سالم أحمد")]
    [InlineData("الرياضي ـ جدة")]
    [InlineData("حامد القرشي- مكة المكرمة")]
    [InlineData("كتب: أحمد علي")]
    [InlineData("بقلم أ. يوسف الزهراني")]
    [InlineData("محمد العتيبي | الرياض")]
    [InlineData("أ.ف.ب- جازان")]
    public void Takes_a_byline_line_at_the_start(string byline)
    {
        var context = Clean.With($"{byline}\n{Lead}", new HeadTrimmer());
        Assert.Equal(byline, context.Byline);
        Assert.Equal([Lead], context.BodyLines());
    }

    [Theory]
    [InlineData("الخميس 23 يوليو 2015 - 10:30 ص")]
    [InlineData("٢١/٠٧/٢٠١٥")]
    [InlineData("نشر في: 5 مارس 2016")]
    [InlineData("الرياض 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م واس")]
    public void Takes_a_date_line_at_the_start_as_the_dateline(string date)
    {
        var context = Clean.With($"{date}\n{Lead}", new HeadTrimmer());
        Assert.Equal(date, context.Dateline);
        Assert.Equal([Lead], context.BodyLines());
    }

    [Theory]
    [InlineData("لندن: ", "لندن")]
    [InlineData("واس- الرياض: ", "واس- الرياض")]
    [InlineData("عبدالعزيز السلمي - سبق - جدة: ", "عبدالعزيز السلمي - سبق - جدة")]
    [InlineData("القاهرة (رويترز) - ", "القاهرة (رويترز)")]
    [InlineData("(واس) - ", "(واس)")]
    public void Cuts_a_dateline_prefix_off_the_lead(string prefix, string dateline)
    {
        var context = Clean.With(prefix + Lead, new HeadTrimmer());
        Assert.Equal(dateline, context.Dateline);
        Assert.Equal([Lead], context.BodyLines());
    }

    [Theory]
    [InlineData("قال الوزير: إن المشروع سيكتمل خلال عامين وفق الخطة المعتمدة من مجلس الوزراء.")]
    [InlineData("أكد المتحدث باسم الوزارة: لا تأجيل في مواعيد الاختبارات النهائية هذا العام.")]
    [InlineData("السؤال: أنا شاب تجاوزت الثلاثين من العمر وأعاني من القلق منذ سنوات طويلة.")]
    [InlineData("27 أغسطس: ذهبت كاري والسيدة جيمس للتسوّق، ولم تكونا قد عادتا بعد حين وصلت.")]
    public void Leaves_a_lead_whose_colon_follows_no_place_whole(string lead)
    {
        var context = Clean.With($"{lead}\nسطر ثان من الخبر.", new HeadTrimmer());
        Assert.Null(context.Dateline);
        Assert.Equal(lead, context.Lines[0].Text);
    }

    [Theory]
    [InlineData("فاطمة عبدالله الهازمي")]
    [InlineData("من جولات مكتب عمل حائل")]
    [InlineData("الحبُّ مبتدأُ النّدى")]
    [InlineData("إعداد جيل متعلم يقود المستقبل")]
    [InlineData("تقرير أممي يكشف أرقام البطالة")]
    public void Keeps_a_short_first_line_whose_form_names_nothing(string line)
    {
        var context = Clean.With($"{line}\n{Lead}", new HeadTrimmer());
        Assert.Equal([line, Lead], context.BodyLines());
    }

    [Fact]
    public void Takes_the_headline_printed_again_once()
    {
        var raw = new RawArticle($"عنوان الخبر: تطوير الحدائق\n{Lead}", Title: "عنوان الخبر - تطوير الحدائق");
        var context = Clean.With(raw, new HeadTrimmer());
        Assert.Equal([Lead], context.BodyLines());
        Assert.Equal("headline", Assert.Single(context.Removed).Reason);
    }

    [Fact]
    public void Uses_the_given_author_and_trims_its_marks()
    {
        var context = Clean.With(new RawArticle(Lead, Author: " *طلال الصياح من الرياض: "), new HeadTrimmer());
        Assert.Equal("طلال الصياح من الرياض", context.Byline);
    }

    [Fact]
    public void Looks_past_a_line_it_keeps_for_chrome_above_the_lead()
    {
        var context = Clean.With($"مها العتيبي\nالخميس 23 يوليو 2015\n{Lead}", new HeadTrimmer());
        Assert.Equal(["مها العتيبي", Lead], context.BodyLines());
        Assert.Equal("الخميس 23 يوليو 2015", context.Dateline);
    }

    [Theory]
    [InlineData("دبي- «الرياض»: ", "دبي- «الرياض»")]
    [InlineData("موسكو –د.ب.أ: ", "موسكو –د.ب.أ")]
    public void Cuts_a_dateline_naming_the_paper_or_an_agency_in_initials(string prefix, string dateline)
    {
        var context = Clean.With(prefix + Lead, new HeadTrimmer());
        Assert.Equal(dateline, context.Dateline);
    }

    [Fact]
    public void Keeps_a_film_credit_line_whose_colon_follows_no_place()
    {
        var context = Clean.With($"إخراج: مايكل بيري\n{Lead}", new HeadTrimmer());
        Assert.Equal("إخراج: مايكل بيري", context.Lines[0].Text);
    }

    [Fact]
    public void Keeps_a_verse_that_gave_a_poem_its_title()
    {
        var poem = "حبيبتي ما بقى ليله ورى الليله\nراحل لو ان العيون تبل محجرها\nمتألم من السنين وطعن خنجرها\nزدتيه فوق الجروح جروح تلوي له";
        var context = Clean.With(new RawArticle(poem, Title: "متألم من السنين وطعن خنجرها"), new HeadTrimmer());
        Assert.Empty(context.Removed);
    }

    [Fact]
    public void Takes_the_headline_printed_above_the_lead_as_the_title_when_none_was_given()
    {
        var context = Clean.With("أمانة المنطقة تطلق مشروعا لتطوير الحدائق\n" + Lead, new HeadTrimmer());
        Assert.Equal("أمانة المنطقة تطلق مشروعا لتطوير الحدائق", context.Title);
        Assert.Equal([Lead], context.BodyLines());
        Assert.Equal("headline", Assert.Single(context.Removed).Reason);
    }

    [Theory]
    [InlineData("جانب من الحدائق العامة في الأحياء الشمالية")]
    [InlineData("الأمين خلال جولته في الحدائق العامة")]
    [InlineData("مجموعة من الأطفال في الحدائق خلال المشاركة")]
    [InlineData("- تطوير الحدائق العامة في الأحياء")]
    [InlineData("أمانة المنطقة")]
    [InlineData("مشروع جديد لتطوير الحدائق العامة.")]
    [InlineData("الأمطار تغرق شوارع جدة وتعطل المدارس")]
    public void Leaves_a_first_line_that_is_a_caption_a_name_a_sentence_or_another_story(string line)
    {
        var context = Clean.With($"{line}\n{Lead}", new HeadTrimmer());
        Assert.Equal("", context.Title);
        Assert.Equal(line, context.Lines[0].Text);
    }

    [Fact]
    public void Leaves_the_first_line_when_the_title_was_given()
    {
        var context = Clean.With(new RawArticle("أمانة المنطقة تطلق مشروعا لتطوير الحدائق\n" + Lead, Title: "مشروع الحدائق"), new HeadTrimmer());
        Assert.Empty(context.Removed);
    }
}
