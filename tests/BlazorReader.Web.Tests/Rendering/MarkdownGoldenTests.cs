using BlazorReader.Core.Cleaning;
using BlazorReader.Web.Rendering;

namespace BlazorReader.Web.Tests.Rendering;

// What an editor types, as readers get it: Markdown read as a save reads it (EditedBody), then
// rendered by the page's renderer. Each construct, then the mixed-direction cases.
public class MarkdownGoldenTests
{
    private static string Html(string markdown) => BodyHtml.Render(EditedBody.Read(markdown).Blocks);

    public static readonly TheoryData<string, string> Constructs = new()
    {
        { "## عنوان فرعي", "<h2 id=\"عنوان-فرعي\" dir=\"rtl\">عنوان فرعي</h2>" },
        // The page's title is its only h1.
        { "# عنوان أول", "<h2 id=\"عنوان-أول\" dir=\"rtl\">عنوان أول</h2>" },
        { "### تفاصيل", "<h3 id=\"تفاصيل\" dir=\"rtl\">تفاصيل</h3>" },
        { "قال **الوزير** إن الاتفاق *قريب* جدا.", "<p dir=\"rtl\">قال <strong>الوزير</strong> إن الاتفاق <em>قريب</em> جدا.</p>" },
        { "قال __الوزير__ إن _الاتفاق_ قريب.", "<p dir=\"rtl\">قال <strong>الوزير</strong> إن <em>الاتفاق</em> قريب.</p>" },
        { "اقرأ [التقرير الكامل](https://example.com/report?a=1&b=2) هنا.",
            "<p dir=\"rtl\">اقرأ <a href=\"https://example.com/report?a=1&amp;b=2\" rel=\"noopener nofollow ugc\">التقرير الكامل</a> هنا.</p>" },
        { "انظر [الخبر السابق](/articles/12/x) و[الفقرة](#تفاصيل).",
            "<p dir=\"rtl\">انظر <a href=\"/articles/12/x\">الخبر السابق</a> و<a href=\"#تفاصيل\">الفقرة</a>.</p>" },
        { "للتواصل مع وكالة الأنباء السعودية: https://www.spa.gov.sa/ar الآن",
            "<p dir=\"rtl\">للتواصل مع وكالة الأنباء السعودية: <a href=\"https://www.spa.gov.sa/ar\" rel=\"noopener nofollow ugc\"><bdi>https://www.spa.gov.sa/ar</bdi></a> الآن</p>" },
        { "- بند أول\n- بند ثان", "<ul dir=\"rtl\"><li dir=\"rtl\">بند أول</li><li dir=\"rtl\">بند ثان</li></ul>" },
        { "3. ثالثا\n4. رابعا", "<ol dir=\"rtl\" start=\"3\"><li dir=\"rtl\">ثالثا</li><li dir=\"rtl\">رابعا</li></ol>" },
        { "1) أولا\n\n2) ثانيا", "<ol dir=\"rtl\"><li dir=\"rtl\"><p dir=\"rtl\">أولا</p></li><li dir=\"rtl\"><p dir=\"rtl\">ثانيا</p></li></ol>" },
        { "> قال الوزير: «سنبدأ غدا»", "<blockquote dir=\"rtl\"><p dir=\"rtl\">قال الوزير: «سنبدأ غدا»</p></blockquote>" },
        { "| المدينة | السكان |\n|---|---:|\n| الرياض | 7 ملايين |",
            "<table dir=\"rtl\"><thead><tr><th dir=\"rtl\">المدينة</th><th dir=\"rtl\">السكان</th></tr></thead><tbody><tr><td dir=\"rtl\">الرياض</td><td dir=\"rtl\">7 ملايين</td></tr></tbody></table>" },
        { "> نص التغريدة\n>\n> — new hope (@hamdhi11) [2020-11-01](https://t.co/nRuBv96uAR)",
            "<figure class=\"tweet\" dir=\"rtl\"><blockquote>نص التغريدة</blockquote><figcaption><span>— <bdi>new hope</bdi></span><bdi dir=\"ltr\">@hamdhi11</bdi>"
            + "<time dir=\"rtl\" datetime=\"2020-11-01\">1 نوفمبر 2020</time><a href=\"https://t.co/nRuBv96uAR\" rel=\"nofollow noopener\" dir=\"ltr\">https://t.co/nRuBv96uAR</a></figcaption></figure>" },
        { "^^^\nنص تحت الصورة\n^^^ تعليق الصورة", "<figure dir=\"rtl\"><p dir=\"rtl\">نص تحت الصورة</p><figcaption dir=\"rtl\">تعليق الصورة</figcaption></figure>" },
        { "سطر أول  \nسطر *ثان*", "<p dir=\"rtl\">سطر أول<br>سطر <em>ثان</em></p>" },
        { "---", "<hr>" },
        { "```\nvar x = a < b;\n```", "<pre dir=\"ltr\"><code>var x = a &lt; b;</code></pre>" },
        // Two headings of one name get two anchors.
        { "## عنوان\n\n## عنوان", "<h2 id=\"عنوان\" dir=\"rtl\">عنوان</h2><h2 id=\"عنوان-1\" dir=\"rtl\">عنوان</h2>" },
        // Pictures arrive with the media library; meanwhile one is a link to it, never an <img>.
        { "![صورة الوزير](https://example.com/x.png)",
            "<p dir=\"rtl\"><a href=\"https://example.com/x.png\" rel=\"noopener nofollow ugc\">صورة الوزير</a></p>" },
    };

