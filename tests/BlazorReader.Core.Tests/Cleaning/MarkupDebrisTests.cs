using BlazorReader.Core.Articles;
using BlazorReader.Core.Cleaning;

namespace BlazorReader.Core.Tests.Cleaning;

// A page's source copied with its text, generated: story lines (real corpus text, SaudiNewsNet,
// Mazen Abdulaziz, CC BY-NC-SA 4.0) wrapped in tags, entities and shortcodes keep their words;
// lines of markup, placeholders, scripts, styles and structured data go as «markup».
public class MarkupDebrisTests
{
    private static readonly string[] Story =
    [
        "أنهت إدارة نادي النهضة اجراءات التعاقد مع الظهير الايمن وليد الرجاء والمدافع عبدالعزيز الكسار بحضور عضو الإدارة.",
        "وكانت تدعو خصوصا إلى رفع الحظر الاقتصادي المفروض على الجزيرة الشيوعية منذ عام 1962.",
        "وقالت: «لا يمكننا العودة إلى سياسة فشلت، داعية الجمهوريين إلى الاستماع لمطالب الشعب الكوبي».",
    ];

    private static readonly string[] Wrappers =
    [
        "<p>{0}</p>", "<p class=\"lead\" style=\"text-align: justify;\">{0}</p>", "<div>{0}</div>", "{0}<br />", "<span dir=\"rtl\">{0}</span>&nbsp;",
        "<!-- wp:paragraph --><p>{0}</p><!-- /wp:paragraph -->", "[vc_column_text]{0}[/vc_column_text]", "<strong>{0}</strong>",
        "[b]{0}[/b]", "[size=4][color=#333333]{0}[/color][/size]", "[quote=عكاظ]{0}[/quote]", "\\textbf{{0}}", "\\noindent {0}",
        "\\pard\\rtlpar\\qj\\f0\\fs28 {0}\\par", "\\par {0}", "\\pard\\rtlpar\\sa200\\sl276\\slmult1 {\\b {0}}\\b0\\par",
        ".B \"{0}\"", "\\fB{0}\\fR", ".SH {0}", "\\pard\\rtlpar\\i {0}\\par",
        "<text:p text:style-name=\"P3\">{0}</text:p>", "<text:h text:style-name=\"Heading_20_2\" text:outline-level=\"2\">{0}</text:h>",
        "<text:p text:style-name=\"P1\"><text:span text:style-name=\"T1\">{0}</text:span></text:p>",
    ];

    private static readonly string[] Debris =
    [
        "<p>&nbsp;</p>", "<br />", "</div>", "<div class=\"clearfix\"></div>", "<!--more-->", "&nbsp;&nbsp;", "[/vc_column][/vc_row]",
        "{{ share_buttons }}", "%%VIEWS%%", "<!-- /wp:paragraph -->",
        "window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('js', new Date());",
        "(adsbygoogle = window.adsbygoogle || []).push({});", "var addthis_config = {\"data_track_addressbar\":true};",
        "googletag.cmd.push(function() { googletag.display('div-gpt-ad-1-0'); });",
        ".entry-content p{text-align:justify;font-size:18px;line-height:1.8}",
        "{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"عنوان الخبر\"}",
        "<img height=\"1\" width=\"1\" style=\"display:none\" src=\"/tr?id=1&ev=PageView&noscript=1\" />",
        "[img]http://i.example.org/a1.jpg[/img]", "[hr]", "\\documentclass[12pt]{article}", "\\usepackage[utf8]{inputenc}", "\\begin{document}",
        "\\maketitle", "\\includegraphics[width=\\linewidth]{idcijija.jpg}", "% تعليق: راجع الرقم مع المحرر", "In [4]:", "Out[ ]:",
        "import pandas as pd", "{\\rtf1\\ansi\\ansicpg1256\\deff0\\nouicompat{\\fonttbl{\\f0\\fnil\\fcharset178 Traditional Arabic;}}",
        "{\\*\\generator Riched20 10.0.19041}\\viewkind4\\uc1", "}", "\\pard\\par", "\\viewkind4\\uc1", "{\\colortbl ;\\red0\\green0\\blue0;}", ".PP", ".LP", ".sp 2", ".SH DESCRIPTION",
        ".TH \"DAILY_SA\" \"5\" \"٦ أغسطس، 2015\" \"عين اليوم\" \"أخبار محلية\"", ".\\\" راجع الفقرة مع المحرر", "df = pd.read_json('news.json')", "df['source'].value_counts().head(3)", "print(df.loc[1247, 'content'])",
    ];

