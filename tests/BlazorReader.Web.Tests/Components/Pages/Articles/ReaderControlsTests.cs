using System.Globalization;
using BlazorReader.Web.Components.Pages.Articles;
using Bunit;

namespace BlazorReader.Web.Tests.Components.Pages.Articles;

public class ReaderControlsTests : BunitTestBase
{
    [Fact]
    public void Starts_hidden_until_the_script_wires_it()
    {
        var cut = Render<ReaderControls>();
        Assert.True(cut.Find(".reader-controls").HasAttribute("hidden"));
    }

    [Fact]
    public void Offers_size_spacing_theme_and_measure_as_labelled_button_groups()
    {
        var cut = Render<ReaderControls>();
        Assert.Equal(["حجم الخط", "تباعد الأسطر", "المظهر", "عرض النص"],
            cut.FindAll("[role=group]").Select(g => g.GetAttribute("aria-label")));
        Assert.All(cut.FindAll("button"), b =>
        {
            Assert.Equal("button", b.GetAttribute("type"));
            Assert.False(string.IsNullOrWhiteSpace(b.TextContent));
        });
        Assert.Contains(cut.FindAll("button"), b => b.GetAttribute("data-pref") == "theme" && b.GetAttribute("data-value") == "sepia");
    }

    [Fact]
    public void Renders_the_same_under_an_arabic_culture()
    {
        var before = Render<ReaderControls>().Markup;
        var saved = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = new CultureInfo("ar-SA");
        try
        {
            Assert.Equal(before, Render<ReaderControls>().Markup);
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }
}