    public static readonly TheoryData<string, string> MixedDirection = new()
    {
        // A Latin name inside an Arabic paragraph with markup stays isolated.
        { "أعلن زعيم جماعة **(Zouaves Paris)** أنه توجه إلى قره باغ.",
            "<p dir=\"rtl\">أعلن زعيم جماعة <strong>(<bdi>Zouaves Paris</bdi>)</strong> أنه توجه إلى قره باغ.</p>" },
        // An Arabic heading that opens with a Latin word: right to left, the word isolated, the id kept.
        { "## Breaking: عاجل من الرياض والدمام", "<h2 id=\"breaking-عاجل-من-الرياض-والدمام\" dir=\"rtl\"><bdi>Breaking</bdi>: عاجل من الرياض والدمام</h2>" },
        // Each list item takes its own direction.
        { "- أعلنت شركة أبل عن هاتف جديد\n- Apple announced a phone\n- قال المتحدث باسم *Apple* إن",
            "<ul dir=\"rtl\"><li dir=\"rtl\">أعلنت شركة أبل عن هاتف جديد</li><li dir=\"ltr\">Apple announced a phone</li>"
            + "<li dir=\"rtl\">قال المتحدث باسم <em><bdi>Apple</bdi></em> إن</li></ul>" },
        // An English paragraph isolates its Arabic run.
        { "The minister **محمد بن سلمان** spoke today.", "<p dir=\"ltr\">The minister <strong><bdi>محمد بن سلمان</bdi></strong> spoke today.</p>" },
    };

    [Theory]
    [MemberData(nameof(Constructs))]
    public void Each_construct_renders_to_its_element(string markdown, string html) => Assert.Equal(html, Html(markdown));

    [Theory]
    [MemberData(nameof(MixedDirection))]
    public void Mixed_direction_text_keeps_each_block_in_its_direction(string markdown, string html) => Assert.Equal(html, Html(markdown));

    [Fact]
    public void Plain_paragraphs_print_markdown_characters_literally()
    {
        var blocks = new[] { new Core.Articles.ContentBlock(Core.Articles.BlockKind.Paragraph, "سعر 5*3 و_كذا_ و [قوس] و # رقم", Core.Articles.TextDirection.Rtl) };
        // '#' opens a hashtag run, isolated as it always was.
        Assert.Equal("<p dir=\"rtl\">سعر 5*3 و_كذا_ و [قوس] و <bdi>#</bdi> رقم</p>", BodyHtml.Render(blocks));
        Assert.Equal(BodyHtml.Render(blocks), Html(MarkdownWriter.Write(blocks)));
    }
}