    public static TheoryData<int, int> Pairs() => [.. Enumerable.Range(0, Wrappers.Length).SelectMany(w => Enumerable.Range(0, Debris.Length).Select(d => (w, d)))];

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Wrapped_story_lines_keep_their_words_and_debris_goes(int wrapper, int debris)
    {
        var raw = string.Join("\n", Wrappers[wrapper].Replace("{0}", Story[0], StringComparison.Ordinal), Debris[debris], Story[1], Wrappers[(wrapper + 3) % Wrappers.Length].Replace("{0}", Story[2], StringComparison.Ordinal));
        var context = Clean.With(raw, new MarkupRemover());
        Assert.Equal(Story, context.BodyLines());
        Assert.All(context.Removed, r => Assert.Equal("markup", r.Reason));
    }

    // Rich text escapes Arabic by its code («\u1575?») or by its byte in the Arabic code page («\'c7»).
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Escaped_rich_text_reads_back_as_the_story(bool byByte)
    {
        var escaped = string.Concat(Story[1].Select(c => c < 128 ? c.ToString() : byByte
            ? string.Concat(System.Text.CodePagesEncodingProvider.Instance.GetEncoding(1256)!.GetBytes([c]).Select(b => $"\\'{b:x2}"))
            : $"\\u{(int)c}?"));
        var context = Clean.With($"{Story[0]}\n\\pard\\rtlpar\\f0\\fs28 {escaped}\\par\n{Story[2]}", new MarkupRemover());
        Assert.Equal(Story, context.BodyLines());
    }

    [Fact]
    public void A_caption_in_its_shortcode_is_a_caption()
    {
        var context = Clean.With($"[caption id=\"attachment_70581\" align=\"alignright\" width=\"600\"]صورة أرشيفية من طنجة[/caption]\n{Story[0]}", new MarkupRemover());
        Assert.Equal([Story[0]], context.BodyLines());
        Assert.Equal("caption", Assert.Single(context.Removed).Reason);
    }

    [Theory]
    [InlineData("إذا كانت النسبة < 5% فإن المؤشر يعد منخفضا، وإذا زادت > 10% فهو مرتفع.")]
    [InlineData("وقال إن شركة AT&T ستطرح الخدمة في [الرياض] وجدة.")]
    [InlineData("الأهداف {الشرق الأوسط} نشرت التقرير كاملا.")]
    [InlineData("انظر [الرابط](https://example.org/a) للتفاصيل.")]
    [InlineData("انظر [here](https://example.org/a) للتفاصيل.")]
    [InlineData("pic.twitter.com")]
    [InlineData("alyaum.com")]
    [InlineData("وبلغت النسبة 45% في الربع الأول من العام الجاري.")]
    [InlineData("%50 من الطلاب اجتازوا الاختبار بنجاح.")]
    [InlineData("ينقسم الصائمون من حيث الإفطار في شهر رمضان المبارك إلى نوعين، برأيك أيهما أهم؟ #vote_area2 ul { padding: 0; margin: 0; } jQuery(document).ready(function(){ jQuery('#vote_form2').submit(); });")]
    public void Story_text_that_looks_like_markup_stays_as_it_is(string line)
    {
        var context = Clean.With($"{Story[0]}\n{line}", new MarkupRemover());
        Assert.Equal([Story[0], line], context.BodyLines());
        Assert.Empty(context.Removed);
    }

    [Fact]
    public void Entities_read_as_their_characters()
    {
        var context = Clean.With("قال &quot;نحن مستعدون&quot; &amp; أضاف أن العمل مستمر.", new MarkupRemover());
        Assert.Equal(["قال \"نحن مستعدون\" & أضاف أن العمل مستمر."], context.BodyLines());
    }

    [Fact]
    public void The_whole_cleaner_keeps_a_wrapped_story()
    {
        var raw = string.Join("\n", Story.Select(s => $"<p>{s}</p>").Append("<div class=\"clearfix\"></div>"));
        var cleaned = new ArticleCleaner().Clean(new RawArticle(raw, Title: "الحظر الاقتصادي"));
        Assert.Equal(Story, cleaned.Blocks.Select(b => b.Text));
    }
}
