using BlazorReader.Core.Articles;
using BlazorReader.Core.Cleaning;

namespace BlazorReader.Core.Tests.Cleaning;

// Widgets copied with a story: consent banners and their buttons, advertisement labels, a
// paywall's meter and a comment section pasted below. They go wherever they stand; a banner
// between two paragraphs ends nothing, a comment section ends the story. Paragraphs are corpus
// text (SaudiNewsNet, Mazen Abdulaziz, CC BY-NC-SA 4.0: alriyadh 1070744); widgets and comments
// are made up by shape.
public class PageWidgetTests
{
    internal const string Lead = "يعود المخرج الأرجنتيني بابلو ترابيرو للمنافسة في مهرجان البندقية السينمائي بفيلم \"إل كلان\" المأخوذ عن واقع حياة عائلة بوكسيو.";
    internal const string Middle = "ويروي الفيلم قصة عائلة أرجنتينية ثرية قامت بخطف عدد من الأشخاص وطلب فدية مقابل إطلاق سراحهم، في ثمانينيات القرن الماضي.";
    internal const string Last = "يذكر أن عروض فيلم \"إل كلان\" ستنطلق في الأرجنتين في 13 أغسطس الجاري، فيما سيقام مهرجان البندقية في الفترة من 2 إلى 12 سبتمبر المقبل.";

    public static TheoryData<string> Widgets() => new()
    {
        "نستخدم ملفات تعريف الارتباط (الكوكيز) لتحسين تجربتك.", "يستخدم هذا الموقع ملفات تعريف الارتباط لتقديم أفضل تجربة",
        "بمواصلة التصفح فإنك توافق على سياسة الخصوصية", "We use cookies to improve your experience",
        "قبول | إعدادات", "أوافق ✓", "[ موافق ]", "حسنا، فهمت",
        "مساحة إعلانية", "- إعلان -", "[ إعلان ]", "إعلانات جوجل", "Advertisement", "محتوى مدعوم",
        "لقد قرأت 3 من 5 مقالات مجانية هذا الشهر", "لقد قرأت ٤ من ١٠ مقالات هذا الشهر", "تبقى لك 2 مقالات مجانية",
        "رد ↩", "↩ الرد", "رد| أعجبني 12", "رد (3)",
        "▶ شاهد الفيديو", "شاهد بالفيديو:", "► تشغيل الفيديو (02:35)", "🎧 استمع إلى التقرير | 3:20 د", "استمع البودكاست - ٤:١٥",
        "فيديو ▶", "تشغيل المقطع (1:05)",
    };

    [Theory]
    [MemberData(nameof(Widgets))]
    public void A_widget_goes_wherever_it_stands_and_ends_nothing(string widget)
    {
        var raw = string.Join('\n', widget, Lead, widget, Middle, Last, widget);
        var cleaned = new ArticleCleaner().Clean(new RawArticle(raw, "عنوان الخبر"));
        Assert.Equal([Lead, Middle, Last], cleaned.Blocks.Select(b => b.Text));
    }

    [Theory]
    [InlineData("التعليقات")]
    [InlineData("آراء القراء (4)")]
    [InlineData("تعليقات القراء:")]
    [InlineData("💬 التعليقات (12)")]
    public void Readers_comments_under_their_heading_go_to_the_page_s_end(string heading)
    {
        var raw = string.Join('\n', Lead, Middle, Last, heading, "أبو نورة", "12 يوليو 2015",
            "الله يوفق المسؤولين على هذا الجهد، ونتمنى أن نرى الفيلم في صالات العرض عندنا قريباً.", "رد ↩", "مواطن 77",
            "للأسف الخبر تأخر كثيراً!!", "إرسال التعليق");
        var cleaned = new ArticleCleaner().Clean(new RawArticle(raw, "عنوان الخبر"));
        Assert.Equal([Lead, Middle, Last], cleaned.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void A_comments_heading_above_the_story_s_paragraphs_takes_nothing_below_it()
    {
        var raw = string.Join('\n', "التعليقات", Lead, Middle, Last);
        var cleaned = new ArticleCleaner().Clean(new RawArticle(raw, "عنوان الخبر"));
        Assert.Equal([Lead, Middle, Last], cleaned.Blocks.Select(b => b.Text));
    }

    // A page's count of comments printed between the lead and the rest (a site builder's head):
    // the story goes on below it with its connective, and the section's date at the foot (the
    // page's «آخر تعديل») makes it no comment section.
    [Theory]
    [InlineData("التعليقات (7)")]
    [InlineData("💬 التعليقات (١٦)")]
    [InlineData("آراء القراء (4)")]
    public void A_comments_count_between_the_lead_and_the_story_s_next_paragraph_takes_nothing(string count)
    {
        var raw = string.Join('\n', Lead, count, Middle, Last, "آخر تعديل: 22 يوليو، 2015");
        var cleaned = new ArticleCleaner().Clean(new RawArticle(raw, "عنوان الخبر"));
        Assert.Equal([Lead, Middle, Last], cleaned.Blocks.Select(b => b.Text));
    }

    [Theory]
    [InlineData("وقالت الشركة إنها تستخدم ملفات تعريف الارتباط لجمع بيانات المستخدمين دون علمهم، وهو ما نفته لاحقاً.")]
    [InlineData("إعلان الفائزين")]
    [InlineData("لا")]
    [InlineData("فيديو")]
    [InlineData("شاهد الفيديو الذي نشرته الوزارة على حسابها الرسمي في تويتر، ويظهر فيه الوزير مع الطلاب.")]
    [InlineData("وأضاف: حسنا، فهمت ما تقصد، لكن القرار ليس بيدي.")]
    public void A_story_s_line_about_cookies_adverts_or_answers_stays(string line)
    {
        var raw = string.Join('\n', Lead, line, Middle, Last);
        var cleaned = new ArticleCleaner().Clean(new RawArticle(raw, "عنوان الخبر"));
        Assert.Contains(line, cleaned.Blocks.Select(b => b.Text));
    }
}
