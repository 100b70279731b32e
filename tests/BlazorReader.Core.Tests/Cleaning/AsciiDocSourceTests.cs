using BlazorReader.Core.Cleaning;

namespace BlazorReader.Core.Tests.Cleaning;

// A page's AsciiDoc source, generated round real corpus lines (StoryLines): the header's
// attributes, a comment block, delimiters, a block title and admonition labels go; the words a
// link or a cross reference shows are the story's and stay, a footnote's note goes.
public class AsciiDocSourceTests
{
    private static readonly string[] Story = StoryLines.Four;

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(0, 12)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void The_source_reads_back_as_the_story(int seed)
    {
        var r = new Random(seed);
        string Pick(params string[] options) => options[r.Next(options.Length)];
        string[] page =
        [
            "= " + "النهضة يتعاقد مع الرجاء والكسار",
            ":author: أحمد السلمي",
            ":revdate: 2015-07-21",
            Pick(":toc: left", ":icons: font", ":lang: ar"),
            "////",
            "ملاحظة للمحرر: راجع الأرقام قبل النشر",
            "////",
            Story[0] + Pick(" footnote:[ترجمة: سعد العنزي عن د ب أ]", ""),
            Pick("TIP: ", "NOTE: ", "IMPORTANT: ") + "احفظ الخبر للقراءة لاحقاً",
            Pick(".صورة", ".الصورة الرئيسية"),
            Pick("----", "....", "****"),
            LinkIn(Story[1], r),
            Pick("== ", "=== ") + "خلفية القرار",
            Story[2],
            Story[3],
        ];
        var context = Clean.With(string.Join("\n", page), new AsciiDocSource());
        Assert.Equal(["النهضة يتعاقد مع الرجاء والكسار", Story[0], "احفظ الخبر للقراءة لاحقاً", Story[1], "خلفية القرار", Story[2], Story[3]], context.BodyLines());
    }

    // One word of the line shown by a link or a cross reference.
    private static string LinkIn(string line, Random r)
    {
        var words = line.Split(' ');
        var at = r.Next(words.Length);
        words[at] = r.Next(3) switch
        {
            0 => $"link:https://www.alyaum.org/akhbar/394117[{words[at]}]",
            1 => $"https://al-jazirah.com.sa/local/198924[{words[at]}]",
            _ => $"<<sec-{r.Next(1, 40)},{words[at]}>>",
        };
        return string.Join(' ', words);
    }

    // A comment fence that nothing closes takes only itself: the story below it stays.
    [Fact]
    public void An_unclosed_comment_fence_takes_only_itself()
    {
        string[] page = [":author: أحمد السلمي", Story[0], "////", Story[1], "link:https://www.alyaum.org/akhbar/394117[" + Story[2] + "]", Story[3]];
        var context = Clean.With(string.Join("\n", page), new AsciiDocSource());
        Assert.Equal(Story, context.BodyLines());
    }

    // A forum's pictures («[img]address[/img]») are no AsciiDoc links: their markup is left to its own rule.
    [Fact]
    public void A_forums_pictures_are_no_asciidoc()
    {
        string[] page = [Story[0], "[img]https://i.imgur.com/ISADjeN.jpg[/img]", Story[1], "[img]https://img.alriyadh.com/3oax87YTX.jpg[/img]", Story[2]];
        var context = Clean.With(string.Join("\n", page), new AsciiDocSource());
        Assert.Equal(page, context.BodyLines());
    }

    // A story answering its questions after «= » is no AsciiDoc page: its lines stay as they are.
    [Fact]
    public void A_storys_answers_after_an_equals_sign_stay()
    {
        string[] page = [Story[0], "= " + Story[1], "= " + Story[2]];
        var context = Clean.With(string.Join("\n", page), new AsciiDocSource());
        Assert.Equal(page, context.BodyLines());
    }
}
