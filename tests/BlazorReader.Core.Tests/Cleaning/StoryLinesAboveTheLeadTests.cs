using BlazorReader.Core.Articles;
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

// A dateline glued to the story's short first line (a caption, a kicker): the dateline goes,
// the line stays; a path of sections or a byline of the same look is no dateline and caption.
public class DatelineOnAShortFirstLineTests
{
    private const string Lead = "وقعت المملكة العربية السعودية في نيويورك الثلاثاء الماضي مع جمهورية ناميبيا على بروتوكول إقامة علاقات دبلوماسية بين البلدين.";
    private const string Next = "وقد وقع البروتوكول عن الجانب السعودي المندوب الدائم للمملكة لدى الأمم المتحدة في مقر البعثة.";

    [Theory]
    [InlineData("الزرقاء/ الأناضول/ من الاتفاقية", "من الاتفاقية")]
    [InlineData("العين/ وام/ جانب من الحفل", "جانب من الحفل")]
    [InlineData("طنجة/ و.م.ع/ جانب من التدريب", "جانب من التدريب")]
    [InlineData("القدس المحتلة (القدس) - المنيفي والجميل", "المنيفي والجميل")]
    // The date may open it, set off by a bar or a spaced dash, in either digits.
    [InlineData("الاثنين 10 آب 2015 | الرياض (د ب أ) – سقوط الأعمدة الكهربائية", "سقوط الأعمدة الكهربائية")]
    [InlineData("١٠ أغسطس ٢٠١٥ - العين/ وام/ جانب من الحفل", "جانب من الحفل")]
    [InlineData("2015-08-10 | القدس المحتلة (القدس) - المنيفي والجميل في الجلسة الأولى", "المنيفي والجميل في الجلسة الأولى")]
    public void The_dateline_goes_and_the_line_stays(string line, string kept)
    {
        var context = Clean.With($"{line}\n{Lead}\n{Next}", new ChromeRemover());
        Assert.Equal([kept, Lead, Next], context.BodyLines());
        Assert.Equal("dateline", Assert.Single(context.Removed).Reason);
        Assert.NotNull(context.Dateline);
    }

    [Theory]
    [InlineData("الرئيسية / أخبار / محليات")]
    [InlineData("سعد الرشيد - جدة")]
    [InlineData("جانب من الحفل")]
    [InlineData("الاثنين 10 آب 2015 | سعد الرشيد - جدة")]
    [InlineData("نشر في 10 آب | الرئيسية / أخبار / محليات")]
    public void A_line_of_the_same_look_is_not_cut(string line)
    {
        var context = Clean.With($"{line}\n{Lead}\n{Next}", new ChromeRemover());
        Assert.DoesNotContain(context.Removed, r => r.Reason == "dateline");
        Assert.DoesNotContain(context.Lines, l => l.Text != line && l.Text != Lead && l.Text != Next);
    }
}

// A dateline set off by dashes before a short line of the story's (a kicker, a subtitle): a known
// source and place, or a place and a date, before the dash (version 34). The lead's own aside
// after a dated dateline stays whole, and a date's last part is no list's number.
public class DatelineBeforeAKickerTests
{
    private const string Lead = "وقعت المملكة العربية السعودية في نيويورك الثلاثاء الماضي مع جمهورية ناميبيا على بروتوكول إقامة علاقات دبلوماسية بين البلدين.";
    private const string Next = "وقد وقع البروتوكول عن الجانب السعودي المندوب الدائم للمملكة لدى الأمم المتحدة في مقر البعثة.";

    private static CleanedArticle Clean(params string[] lines) => new ArticleCleaner().Clean(new RawArticle(string.Join('\n', lines)));

    [Theory]
    [InlineData("رويترز– جدة – كريري عاد للرياض", "كريري عاد للرياض")]
    [InlineData("الكويت في 25 يوليو 2015 - جماهير الهلال", "جماهير الهلال")]
    public void The_dateline_goes_and_the_kicker_stays(string line, string kept)
    {
        var cleaned = Clean(line, Lead, Next);

        Assert.Equal([kept, Lead, Next], cleaned.Blocks.Select(b => b.Text));
        Assert.NotNull(cleaned.Dateline);
    }

    [Theory]
    [InlineData("سعد الرشيد - جدة")]
    [InlineData("الرياض - سعد الرشيد")]
    [InlineData("رويترز – جدة – سعد الرشيد")]
    public void A_name_after_the_dashes_is_no_kicker(string line)
    {
        var cleaned = Clean(line, Lead, Next);

        Assert.DoesNotContain(cleaned.Blocks, b => b.Text != Lead && b.Text != Next && line.EndsWith(b.Text, StringComparison.Ordinal) && b.Text != line);
    }

    [Fact]
    public void A_dated_dateline_ends_at_its_date_whatever_dashes_the_lead_holds()
    {
        const string lead = "أصبحت عصي السيلفي - المنتشرة في المدن الأوروبية بقدر السائحين الذين يستخدمونها - مثيرة للجدل في المتاحف.";

        var cleaned = Clean("عمان - أ ف ب ،٢٠١٥-٠٧-٢٣ — " + lead, Next);

        Assert.Equal([lead, Next], cleaned.Blocks.Select(b => b.Text));
    }
}
