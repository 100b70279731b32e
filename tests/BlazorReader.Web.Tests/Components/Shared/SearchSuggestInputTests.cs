using BlazorReader.Web.Components.Shared;
using Bunit;

namespace BlazorReader.Web.Tests.Components.Shared;

public sealed class SearchSuggestInputTests : BunitTestBase
{
    [Fact]
    public void Renders_a_closed_ARIA_combobox_that_controls_an_empty_hidden_listbox()
    {
        var cut = Render<SearchSuggestInput>(p => p.Add(c => c.Id, "site-search-q"));

        var input = cut.Find("input#site-search-q");
        Assert.Equal(("combobox", "list", "false"),
            (input.GetAttribute("role"), input.GetAttribute("aria-autocomplete"), input.GetAttribute("aria-expanded")));
        var list = cut.Find("#" + input.GetAttribute("aria-controls"));
        Assert.Equal(("listbox", "ul"), (list.GetAttribute("role"), list.TagName.ToLowerInvariant()));
        Assert.True(list.HasAttribute("hidden"));
        Assert.False(string.IsNullOrEmpty(list.GetAttribute("aria-label")));
        Assert.Empty(list.Children);
        Assert.Null(input.GetAttribute("aria-activedescendant"));
        Assert.Single(cut.FindAll("[role=status]"));
    }

    [Fact]
    public void Stays_the_q_field_of_a_plain_form_without_script()
    {
        var cut = Render<SearchSuggestInput>(p => p.Add(c => c.Id, "search-page-q").Add(c => c.Value, "وزارة الصحة"));

        var input = cut.Find("input");
        Assert.Equal(("q", "search", "وزارة الصحة", "auto"),
            (input.GetAttribute("name"), input.GetAttribute("type"), input.GetAttribute("value"), input.GetAttribute("dir")));
        Assert.Equal("/api/suggest", input.GetAttribute("data-suggest-source"));
        // The browser's own history completion stays for readers without script; suggest.js turns it off.
        Assert.Null(input.GetAttribute("autocomplete"));
    }
}
