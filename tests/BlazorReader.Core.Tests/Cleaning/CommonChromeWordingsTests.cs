using BlazorReader.Core.Articles;
using BlazorReader.Core.Cleaning;

namespace BlazorReader.Core.Tests.Cleaning;

// Common chrome in wordings sites use and no rule named before: the rest of the story elsewhere,
// a count with its object («قرأ هذا الخبر N زائر»), a report-an-error link, an SEO panel's key
// phrase, a developer page's fence and command, a mail's «مع التقدير،», a reader's feedback
// prompt, a pager, a newsletter box's buttons, «منصة إكس», a credit after an arrow, correspondents
// named by paper and place before their names, «كل الحقوق لموقع …», a pinned post's and a
// quote-repost's marks, a title marked «(اقرأ أيضاً)» or «[مرتبط]», a calendar export's
// fields, a form's required marks, headers of other stories («على صلة»,
// «الأحدث في الموقع», «من نفس الكاتب», «تابعوا أيضاً»), tags labelled «التسميات» or «كلمات دالة»,
// a picture «بإذن من» its agency, a wire named after «الخبر من:», «عن … بتصرف» or «بالتعاون مع»,
// a closing with its signer («مع خالص التحية، فريق الدعم»). Story lines are real corpus text (SaudiNewsNet, Mazen
// Abdulaziz, CC BY-NC-SA 4.0); the chrome is made up by shape.
public class CommonChromeWordingsTests
{
    private static readonly string[] Story = StoryLines.Three;
    private const string Title = "النهضة يتعاقد مع الرجاء والكسار";
    private const string Footer = "جميع الحقوق محفوظة © 2015";

    private static CleanedArticle Clean(params string[] lines) => new ArticleCleaner().Clean(new RawArticle(string.Join('\n', lines), Title: Title));

    [Theory]
    [InlineData("تكملة الخبر في المصدر", "more-link")]
    [InlineData("… … تكملة الخبر في المصدر", "more-link")]
    [InlineData("… ⟵ بقية الخبر", "more-link")]
    [InlineData("تتمة المقال على الموقع", "more-link")]
    [InlineData("اذهب إلى المصدر ↗", "more-link")]
    [InlineData("الخبر الأصلي", "more-link")]
    [InlineData("قرأ هذا الخبر 38159 زائر", "counter")]
    [InlineData("شاهد هذا الفيديو ١٢٠٠ مرة", "counter")]
    [InlineData("أبلغ عن خطأ", "widget")]
    [InlineData("هل وجدت خطأ؟ أخبرنا", "widget")]
    [InlineData("Report an error", "widget")]
    [InlineData("الكلمة المفتاحية: تطلق", "tags")]
    [InlineData("العبارة المستهدفة ▸ اعتداءات اليمنية", "tags")]
    [InlineData("Focus keyphrase: إيران تنامي", "tags")]
    [InlineData("```bash", "markup")]
    [InlineData("npm install news-sdk@latest", "markup")]
    [InlineData("مع التقدير،", "mail-signature")]
    [InlineData("… | شاهد", "more-link")]
    [InlineData("BEGIN:VCALENDAR", "markup")]
    [InlineData("DTSTART;TZID=Asia/Riyadh:20150721T170000", "markup")]
    [InlineData("LOCATION:جدة", "markup")]
    [InlineData("هل تنصح بقراءة الخبر؟ *", "widget")]
    [InlineData("* يشير إلى سؤال مطلوب", "widget")]
    [InlineData("… … رابط المادة الأصلية", "more-link")]
    [InlineData("لمتابعة بقية التفاصيل اضغط الرابط", "more-link")]
    [InlineData("التفاصيل كاملة من هنا", "more-link")]
    [InlineData("أثناء الجولة الميدانية - محمد الدوسري", "caption")]
    [InlineData("جانب من الاجتماع. [يوسف البقمي]", "caption")]
    [InlineData("من موقع الحادث. (خاص)", "caption")]
    [InlineData("تابعونا على منصة إكس", "share")]
    [InlineData("هل أعجبك الخبر؟", "share")]
    [InlineData("ما رأيك في هذا الخبر؟", "share")]
    [InlineData("هل أفادك هذا المقال؟", "share")]
    [InlineData("1 2 3 التالي »", "widget")]
    [InlineData("« السابق ٤ ٥ ٦", "widget")]
    [InlineData("تم الاشتراك بنجاح", "widget")]
    [InlineData("إغلاق", "widget")]
    [InlineData("أرسل إلى صديق — لينكدإن واتساب البريد", "share")]
    [InlineData("المصدر ⟵ صحيفة الجزيرة", "attribution")]
    [InlineData("مراسل الصحيفة في أبها: يوسف الفيصل وسعد الشمري وريم العنزي", "byline")]
    [InlineData("كل الحقوق لموقع تواصل ٢٠١٥", "copyright")]
    [InlineData("منشور مثبّت", "post-button")]
    [InlineData("↪ يقتبس", "post-button")]
    [InlineData("كشافة المملكة تشارك في مخيم الجامبوري العالمي باليابان (اقرأ أيضاً)", "read-also")]
    [InlineData("[مرتبط] أحكام تعزيرية في انتظار المتحرشين", "read-also")]
    [InlineData("محاربة المبدعين في الأندية الصغيرة ← اقرأ أيضًا", "read-also")]
    [InlineData("«الخماسي الموقوف».. لن يلعب | يهمك أيضاً", "read-also")]
    [InlineData("موجات الحر تقضي على سائحين فرنسيين في محمية أميركية | شاهد كذلك", "read-also")]
    [InlineData("التسميات: عاجل · مراجعة", "tags")]
    [InlineData("كلمات دالة — الهلال، الدوري", "tags")]
    [InlineData("الصورة بإذن من EPA", "caption")]
    [InlineData("الخبر من: يو بي آي", "attribution")]
    [InlineData("↺ عن AFP بتصرف", "attribution")]
    [InlineData("بالتعاون مع أ.ف.ب", "attribution")]
    [InlineData("مع خالص التحية، فريق الدعم", "mail-signature")]
    public void Chrome_under_the_story_goes_in_any_of_these_wordings(string chrome, string reason)
    {
        var cleaned = Clean(Story[0], Story[1], Story[2], chrome, Footer);

        Assert.Equal(Story, cleaned.Blocks.Select(b => b.Text));
        Assert.Equal(reason, Assert.Single(cleaned.Removed, r => r.Text == chrome).Reason);
    }

