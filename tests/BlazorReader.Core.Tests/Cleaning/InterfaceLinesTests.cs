using BlazorReader.Core.Articles;
using BlazorReader.Core.Cleaning;

namespace BlazorReader.Core.Tests.Cleaning;

// A page's controls copied as text, generated from their parts (a screen reader's role, an
// action, a target, a window note, icons and vowel marks), go wherever they stand; story
// lines made of the same words stay. Paragraphs are corpus text (SaudiNewsNet, Mazen
// Abdulaziz, CC BY-NC-SA 4.0: alriyadh 1070744); controls are made up by shape.
public class InterfaceLinesTests
{
    // The story the controls are dressed round: PageWidgetTests' corpus paragraphs.
    private const string Lead = PageWidgetTests.Lead;
    private const string Middle = PageWidgetTests.Middle;
    private const string Last = PageWidgetTests.Last;

    public static TheoryData<string> Controls()
    {
        var data = new TheoryData<string>();
        string[] roles = ["", "زر: ", "زر ", "Button: ", "Link: ", "رابط "];
        string[] actions = ["مشاركة عبر واتساب", "مشاركة على فيسبوك", "نسخ الرابط", "شارك الخبر عبر X", "طباعة المقال", "Share on Facebook", "إرسال بالبريد"];
        string[] notes = ["", " (يفتح في نافذة جديدة)", " - تفتح في نافذة جديدة", " (opens in a new window)"];
        foreach (var role in roles)
        {
            foreach (var action in actions)
            {
                foreach (var note in notes)
                {
                    data.Add(role + action + note);
                }
            }
        }
        foreach (var line in (string[])[
            "Skip to content", "تخطَّ إلى المحتوى الرئيسي", "انتقل إلى المحتوى", "↑ العودة إلى الأعلى", "Back to top ↑", "⬆ للأعلى", "عودة لأعلى الصفحة",
            "Listen to this article 4:12", "🎧 استمع إلى المقال ٣:٠٥", "الاستماع للخبر 02:40", "شاهد الصور (12 صورة)", "ألبوم الصور (٨ صور)", "صورة 3 من 9",
            "الصورة ٢ من ٥", "معرض الصور (4 صور)", "أؤيد 62٪", "أعارض 38 %", "مع 40%", "ضد ٦٠٪", "زر التصويت", "صوّت الآن", "عرض الصورة على تويتر",
            "اقرأ الردود على التغريدة", "Reply Retweet Like", "الرد · إعادة التغريد · إعجاب", "إعجاب 12 · لم يعجبني 3", "عرض النص الأصلي ⇄ الترجمة الآلية",
            "Translated by Google · Show original", "هل تريد ترجمة هذه الصفحة؟ ترجمة | لا، شكراً", "بداية الرسالة المعاد توجيهها:", "Begin forwarded message:",
            "العصر 3:21 م", "الفجر: ٤:١٠", "🔴 عاجل: …", "📌 …", "قراءة في 4 دقائق", "⏱ تُقرأ في ٣ دقيقة", "يتبع في الصفحة 7", "Continued from page 3",
            "لا توجد تعليقات »", "تصفح النسخة الكاملة للخبر",
            "تصغير الخط A-", "تكبير الخط A+", "تمييز الروابط", "تباين عالٍ", "تدرج رمادي", "خط مقروء", "إيقاف الحركة", "إعادة الضبط", "سهولة الوصول",
            "Accessibility", "قراءة الصفحة 🔊 / إعادة الضبط / تكبير الخط", "جاري التحميل...", "◌ جاري تحميل التعليقات...", "… يتم التحميل، يرجى الانتظار",
            "Retry", "Loading, please wait…", "⤓ Download", "تنزيل / طباعة / مشاركة", "تكبير ＋ ملء الشاشة طباعة", "سجل التغييرات | مقارنة بالسابقة",
            "تعديل / سجل التغييرات / استعادة هذه المراجعة", "شیئر کریں", "فیس بک", "واٹس ایپ",
        ])
        {
            data.Add(line);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Controls))]
    public void A_control_goes_wherever_it_stands_and_keeps_every_paragraph(string control)
    {
        var raw = string.Join('\n', control, Lead, control, Middle, Last, control);
        var cleaned = new ArticleCleaner().Clean(new RawArticle(raw, "عنوان الخبر"));
        Assert.Equal([Lead, Middle, Last], cleaned.Blocks.Select(b => b.Text));
    }

    [Theory]
    [InlineData("وشارك في الحفل عدد من المسؤولين ورجال الأعمال.")]
    [InlineData("مشاركة المرأة في الانتخابات البلدية")]
    [InlineData("تغريدة:")]
    [InlineData("#نافذة:")]
    [InlineData("الصور")]
    [InlineData("نعم")]
    [InlineData("من 5 إلى 10")]
    [InlineData("نسبة التأييد 60%")]
    [InlineData("المجلس الأعلى للقضاء")]
    [InlineData("صوت المواطن")]
    [InlineData("انتقل إلى رحمة الله")]
    [InlineData("الحزب الوطني 35%")]
    [InlineData("تحميل المسؤولية")]
    [InlineData("تعديل نظام العمل")]
    [InlineData("سجل حافل")]
    [InlineData("إيقاف الحركة المرورية في الطريق")]
    [InlineData("تكبير المسجد الحرام")]
    public void A_story_line_made_of_the_same_words_stays(string line) => Assert.Null(InterfaceLines.Reason(line));

    [Theory]
    [InlineData("--- فاصل صفحة ---")]
    [InlineData("— Page Break —")]
    [InlineData("=== نهاية الصفحة ===")]
    [InlineData("[فاصل صفحات]")]
    [InlineData("~~ section break ~~")]
    public void A_page_break_between_rules_is_a_folio(string line) => Assert.Equal("folio", ChromeRemover.ReasonFor(line));

    [Theory]
    [InlineData("مع خالص التحية")]
    [InlineData("تحياتي،")]
    [InlineData("وتقبلوا فائق الاحترام")]
    [InlineData("Best regards,")]
    public void A_mail_s_closing_at_the_foot_goes(string closing)
    {
        var raw = string.Join('\n', Lead, Middle, Last, closing, "سري – للاستخدام الداخلي فقط");
        var cleaned = new ArticleCleaner().Clean(new RawArticle(raw, "عنوان الخبر"));
        Assert.Equal([Lead, Middle, Last], cleaned.Blocks.Select(b => b.Text));
        Assert.Contains(cleaned.Removed, r => r.Reason == "mail-signature" && r.Text == closing);
    }

    [Fact]
    public void A_letter_s_closing_above_its_writer_s_name_stays()
    {
        var raw = string.Join('\n', Lead, Middle, Last, "وتقبلوا فائق الاحترام", "عبدالله بن محمد الشهري");
        var cleaned = new ArticleCleaner().Clean(new RawArticle(raw, "عنوان الخبر"));
        Assert.Contains("وتقبلوا فائق الاحترام", cleaned.Blocks.Select(b => b.Text));
    }

    // A paper's correction under the story, with chrome and a block of other stories below it,
    // is the story's last word.
    [Theory]
    [InlineData("تصحيح: ذكرت نسخة سابقة من هذا الخبر أن العرض يوم الأحد، والصحيح أنه يوم الثلاثاء، ونعتذر لقرائنا.")]
    [InlineData("تنويه: عدّلت هذه المادة بعد نشرها لتصحيح اسم المخرج.")]
    public void An_editor_s_note_above_other_stories_stays(string note)
    {
        var raw = string.Join('\n', Lead, Middle, Last, note, "Link: مشاركة الخبر (يفتح في نافذة جديدة)", "فيديوهات ذات صلة ▶",
            "○ بالصور.. صحة القصيم تعلن حالة الطوارئ بالمستشفيات بعد إصابة ٥٠ بحادث حافلة", "○ المملكة الثانية عربيا في جذب الاستثمارات الأجنبية",
            "○ طرق نجران تنفي والصور توثق حفر طريق الجفة");
        var cleaned = new ArticleCleaner().Clean(new RawArticle(raw, "عنوان الخبر"));
        Assert.Equal([Lead, Middle, Last, note], cleaned.Blocks.Select(b => b.Text));
    }

    [Theory]
    [InlineData("فيديوهات ذات صلة ▶")]
    [InlineData("ذو صلة:")]
    [InlineData("من الويب")]
    [InlineData("عناوين أخرى »")]
    [InlineData("نتائج أخرى:")]
    [InlineData("مقترحات لك »")]
    [InlineData("Recommended")]
    public void A_header_of_other_stories_in_new_words_heads_its_list(string header) => Assert.True(OtherStoriesHeader.IsHeader(header));
}
