using BlazorReader.Core.Articles;
using BlazorReader.Core.Cleaning;

namespace BlazorReader.Core.Tests.Cleaning;

// What a post page prints round a post that is not the post, generated from shapes: a machine
// translation's note («مترجم من الإنجليزية بواسطة Google · قيّم هذه الترجمة»), the notice
// left by a post that no longer loads, and a community note (its header, the note, the prompt
// to rate it). All go, with the link a gone post leaves; the story's lines round them stay, and so does a story's sentence that
// only tells of such things. Story lines are real corpus text (SaudiNewsNet, Mazen Abdulaziz,
// CC BY-NC-SA 4.0).
public class PostNoticeFamilyTests
{
    private static readonly string[] Story = StoryLines.Two;

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 90)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void A_post_page_s_notices_go_and_the_story_stays(int seed)
    {
        var r = new Random(seed);
        T Pick<T>(params T[] items) => items[r.Next(items.Length)];
        var (open, close) = Pick(("", ""), ("⚠ ", ""), ("[", "]"), ("(", ")"));
        List<string> notice = (seed % 3) switch
        {
            0 => [r.Next(2) == 0
                ? Pick("مترجم من ", "تُرجم من ", "مترجمة عن ", "تمت الترجمة من ") + Pick("الإنجليزية", "الفرنسية", "الأوردية", "التركية") + Pick(" بواسطة Google", "", " · قيّم هذه الترجمة", " آلياً", " عبر Bing")
                : Pick("Translated from English by Google", "Translated from French", "Auto-translated from Urdu")],
            1 => [open + Pick("يُرجى الانتباه: تم حذف هذه التغريدة", "هذا المنشور غير متاح", "لم تعد هذه التغريدة متوفرة. اعرف المزيد",
                "هذا المنشور من حساب لم يعد موجوداً", "This post is unavailable.", "تعذّر تحميل التغريدة", "This tweet was deleted") + close],
            _ => [Pick("ملاحظات المجتمع", "سياق من القراء", "أضاف القراء سياقًا يرون أن الآخرين قد يرغبون في معرفته", "Readers added context"),
                Pick("الصورة المرفقة قديمة وتعود إلى عام 2012", "المقطع مجتزأ من مقابلة أطول نُشرت عام 2013 في جدة"),
                .. r.Next(2) == 0 ? new[] { Pick("هل كانت هذه الملاحظة مفيدة؟", "قيّم هذه الملاحظة", "تُكتب الملاحظات بواسطة المساهمين") } : []],
        };
        var lines = new List<string> { Story[0] };
        lines.AddRange(notice);
        // The link a gone post leaves, whole or broken anywhere.
        if (seed % 3 == 1 && r.Next(2) == 0)
        {
            var link = "https://twitter.com/owvqig_wxg/status/1976789757736423892";
            var cut = r.Next(12, link.Length - 3);
            lines.AddRange(r.Next(2) == 0 ? [link] : [link[..cut], link[cut..]]);
        }
        lines.Add(Story[1]);

        var cleaned = new ArticleCleaner().Clean(new RawArticle(string.Join('\n', lines), Title: "النهضة يتعاقد مع الرجاء والكسار"));

        Assert.Equal(Story, cleaned.Blocks.Select(b => b.Text));
        Assert.All(notice, n => Assert.Contains(cleaned.Removed, x => x.Text == n));
    }

    [Theory]
    [InlineData("وقد تم حذف التغريدة بعد ساعات من نشرها، بحسب ما أفاد متابعون للحساب.")]
    [InlineData("مترجم من الإنجليزية إلى العربية لأول مرة، صدر الكتاب عن دار النشر في الرياض هذا الشهر.")]
    [InlineData("ملاحظات المجتمع على القرار كانت كثيرة")]
    public void A_story_s_sentence_that_tells_of_them_stays(string line)
    {
        var cleaned = new ArticleCleaner().Clean(new RawArticle(string.Join('\n', Story[0], line, Story[1]), Title: "النهضة يتعاقد مع الرجاء والكسار"));
        Assert.Equal([Story[0], line, Story[1]], cleaned.Blocks.Select(b => b.Text));
    }
}
