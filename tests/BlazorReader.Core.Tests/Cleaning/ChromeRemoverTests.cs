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
    [InlineData("Location 27 of 285", "counter")]
    [InlineData("الموقع ٢٧ من ٢٨٥", "counter")]
    [InlineData("12% read", "counter")]
    [InlineData("٧٪ مكتمل", "counter")]
    [InlineData("التقييم: 4.5/5 – 282 مقيّم", "counter")]
    [InlineData("تابعونا على تويتر", "share")]
    [InlineData("لقطة 1 من 13: جانب من الاجتماع", "caption")]
    [InlineData("الصورة ٣ من ١٠ من موقع الحدث", "caption")]
    [InlineData("⬆ جانب من الاجتماع", "caption")]
    [InlineData("▲ من موقع الحدث", "caption")]
    [InlineData("فعّل تنبيهات جودة الهواء 🔔", "share")]
    [InlineData("حمّل الفاتورة PDF", "share")]
    [InlineData("أضف إلى رفّي", "share")]
    [InlineData("احفظ الوصفة في دفترك", "share")]
    [InlineData("مدينة الملك فهد الطبية — رسالة آلية لا ترد عليها", "signature")]
    [InlineData("يرجى عدم الرد على هذه الرسالة.", "signature")]
    [InlineData("شوهد (3215)", "counter")]
    [InlineData("شوهد (٣٢١٥) مرة", "counter")]
    [InlineData("عدد القراءات (37992) مرة", "counter")]
    [InlineData("رقم دورك: 17 · أمامك 4 مراجعين", "counter")]
    [InlineData("رقم البيان: 8567151378 · الحالة: قيد التدقيق", "counter")]
    [InlineData("٣٨٩٥٠ فرد في الشجرة · 3 أجيال", "counter")]
    [InlineData("قراءة العداد: 812 ك.و.س ·الحساب 42", "counter")]
    [InlineData("القيمة الغذائية للحصة: 320 سعرة • بروتين 12 غ • دهون 8 غ", "counter")]
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
        var context = Clean.With($"{Body}\n{Body} مرة ثانية.\n{chrome}", new ChromeRemover(), new TailTrimmer());
        Assert.Equal(reason, Assert.Single(context.Removed).Reason);
    }

    // An automated sender's close pasted between paragraphs signs the message, not the page:
    // the story below it is no list of other stories.
    [Fact]
    public void The_story_below_an_automated_sender_s_close_stays()
    {
        string[] lines = [StoryLines.Three[0], "مدينة الملك فهد التخصصي — رسالة آلية لا ترد عليها", StoryLines.Three[1], StoryLines.Three[2], "قراءات 2448"];
        var cleaned = new ArticleCleaner().Clean(new BlazorReader.Core.Articles.RawArticle(string.Join('\n', lines), Title: "النهضة يتعاقد مع الرجاء والكسار"));
        Assert.Equal(StoryLines.Three, cleaned.Blocks.Select(b => b.Text));
        Assert.Contains(cleaned.Removed, r => r.Reason == "signature");
    }

    [Fact]
    public void Keeps_a_bare_number_inside_the_body()
    {
        var context = Clean.With($"{Body}\n2015\n{Body}", new ChromeRemover(), new HeadTrimmer(), new TailTrimmer());
        Assert.Empty(context.Removed);
    }

    [Theory]
    [InlineData("وتبدأ عملية إرسال رسالة معطرة عندما يقوم المرسل بعمل إشارة إلى صورة مع تطبيق على الهاتف، ويختار المرسل ما يصل إلى عشر روائح مختلفة.")]
    [InlineData("شارك أكثر من ألف متطوع في تنظيف شواطئ جدة يوم الجمعة ضمن حملة بيئية واسعة.")]
    [InlineData("أرسلت الوزارة رسالة إلى جميع المدارس تطلب فيها تأجيل بدء العام الدراسي أسبوعا واحدا بسبب الحر الشديد في المنطقة الشرقية.")]
    [InlineData("وسجل المؤشر 7500 نقطة • وارتفعت أسهم 120 شركة.")]
    [InlineData("1. The Godfather | Francis Ford Coppola (1971)")]
    [InlineData("تتبع السفن")]
    [InlineData("▲ ارتفع المؤشر العام 35 نقطة.")]
    [InlineData("صورة 3 أشخاص في الحادث انتشرت على مواقع التواصل أمس.")]
    [InlineData("سجل للروابط الإرهابية")]
    [InlineData("احفظ الطعام في الثلاجة ولا تتركه خارجها أكثر من ساعتين.")]
    public void Keeps_body_sentences_that_only_share_words_with_chrome(string sentence)
    {
        var context = Clean.With($"{Body}\n{sentence}", new ChromeRemover());
        Assert.Empty(context.Removed);
    }

    [Theory]
    [InlineData(" رابط الخبر بصحيفة الوئام: عنوان الخبر")]
    [InlineData(" ← رابط الخبر")]
    [InlineData(" المصدر الأصلي للخبر ↩")]
    [InlineData(" … تابع القراءة")]
    [InlineData("  رابط المقال")]
    [InlineData(" ..للمزيد")]
    [InlineData(" … للتفاصيل")]
    [InlineData(" اضغط هنا لقراءة الخبر كاملاً")]
    [InlineData(" انقر هنا للمزيد")]
    [InlineData(" لقراءة الخبر كاملاً اضغط هنا")]
    [InlineData(" لمتابعة التفاصيل انقر هنا")]
    [InlineData(" التفاصيل كاملة >>")]
    [InlineData("…للمزيد اضغط هنا >>")]
    public void Cuts_a_more_link_glued_to_the_last_paragraph(string link)
    {
        var context = Clean.With($"{Body}{link}", new ChromeRemover());
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

public class ChromeShapeTests
{
    private const string Body = "قال وزير الخارجية إن المحادثات ستستأنف الأسبوع المقبل في جنيف.";

    [Theory]
    [InlineData("كافة الحقوق محفوظة لجريدة الوطن ٢٠١٥", "copyright")]
    [InlineData("جميع الحقوق محفوظه", "copyright")]
    [InlineData("Copyright © 2015 Reuters. All rights reserved.", "copyright")]
    [InlineData("يمنع نسخ المحتوى أو إعادة نشره دون إذن مسبق", "footer")]
    [InlineData("تصميم وتطوير: الحلول الرقمية", "footer")]
    [InlineData("تابعونا على تويتر @okaz", "share")]
    [InlineData("شارك الخبر: فيسبوك - تويتر - واتساب", "share")]
    [InlineData("Facebook | Twitter | WhatsApp", "share")]
    [InlineData("حمّل تطبيق عكاظ الآن", "share")]
    [InlineData("انضم إلى قناتنا على تيليجرام", "share")]
    [InlineData("طباعة | أرسل لصديق | حفظ", "share")]
    [InlineData("عدد المشاهدات: ١٬٥٣٢", "counter")]
    [InlineData("قرئ 305 مرة", "counter")]
    [InlineData("منذ 3 ساعات", "counter")]
    [InlineData("الكلمات الدلالية: الحج، مكة، الأمن", "tags")]
    [InlineData("#السعودية #الرياض", "tags")]
    [InlineData("رابط الخبر: http://sabq.org/123456", "more-link")]
    [InlineData("لقراءة الخبر كاملا اضغط هنا", "more-link")]
    [InlineData("تويتر: @writer_name", "signature")]
    [InlineData("الصورة: من حفل الافتتاح", "caption")]
    [InlineData("صورة أرشيفية", "caption")]
    [InlineData("وزير الخارجية خلال المؤتمر (رويترز)", "caption")]
    [InlineData("(تصوير: أحمد العمري)", "caption")]
    [InlineData("عدسة يوسف الحمدان", "caption")]
    [InlineData("صورة من حساب الوزارة على تويتر", "caption")]
    [InlineData("من بنى الكعبة؟ - (كونا)", "caption")]
    [InlineData("وسوم #حالة #بتونس #الطوارئ", "tags")]
    [InlineData("رابط الخبر : okaz.com.sa/news/302585", "more-link")]
    [InlineData("المصدر الأصلي www.sabq.org/articles/742082", "more-link")]
    [InlineData("للاشتراك في خدمة أخبار المدينة", "share")]
    [InlineData("Share on LinkedIn", "share")]
    [InlineData("البريد الإلكتروني - writer@hotmail.com", "signature")]
    public void Removes_chrome_whatever_its_wording(string chrome, string reason)
    {
        var context = Clean.With($"{Body}\n{chrome}\n{Body} مرة ثانية.", new ChromeRemover());
        Assert.Equal(reason, Assert.Single(context.Removed).Reason);
    }

    [Theory]
    [InlineData("وأكد أن جميع الحقوق محفوظة للمواطنين في النظام الجديد الذي أقره المجلس.")]
    [InlineData("تابع الرئيس حديثه قائلا إن العمل مستمر في جميع المواقع.")]
    [InlineData("نسبة الإنجاز: 28٪")]
    [InlineData("وبلغت نسبة القراءة 12% في المدارس")]
    [InlineData("وكمحصلة نهائية فإن الجولة أرسلت رسالة عالمية أن المملكة مع السلام والأمن وضد الإرهاب.")]
    [InlineData("وأضاف أن وكالة الأنباء نقلت الخبر عن مصادر مطلعة (رويترز).")]
    [InlineData("عن كسرته تاهت الفكره واناديها")]
    [InlineData("= موقع الحريق بعد إخماده")]
    public void Keeps_sentences_that_only_share_words_with_chrome(string sentence)
    {
        var context = Clean.With($"{Body}\n{sentence}", new ChromeRemover());
        Assert.Empty(context.Removed);
    }

    [Theory]
    [InlineData("...التفاصيل", "more-link")]
    [InlineData("…التفاصيل", "more-link")]
    [InlineData("(المزيد)", "more-link")]
    [InlineData("… المزيد على بوابة الشمال الإخبارية >>", "more-link")]
    [InlineData("...التفاصيل عبر موقع الصحيفة", "more-link")]
    [InlineData("… المزيد في جريدة الوطن ›", "more-link")]
    [InlineData("رابط الخبر في صحيفة سبق: ألمانيا ترحب بالقرار", "more-link")]
    [InlineData("وسوم #الحج #مكة", "tags")]
    [InlineData("#الحج #مكة", "tags")]
    [InlineData("الكلمات الدلالية: الحج، مكة", "tags")]
    public void Cuts_a_link_or_tag_list_glued_to_the_last_sentence(string glued, string reason)
    {
        var context = Clean.With($"{Body} {glued}", new ChromeRemover());
        Assert.Equal([Body], context.BodyLines());
        Assert.Equal(reason, Assert.Single(context.Removed).Reason);
    }

    [Theory]
    [InlineData("ويتوقع الراصد هطول أمطار متفرقة… المزيد من الأمطار في الطريق")]
    [InlineData("وقال إن الموسم بدأ... المزيد في الأيام المقبلة")]
    public void Keeps_more_of_something_that_a_sentence_says(string sentence)
    {
        var context = Clean.With($"{Body}\n{sentence}", new ChromeRemover());
        Assert.Empty(context.Removed);
    }

    [Fact]
    public void Takes_a_row_of_navigation_links_run_together()
    {
        var context = Clean.With($"{Body}\nوظائف اتصل بنا هيئة التحرير الشروط والأحكام", new TailTrimmer());
        Assert.Equal("navigation", Assert.Single(context.Removed).Reason);
    }
}
