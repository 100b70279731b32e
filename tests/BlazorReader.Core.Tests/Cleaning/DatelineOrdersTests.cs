using BlazorReader.Core.Articles;
using BlazorReader.Core.Cleaning;

namespace BlazorReader.Core.Tests.Cleaning;

// Datelines in the orders agencies and papers print them: the agency first or last, bracketed
// or bare, the date first or after the place, with a weekday or «يوم»; glued before the lead
// or alone on their line. An agency whose name reads as little words («وام», «يو بي آي») or
// opens with «و» («وكالات») is still an agency. Lead lines are real corpus text (SaudiNewsNet,
// Mazen Abdulaziz, CC BY-NC-SA 4.0); the datelines are made up by shape.
public class DatelineOrdersTests
{
    private const string Lead = "وقعت المملكة العربية السعودية في نيويورك الثلاثاء الماضي مع جمهورية ناميبيا على بروتوكول إقامة علاقات دبلوماسية بين البلدين.";
    private const string Next = "وقد وقع البروتوكول عن الجانب السعودي المندوب الدائم للمملكة لدى الأمم المتحدة في مقر البعثة.";

    private static CleanedArticle Clean(params string[] lines) => new ArticleCleaner().Clean(new RawArticle(string.Join('\n', lines)));

    [Theory]
    [InlineData("(وام) بيروت 25 يوليو 2015 — ")]
    [InlineData("(وكالات) واشنطن 31/7/2015: ")]
    [InlineData("(يو بي آي) مكة المكرمة الأربعاء ٢٢ تموز ٢٠١٥ - ")]
    [InlineData("(قنا) الدمام الخميس 6 أغسطس 2015– ")]
    [InlineData("٢-٨-٢٠١٥ – باريس (د.ب.أ) – ")]
    [InlineData("21 Jul 2015 | نجران (د ب أ) - ")]
    [InlineData("2015/07/22 | الرياض (د ب أ): ")]
    [InlineData("أ ب -القاهرة– ")]
    [InlineData("الأناضول -نجران — ")]
    [InlineData("أبها في السبت 8 آب 2015 – ")]
    [InlineData("August 4, 2015: ")]
    [InlineData("أ ب ، 4 أغسطس 2015: ")]
    public void A_dateline_glued_before_the_lead_is_cut_off_it(string dateline)
    {
        var cleaned = Clean(dateline + Lead, Next);

        Assert.Equal([Lead, Next], cleaned.Blocks.Select(b => b.Text));
        Assert.Equal(dateline.Trim().TrimEnd('-', '–', '—', ':').Trim(), cleaned.Dateline);
    }

    [Theory]
    [InlineData("الرياض يوم 8 Aug 2015")]
    [InlineData("(واس) دبي 9/8/2015")]
    [InlineData("أبها، أ.ف.ب/ ٢١ يوليو ٢٠١٥")]
    [InlineData("بيروت-الأناضول، 2015/07/23")]
    [InlineData("المدينة المنورة يوم الاثنين 10 آب 2015")]
    public void A_dateline_alone_over_the_lead_goes(string dateline)
    {
        var cleaned = Clean(dateline, Lead, Next);

        Assert.Equal([Lead, Next], cleaned.Blocks.Select(b => b.Text));
        Assert.Equal("dateline", Assert.Single(cleaned.Removed, r => r.Text == dateline).Reason);
    }

    // The lines a page prints over the lead that only the late steps take (a name above a role,
    // a menu of an app): once they are gone, the dateline under them is read like any other.
    [Fact]
    public void A_dateline_under_lines_the_late_steps_take_is_cut_too()
    {
        var cleaned = Clean("الأفلام · عروض اليوم · حجوزاتي · الأخبار", "By سلمان البقمي", "رويترز- أبها: " + Lead, Next);

        Assert.Equal([Lead, Next], cleaned.Blocks.Select(b => b.Text));
    }

    // The story's own words before a dash or a colon stay: a speaker, a subject, a list.
    [Theory]
    [InlineData("وزير الصحة: نعمل على خطة شاملة لمكافحة الأمراض المعدية في جميع مناطق المملكة خلال العام المقبل.")]
    [InlineData("عام 2015: شهدت المملكة العربية السعودية نموا ملحوظا في قطاعات عدة أبرزها السياحة والترفيه والرياضة.")]
    [InlineData("وأما الرياض - وهي العاصمة - فقد شهدت نموا ملحوظا في قطاعات عدة أبرزها السياحة والترفيه.")]
    public void The_story_s_words_before_a_mark_stay(string lead)
    {
        var cleaned = Clean(lead, Next);

        Assert.Equal([lead, Next], cleaned.Blocks.Select(b => b.Text));
    }
}