    [Theory]
    [InlineData("على صلة")]
    [InlineData("الأحدث في الموقع")]
    [InlineData("في العناوين")]
    [InlineData("تابعوا أيضاً:")]
    [InlineData("من نفس الكاتب")]
    [InlineData("مقترح لك")]
    public void A_header_in_these_words_takes_the_titles_under_it(string header)
    {
        string[] titles = ["مقتل ثلاثة في حادث مروري على طريق الرياض", "أمير المنطقة يفتتح مهرجان التمور السنوي"];

        var cleaned = Clean(Story[0], Story[1], Story[2], header, titles[0], titles[1]);

        Assert.Equal(Story, cleaned.Blocks.Select(b => b.Text));
        Assert.Equal(titles, cleaned.Teasers.Select(t => t.Text));
    }

    [Theory]
    [InlineData("وقال إن تكملة المشروع ستتم في العام المقبل بعد اكتمال التمويل.")]
    [InlineData("أبلغ الوزير الحضور بأن العمل سيبدأ الأسبوع المقبل.")]
    [InlineData("مع التقدير لجهود الجميع، أكد المدير أن المرحلة المقبلة أصعب.")]
    [InlineData("الخبر الأصلي نشرته صحيفة محلية قبل أسبوع.")]
    [InlineData("وقرأ هذا الخبر عدد كبير من المتابعين خلال ساعات.")]
    [InlineData("الأحدث في سلسلة الهجمات")]
    [InlineData("فما رأيك في هذا القرار؟")]
    [InlineData("شركة سبيس إكس تطلق صاروخا جديدا")]
    [InlineData("وتم الاشتراك في البطولة بنجاح")]
    [InlineData("المادة 5 6")]
    [InlineData("مراسل الجزيرة في غزة: القصف مستمر منذ الصباح على الأحياء الشرقية.")]
    [InlineData("كل الحقوق للمواطن مكفولة وفق النظام")]
    [InlineData("النص الكامل للبيان")]
    [InlineData("الخبر من مصادر مطلعة لم تكشف هويتها")]
    [InlineData("ملفات الفساد تتراكم أمام القضاء")]
    [InlineData("للمزيد من المعلومات، يمكن زيارة مقر الإدارة خلال أوقات الدوام الرسمي.")]
    [InlineData("*لكل داء دواء ولكل سؤال جواب *")]
    [InlineData("خلال الاجتماع تم الاتفاق على عدة نقاط - وزير الصحة")]
    [InlineData("وأكد أن الحملة مستمرة طوال الشهر ← اقرأ المزيد")]
    public void The_story_s_lines_in_the_same_words_stay(string line)
    {
        var cleaned = Clean(Story[0], line, Story[1], Story[2]);

        Assert.Equal([Story[0], line, Story[1], Story[2]], cleaned.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void Quote_alone_heads_a_column_s_quotation_unless_an_author_s_handle_follows()
    {
        const string quotation = "«ليس المهم أن تكون الأول، المهم أن تكون صادقاً مع نفسك ومع قرائك في كل ما تكتب».";

        var column = Clean(Story[0], "اقتباس", quotation, Story[1]);
        var repost = Clean(Story[0], "اقتباس", "@writer_name", quotation, Story[1]);

        Assert.Equal([Story[0], "اقتباس", quotation, Story[1]], column.Blocks.Select(b => b.Text));
        Assert.Contains(repost.Removed, r => r.Text == "اقتباس" && r.Reason == "post-button");
    }
}

// A post's foot printed on two lines under its link, broken or whole: the handle alone, then
// the date alone. Read as one heading, the text over the link is the post's.
public class PostFootOnTwoLinesTests
{
    [Theory]
    [InlineData("https://mobile.twitter.com/mo\nh402/status/684900975535535852", "https://mobile.twitter.com/moh402/status/684900975535535852")]
    [InlineData("ht\ntps://t.co/73gRp\nOjQGQ", "https://t.co/73gRpOjQGQ")]
    public void The_handle_over_its_date_closes_the_card(string link, string url)
    {
        string[] story = StoryLines.Three;
        const string text = "Road works finish ahead of schedule.";
        var raw = string.Join('\n', story[0], story[1], text, link, "@moh402", "٢٧ يوليو ٢٠١٥", story[2]);

        var cleaned = new ArticleCleaner().Clean(new RawArticle(raw));

        var post = Assert.Single(cleaned.Blocks, b => b.Kind == BlockKind.Tweet);
        Assert.Equal((text, url, "moh402"), (post.Text, post.Url, post.Handle));
        Assert.Equal(new DateOnly(2015, 7, 27), post.Date);
        Assert.Equal(story, cleaned.Blocks.Where(b => b.Kind == BlockKind.Paragraph).Select(b => b.Text));
    }
}
