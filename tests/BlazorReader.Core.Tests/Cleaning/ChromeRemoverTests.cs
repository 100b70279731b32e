using BlazorReader.Core.Cleaning;

namespace BlazorReader.Core.Tests.Cleaning;

public class ChromeRemoverTests
{
    private const string Body = "قال وزير الخارجية إن المحادثات ستستأنف الأسبوع المقبل في جنيف.";

    [Theory]
    [InlineData("جميع الحقوق محفوظة © 2020 شبكة الجزيرة الاعلامية", "copyright")]
    [InlineData("© ٢٠١٥ صحيفة عكاظ", "copyright")]
    [InlineData("Copyright 2019 Example News", "copyright")]
    [InlineData("حقوق النشر محفوظة لصحيفة الرياض 1436", "copyright")]
    [InlineData("للتواصل مع الكاتب ارسل رسالة SMS تبدأ بالرمز (29) ثم مسافة ثم نص الرسالة إلى 88591 - Stc", "subscription")]
    [InlineData("737221 - Zain", "subscription")]
    [InlineData("salem_sahab@hotmail.com", "signature")]
    [InlineData("لمراسلة الكاتب: turki@alriyadh.net", "signature")]
    [InlineData("...المزيد", "more-link")]
    [InlineData("// انتهى //", "end-marker")]
    [InlineData("تعليقات ()", "counter")]
    [InlineData("تابعونا على تويتر", "share")]
    public void Removes_site_chrome_wherever_it_stands(string chrome, string reason)
    {
        var context = Clean.With($"{Body}\n{chrome}\n{Body} مرة ثانية.", new ChromeRemover());
        Assert.Equal(reason, Assert.Single(context.Removed).Reason);
        Assert.Equal(2, context.Lines.Count);
    }

    [Theory]
    [InlineData("305", "counter")]
    [InlineData("1.2K", "counter")]
    [InlineData("1,532 مشاهدة", "counter")]
    [InlineData("٣٠٥ قراءة", "counter")]
    [InlineData("...", "ellipsis")]
    [InlineData("19:23 ت م", "timestamp")]
    public void Removes_bare_counters_dots_and_clock_stamps_at_the_end(string chrome, string reason)
    {
        var context = Clean.With($"{Body}\n{chrome}", new ChromeRemover());
        Assert.Equal(reason, Assert.Single(context.Removed).Reason);
    }

    [Fact]
    public void Keeps_a_bare_number_inside_the_body()
    {
        var context = Clean.With($"{Body}\n2015\n{Body}", new ChromeRemover());
        Assert.Empty(context.Removed);
    }

    [Theory]
    [InlineData("وتبدأ عملية إرسال رسالة معطرة عندما يقوم المرسل بعمل إشارة إلى صورة مع تطبيق على الهاتف، ويختار المرسل ما يصل إلى عشر روائح مختلفة.")]
    [InlineData("شارك أكثر من ألف متطوع في تنظيف شواطئ جدة يوم الجمعة ضمن حملة بيئية واسعة.")]
    [InlineData("أرسلت الوزارة رسالة إلى جميع المدارس تطلب فيها تأجيل بدء العام الدراسي أسبوعا واحدا بسبب الحر الشديد في المنطقة الشرقية.")]
    public void Keeps_body_sentences_that_only_share_words_with_chrome(string sentence)
    {
        var context = Clean.With($"{Body}\n{sentence}", new ChromeRemover());
        Assert.Empty(context.Removed);
    }

    [Fact]
    public void Cuts_a_more_link_glued_to_the_last_paragraph()
    {
        var context = Clean.With($"{Body} رابط الخبر بصحيفة الوئام: عنوان الخبر", new ChromeRemover());
        Assert.Equal([Body], context.BodyLines());
        Assert.Equal("more-link", Assert.Single(context.Removed).Reason);
    }

    [Fact]
    public void Cuts_a_tag_list_after_the_last_sentence()
    {
        var context = Clean.With($"{Body} سمات اشتباكات حوثيين تعز", new ChromeRemover());
        Assert.Equal([Body], context.BodyLines());
        Assert.Equal("tags", Assert.Single(context.Removed).Reason);
    }
}
