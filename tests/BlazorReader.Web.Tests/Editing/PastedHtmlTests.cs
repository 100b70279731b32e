using BlazorReader.Core.Cleaning;
using BlazorReader.Web.Editing;
using BlazorReader.Web.Rendering;

namespace BlazorReader.Web.Tests.Editing;

// Rich text pasted into the body becomes the body's Markdown: structure and emphasis kept,
// styles, scripts, pictures and tracking gone, hostile markup inert.
public sealed class PastedHtmlTests
{
    private static string Fixture(string name) => PastedHtml.ToMarkdown(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Editing", "Fixtures", name)));

    [Fact]
    public void A_news_page_keeps_its_subheading_emphasis_links_quote_and_list() =>
        Assert.Equal(
            """
            ## الرياض تستضيف القمة الاقتصادية

            أعلنت **وزارة الاقتصاد** اليوم أن القمة ستعقد في [الرياض](https://example.org/riyadh?id=42) بمشاركة *40 دولة*.

            صورة أرشيفية

            وقال الوزير في تصريح لوكالة [Reuters](https://www.reuters.com/world/):

            > نريد قمة تفتح أبواب الاستثمار.

            وتشمل محاور القمة:

            - التجارة الرقمية
            - الطاقة المتجددة و**الهيدروجين الأخضر**

            اقرأ أيضًا
            """.ReplaceLineEndings("\n"),
            Fixture("news-page.html"));

    [Fact]
    public void Word_markup_leaves_headings_lists_and_emphasis_without_mso_styles() =>
        Assert.Equal(
            """
            ## تقرير المجلس البلدي

            ناقش المجلس في جلسته **ميزانية العام المقبل** و*خطط الطرق*.

            - صيانة الجسور
            - إنارة الأحياء الجديدة

            وأقر المجلس الخطوات التالية:

            1. طرح المناقصات
            2. متابعة التنفيذ

            Source: [Council report](https://example.org/council-report.pdf)
            """.ReplaceLineEndings("\n"),
            Fixture("word-document.html"));

    [Fact]
    public void Google_docs_wrapper_in_normal_weight_is_not_bold_but_its_styled_spans_are() =>
        Assert.Equal("افتتح المعرض **صباح اليوم** *في جدة*", Fixture("google-docs.html"));

    [Theory]
    [InlineData("<p>قبل<script>alert(1)</script>بعد</p>", "قبلبعد")]
    [InlineData("<p onmouseover=\"alert(1)\">نص <img src=x onerror=alert(1)>عادي</p>", "نص عادي")]
    [InlineData("<a href=\"javascript:alert(1)\">اضغط</a>", "اضغط")]
    [InlineData("<a href=\" JaVaScRiPt:alert(1)\">اضغط</a>", "اضغط")]
    [InlineData("<a href=\"data:text/html,<script>alert(1)</script>\">اضغط</a>", "اضغط")]
    [InlineData("<a href=\"/relative/path\">نسبي</a>", "نسبي")]
    [InlineData("<iframe src=\"https://evil.example\"></iframe><style>p{}</style><p>نص</p>", "نص")]
    public void Hostile_markup_leaves_only_words(string html, string expected) =>
        Assert.Equal(expected, PastedHtml.ToMarkdown(html));

    [Fact]
    public void Markup_written_as_text_stays_text_on_the_page()
    {
        var markdown = PastedHtml.ToMarkdown("<p>&lt;script&gt;alert(1)&lt;/script&gt; و &lt;img src=x onerror=alert(1)&gt; و [رابط](javascript:alert(1))</p>");

        var html = BodyHtml.Render(EditedBody.Read(markdown).Blocks);

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Characters_markdown_reads_are_escaped_so_the_words_read_back_the_same()
    {
        var markdown = PastedHtml.ToMarkdown("<p>1. السعر *مخفض* بنسبة 20_30 [عرض]</p>");

        Assert.Equal("1. السعر *مخفض* بنسبة 20_30 [عرض]", BlazorReader.Core.Markdown.BodyText.Of(EditedBody.Read(markdown).Blocks));
    }

    [Fact]
    public void A_line_break_stays_a_line_break_and_spaces_collapse() =>
        Assert.Equal("السطر الأول\\\nالسطر   الثاني".Replace("   ", " ", StringComparison.Ordinal),
            PastedHtml.ToMarkdown("<p>السطر   الأول<br>\n   السطر\n الثاني</p>"));

    [Fact]
    public void A_mail_link_is_kept_and_a_tracking_parameter_alone_leaves_no_question_mark() =>
        Assert.Equal("[راسلنا](mailto:desk@example.org) أو [الموقع](https://example.org/a)",
            PastedHtml.ToMarkdown("<p><a href=\"mailto:desk@example.org\">راسلنا</a> أو <a href=\"https://example.org/a?fbclid=XYZ\">الموقع</a></p>"));
}
