using BlazorReader.Web.Components.Pages.Admin;
using Bunit;

namespace BlazorReader.Web.Tests.Components.Pages.Admin;

public class TextDiffTests : BunitTestBase
{
    [Fact]
    public void Shows_the_removed_line_and_the_added_line_and_leaves_out_the_unchanged_one()
    {
        var cut = Render<TextDiff>(p => p
            .Add(x => x.Before, "فقرة أولى\nفقرة ثانية قديمة")
            .Add(x => x.After, "فقرة أولى\nفقرة ثانية جديدة"));
        Assert.Equal("فقرة ثانية قديمة", cut.Find("li.diff-removed").TextContent.Replace("حُذف: ", "", StringComparison.Ordinal).Trim());
        Assert.Equal("فقرة ثانية جديدة", cut.Find("li.diff-added").TextContent.Replace("أُضيف: ", "", StringComparison.Ordinal).Trim());
        Assert.Equal(2, cut.FindAll("li").Count);
    }

    [Fact]
    public void Says_there_is_no_difference_between_equal_texts()
    {
        var cut = Render<TextDiff>(p => p.Add(x => x.Before, "نص").Add(x => x.After, "نص"));
        Assert.Equal("لا فرق.", cut.Find("p").TextContent);
    }

    [Fact]
    public void Marks_each_change_in_words_for_screen_readers_not_only_in_colour()
    {
        var cut = Render<TextDiff>(p => p.Add(x => x.Before, "قديم").Add(x => x.After, "جديد"));
        Assert.Contains("حُذف:", cut.Find("li.diff-removed .visually-hidden").TextContent, StringComparison.Ordinal);
        Assert.Contains("أُضيف:", cut.Find("li.diff-added .visually-hidden").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Escapes_markup_in_either_version()
    {
        var cut = Render<TextDiff>(p => p.Add(x => x.Before, "x").Add(x => x.After, "<script>alert(1)</script>"));
        Assert.Empty(cut.FindAll("script"));
        Assert.Contains("&lt;script&gt;", cut.Markup, StringComparison.Ordinal);
    }
}
