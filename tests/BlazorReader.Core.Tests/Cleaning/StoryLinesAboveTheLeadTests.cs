using BlazorReader.Core.Cleaning;

namespace BlazorReader.Core.Tests.Cleaning;

// Lines above the lead that look like page chrome but are the story's own, from the corpus as
// it is (SaudiNewsNet, Mazen Abdulaziz, CC BY-NC-SA 4.0: alriyadh 1067730 and
// 1071480, sabq and aawsat datelines); the chrome of the same look still goes.
public class StoryLinesAboveTheLeadTests
{
    private const string Lead = "في الحي العاشر من باريس وفي شارع ضيق وضاج ومزدحم بمحلات بيع الجملة والمفرّق، والمقاهي والحانات، تقع القنصلية الكندية.";
    private const string Next = "في أول الباب تواجهنا الموظفة الأولى وإلى جوارها آلة وعليها عدة ألوان، كل لون يعني قضية حضر المرء من أجلها.";

    [Theory]
    [InlineData("1", "2")]
    [InlineData("١", "٢")]
    public void A_number_that_opens_the_first_of_numbered_parts_stays(string first, string second)
    {
        var context = Clean.With($"{first}\n{Lead}\n{second}\n{Next}", new HeadTrimmer());
        Assert.Equal([first, Lead, second, Next], context.BodyLines());
    }

    [Fact]
    public void A_bare_number_above_the_lead_with_no_next_part_goes()
    {
        var context = Clean.With($"1\n{Lead}\n{Next}", new HeadTrimmer());
        Assert.Equal([Lead, Next], context.BodyLines());
        Assert.Equal("counter", Assert.Single(context.Removed).Reason);
    }

    [Fact]
    public void A_menu_of_sections_above_the_lead_goes()
    {
        var context = Clean.With($"الرئيسية - محليات - اقتصاد - رياضة\n{Lead}\n{Next}", new HeadTrimmer());
        Assert.Equal([Lead, Next], context.BodyLines());
    }

    // An agency or a place is no sentence for its letters: «وام» is no «و» + «أم», «سيدني» no
    // future verb, a bracketed «(وما)» no «و» + «ما», a name's tatweel no «بل».
    [Theory]
    [InlineData("وام- أبوظبي: ", "وام- أبوظبي")]
    [InlineData("واس- سيدني: ", "واس- سيدني")]
    [InlineData("سيدني - د.ب.أ: ", "سيدني - د.ب.أ")]
    [InlineData("بـدر الجـبل –سبق –تيماء: ", "بـدر الجـبل –سبق –تيماء")]
    [InlineData("غزة(ومع): ", "غزة(ومع)")]
    [InlineData("زرقون (وما): ", "زرقون (وما)")]
    [InlineData("أم الدوم ـ«نافذة الشمال» : ", "أم الدوم ـ«نافذة الشمال»")]
    public void A_dateline_of_an_agency_and_a_place_before_a_colon_is_cut_whole(string prefix, string dateline)
    {
        var context = Clean.With($"{prefix}{Lead}\n{Next}", new HeadTrimmer());
        Assert.Equal([Lead, Next], context.BodyLines());
        Assert.Equal(dateline, context.Dateline);
    }
}
