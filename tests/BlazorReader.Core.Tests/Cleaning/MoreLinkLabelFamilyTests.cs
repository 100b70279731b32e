using BlazorReader.Core.Cleaning;

namespace BlazorReader.Core.Tests.Cleaning;

// «More» lines as sites print them, generated: an icon or none («◀», «►», «●», «▪», «■», «✦»,
// «⬅️», «🔗», «🔴»), a label (the story whole, read it at the source, follow the details, click
// here for more), a separator or none, and the link whole, cut after its first piece (the
// scheme alone, a short-link host with or without its slash) or gone to the next line. Real
// corpus sentences that open with the same words stay (SaudiNewsNet, Mazen Abdulaziz,
// CC BY-NC-SA 4.0).
public class MoreLinkLabelFamilyTests
{
    private const string Body = "وقال الصندوق في بيان، أمس السبت، إن إتمام المراجعة النهائية مكنت الصندوق من صرف الدفعة الأخيرة من القرض.";

    private static readonly string[] Icons = ["", "◀ ", "► ", "● ", "▪ ", "■ ", "✦ ", "⬅️ ", "🔗 ", "🔴 "];

    private static readonly string[] Labels =
    [
        "الخبر كاملاً", "الخبر كاملا", "اقرأ الخبر كاملا", "اقرأ الخبر من المصدر", "تابع التفاصيل", "التفاصيل",
        "المزيد", "للمزيد", "للتفاصيل اضغط هنا", "لقراءة الخبر كاملاً اضغط هنا",
    ];

    private static readonly string[] Separators = ["", " :", ":", " -", " –"];

    private static readonly string[] Links = ["", " http:", " https://", " htt", " bit.ly/", " goo.gl/3L7cNiCz", " ow.ly/P820Uw0", " sabq.org"];

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 200)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void A_more_label_behind_any_icon_with_a_broken_link_is_removed(int seed)
    {
        var r = new Random(seed);
        var line = Icons[r.Next(Icons.Length)] + Labels[r.Next(Labels.Length)] + Separators[r.Next(Separators.Length)] + Links[r.Next(Links.Length)];

        var context = Clean.With($"{Body}\n{line}", new ChromeRemover());

        Assert.Equal([Body], context.BodyLines());
        Assert.Equal("more-link", Assert.Single(context.Removed).Reason);
    }

    [Theory]
    [InlineData("► رابط مختصر: goo.gl/3L7cNiCz")]
    [InlineData("bit.ly/lNIPaC8")]
    [InlineData("tinyurl.com/y7x2k")]
    public void A_short_link_alone_or_after_its_label_is_removed(string line)
    {
        var context = Clean.With($"{Body}\n{line}", new ChromeRemover());

        Assert.Equal([Body], context.BodyLines());
    }

    [Theory]
    [InlineData("الخبر كاملا نشرته الصحيفة أمس في صفحتها الأولى مع صور الحادث.")]
    [InlineData("للتفاصيل والاستفسار يرجى الاتصال بإدارة العلاقات العامة بالأمانة.")]
    [InlineData("تابع التفاصيل الفنية للمشروع فريق من المهندسين السعوديين.")]
    public void A_sentence_opening_with_a_label_s_words_stays(string sentence)
    {
        var context = Clean.With($"{Body}\n{sentence}", new ChromeRemover());

        Assert.Empty(context.Removed);
    }
}
