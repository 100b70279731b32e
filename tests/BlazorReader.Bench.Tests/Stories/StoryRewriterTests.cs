using BlazorReader.Bench.Stories;
using BlazorReader.Core.Related;

namespace BlazorReader.Bench.Tests.Stories;

public class StoryRewriterTests
{
    private static readonly DateTime Sunday = new(2015, 8, 2, 10, 0, 0, DateTimeKind.Utc);

    private static readonly RelatedDocument Fair = new(1, "افتتاح معرض جدة الدولي للكتاب بمشاركة 400 دار نشر",
        "افتتح أمير منطقة مكة المكرمة مساء أمس معرض جدة الدولي للكتاب بمشاركة 400 دار نشر من 30 دولة. وقال مدير المعرض إن الدورة تستمر عشرة أيام.\n" +
        "ويضم المعرض برنامجا ثقافيا يشمل ندوات وأمسيات شعرية وورش عمل للأطفال.\n" +
        "وأوضح المنظمون أن ساعات الزيارة تمتد من الرابعة عصرا حتى الحادية عشرة ليلا.", "okaz", Sunday);

    private static readonly RelatedDocument Weather = new(2, "الأرصاد: أمطار رعدية على عسير والباحة",
        "توقعت الرئاسة العامة للأرصاد وحماية البيئة هطول أمطار رعدية على مرتفعات عسير والباحة وجازان مع رياح نشطة تثير الأتربة والغبار على المناطق الشرقية.", "alriyadh", Sunday);

    private static StoryRewriter Rewriter(int seed) => new(new Random(seed), [Fair, Weather], ["okaz", "alriyadh", "sabq"]);

    [Fact]
    public void Makes_the_same_rewrite_from_the_same_seed() =>
        Assert.Equal(Rewriter(4).Rewrite(Fair, 10), Rewriter(4).Rewrite(Fair, 10));

    [Fact]
    public void Rewrites_as_another_paper_within_two_days()
    {
        var rewrite = Rewriter(4).Rewrite(Fair, 10);
        Assert.NotEqual(Fair.Source, rewrite.Source);
        Assert.InRange(rewrite.PublishedAt - Fair.PublishedAt, TimeSpan.Zero, TimeSpan.FromHours(48));
        Assert.NotEqual(Fair.Title, rewrite.Title);
    }

    [Fact]
    public void Writes_the_figures_of_a_rewritten_headline_in_arabic_indic_digits() =>
        Assert.Contains("٤٠٠", Rewriter(7).Rewrite(Fair, 10).Title, StringComparison.Ordinal);

    [Fact]
    public void Tells_another_event_in_the_same_template_with_other_figures_or_places()
    {
        var other = Rewriter(4).OtherEvent(Fair, 11)!;
        Assert.DoesNotContain("400", other.Title, StringComparison.Ordinal);
        Assert.DoesNotContain("جدة", other.Title, StringComparison.Ordinal);
        Assert.Contains("الدولي للكتاب", other.Title, StringComparison.Ordinal);
    }
}
