using BlazorReader.Core.Cleaning;
using BlazorReader.Web.Rendering;

namespace BlazorReader.Web.Tests.Rendering;

// An editor's body (or a stolen editor account) cannot put anything executable on a page:
// raw HTML is text, unsafe addresses lose their anchor, malformed Markdown stays text.
public class RendererXssTests
{
    public static readonly TheoryData<string> Payloads =
    [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "<svg onload=alert(1)><circle r=5 /></svg>",
        "<a href=\"javascript:alert(1)\">اضغط</a>",
        "<div style=\"background:url(javascript:alert(1))\">x</div>",
        "<iframe src=\"https://evil.example\"></iframe>",
        "<!-- <script>alert(1)</script> -->",
        "<details open ontoggle=alert(1)>",
        "[رابط](javascript:alert(1))",
        "[رابط](JaVaScRiPt:alert(1))",
        "[رابط](java&#x73;cript:alert(1))",
        "[رابط](javascript&colon;alert(1))",
        "[رابط](&#106;avascript:alert(1))",
        "[رابط](%6Aavascript:alert(1))",
        "[رابط](\"javascript:alert(1)\")",
        "[رابط](<javascript:alert(1)>)",
        "[رابط]( javascript:alert(1))",
        "[رابط](vbscript:msgbox(1))",
        "[رابط](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "[رابط](//evil.example/x)",
        "[رابط](/\\evil.example/x)",
        "[رابط](https://example.com \"title\" onmouseover=alert(1))",
        "![صورة](javascript:alert(1))",
        "![صورة](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
        "![x](https://example.com/x.png\" onerror=\"alert(1))",
        "![صورة](media:1 \"<script>alert(1)</script>\")",
        "![صورة](media:1\" onerror=\"alert(1))",
        "<javascript:alert(1)>",
        "<data:text/html,<script>alert(1)</script>>",
        "[ref]\n\n[ref]: javascript:alert(1)",
        "**[غامق](javascript:alert(1))**",
        "&lt;script&gt;alert(1)&lt;/script&gt;",
        "&#60;script&#62;alert(1)&#60;/script&#62;",
        "[a](https://example.com/\"><script>alert(1)</script>)",
        "## <img src=x onerror=alert(1)>",
        "- <script>alert(1)</script>\n- [x](javascript:alert(1))",
        "| <script> | [x](javascript:alert(1)) |\n|---|---|\n| <img src=x onerror=alert(1)> | b |",
        "> <svg onload=alert(1)>\n>\n> — x (@y) [2020-01-01](javascript:alert(1))",
        "```\n<script>alert(1)</script>\n```",
        "**غير مغلق [رابط(javascript:alert(1)\n\n<scr<script>ipt>alert(1)</script>",
        "\u0000<script>alert(1)</script>",
    ];

    [Theory]
    [MemberData(nameof(Payloads))]
    public void Markdown_payloads_render_inert(string markdown) => InertMarkup.AssertInert(BodyHtml.Render(EditedBody.Read(markdown).Blocks));

    [Theory]
    [MemberData(nameof(Payloads))]
    public void Payloads_stored_as_markdown_blocks_render_inert(string markdown) =>
        InertMarkup.AssertInert(BodyHtml.Render([new Core.Articles.ContentBlock(Core.Articles.BlockKind.Markdown, markdown, Core.Articles.TextDirection.Rtl)]));

    [Fact]
    public void Raw_html_is_shown_as_the_text_the_editor_typed()
    {
        var body = InertMarkup.Body(BodyHtml.Render(EditedBody.Read("قال **x** <script>alert(1)</script>").Blocks));
        Assert.Contains("<script>alert(1)</script>", body.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unsafe_link_keeps_its_words_and_loses_its_anchor()
    {
        var body = InertMarkup.Body(BodyHtml.Render(EditedBody.Read("اضغط [هنا](javascript:alert(1)) الآن").Blocks));
        Assert.Empty(body.QuerySelectorAll("a"));
        Assert.Contains("هنا", body.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_sanitizer_alone_drops_what_the_writer_would_never_emit()
    {
        // The second wall, tried directly: markup that reached it by a writer bug.
        var html = BodySanitizer.Sanitize("<p onclick=\"alert(1)\" style=\"x\">a</p><script>alert(1)</script><img src=x onerror=alert(1)>"
            + "<a href=\"javascript:alert(1)\">b</a><a href=\"data:text/html,x\">c</a><a href=\"https://example.com\">d</a><iframe></iframe>");
        InertMarkup.AssertInert(html);
        var body = InertMarkup.Body(html);
        Assert.Equal("noopener nofollow ugc", body.QuerySelector("a[href^='https']")!.GetAttribute("rel"));
        Assert.Single(body.QuerySelectorAll("a[href]"));
    }
}

public class InertMarkupCheckTests
{
    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<p onclick=\"alert(1)\">x</p>")]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>")]
    [InlineData("<a href=\" java\tscript:alert(1)\">x</a>")]
    [InlineData("<a href=\"data:text/html,x\">x</a>")]
    [InlineData("<a href=\"//evil.example\">x</a>")]
    [InlineData("<img src=\"https://example.com/x.png\">")]
    public void The_check_itself_sees_active_markup(string html) =>
        Assert.ThrowsAny<Exception>(() => InertMarkup.AssertInert(html));
}
