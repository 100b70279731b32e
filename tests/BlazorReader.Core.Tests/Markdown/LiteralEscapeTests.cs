using BlazorReader.Core.Cleaning;
using BlazorReader.Core.Markdown;
using Markdig.Syntax;

namespace BlazorReader.Core.Tests.Markdown;

// A cleaned paragraph is printed as the paper printed it: escaped by the writer, Markdig reads
// it back as one literal paragraph with the same text, and the cleaner's unescape agrees.
public class LiteralEscapeTests
{
    public static readonly TheoryData<string> Lines =
    [
        "قال المتحدث إن *الاتفاق* لم يوقع بعد",
        "سعر البرميل 5*3 دولارات و_خصم_ 10%",
        "# ليس عنوانا",
        "## ليس عنوانا أيضا",
        "- ليس قائمة",
        "+ ولا هذه",
        "* ولا هذه",
        "1. ليس ترقيما",
        "2020. كان عاما صعبا",
        "3) ولا هذا",
        "> ليس اقتباسا",
        "---",
        "***",
        "___",
        "===",
        "```",
        "~~~ سطر",
        "^^^ صورة",
        "[رابط](https://example.com) ليس رابطا",
        "![صورة](https://example.com/x.png)",
        "زوروا https://www.spa.gov.sa/ للمزيد",
        "زوروا www.spa.gov.sa للمزيد",
        "راسلونا mailto:news@example.org",
        "<b>ليس وسما</b> و <script>alert(1)</script>",
        "&amp; و &#1575; و &copy; تبقى كما هي",
        "AT&T و R&D",
        "مسار C:\\Users\\news و \\* نجمة بشرطة",
        "`ليس رمزا برمجيا`",
        "سطر ينتهي بشرطة مائلة \\",
        "[^1] ليس حاشية",
        "| عمود | عمود |",
        "@user_name_ و #وسم_عربي",
        "Latin run «Zouaves Paris» داخل نص عربي",
    ];

    [Theory]
    [MemberData(nameof(Lines))]
    public void Markdig_reads_an_escaped_line_back_as_the_same_literal_paragraph(string line)
    {
        var document = BodyMarkdown.Parse(MarkdownWriter.Escape(line));
        var paragraph = Assert.IsType<ParagraphBlock>(Assert.Single(document));
        Assert.True(MarkdownPlainText.IsLiteral(paragraph));
        Assert.Equal(line, MarkdownPlainText.Of(paragraph));
    }

    [Theory]
    [MemberData(nameof(Lines))]
    public void Unescape_undoes_escape(string line) =>
        Assert.Equal(line, MarkdownWriter.Unescape(MarkdownWriter.Escape(line)));

    [Fact]
    public void A_line_without_markdown_characters_is_written_as_it_is() =>
        Assert.Equal("أعلن زعيم جماعة \"زواف باريس\" أنه توجه إلى قره باغ.", MarkdownWriter.Escape("أعلن زعيم جماعة \"زواف باريس\" أنه توجه إلى قره باغ."));
}
