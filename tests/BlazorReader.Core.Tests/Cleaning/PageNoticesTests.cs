using BlazorReader.Core.Articles;
using BlazorReader.Core.Cleaning;

namespace BlazorReader.Core.Tests.Cleaning;

// Notices a page prints under the story, generated from shapes: a box for citing the article
// (its header, the styles, the citation itself, the copy button), a licence, advice disclaimed.
// Story lines are real corpus text (SaudiNewsNet, Mazen Abdulaziz, CC BY-NC-SA 4.0) and stay,
// and so does a story's sentence quoting the same words.
public class PageNoticesTests
{
    private static readonly string[] Story = StoryLines.Two;

    private const string Title = "النهضة يتعاقد مع الرجاء والكسار";

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 90)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void The_citation_box_licence_and_disclaimer_go(int seed)
    {
        var r = new Random(seed);
        T Pick<T>(params T[] items) => items[r.Next(items.Length)];
        var notices = new List<List<string>>();
        var box = new List<string>();
        if (r.Next(3) > 0)
        {
            notices.Add(box);
            box.Add(Pick("اقتبس هذا المقال", "كيف تستشهد بهذا المقال؟", "Cite this article", "للاستشهاد بهذا المقال:"));
            if (r.Next(2) == 0)
            {
                box.Add(Pick("شيكاغو | هارفارد | APA", "APA MLA Chicago", "هارفارد APA"));
            }
            box.Add(Pick(
                $"العمري، تركي. (2015، {r.Next(1, 29)} يوليو). {Title}. صحيفة الرياض. استرجع في {r.Next(1, 29)} مايو 2016.",
                $"فيصل المطيري، «{Title}». صحيفة عكاظ، {r.Next(1, 29)} يوليو 2015.",
                $"Al-Omari, T. (2015, July {r.Next(1, 29)}). {Title}. Okaz. Retrieved from the site."));
            if (r.Next(2) == 0)
            {
                box.Add(Pick("نسخ الاقتباس", "📋 نسخ", "Copy citation"));
            }
        }
        if (r.Next(2) == 0)
        {
            notices.Add([Pick("هذا المحتوى مرخص بموجب رخصة المشاع الإبداعي نسب المصنف 4.0", "Creative Commons: نسب المصنف - غير تجاري - الترخيص بالمثل",
                "جميع المواد المنشورة تخضع لرخصة المشاع الإبداعي")]);
        }
        if (r.Next(2) == 0 || notices.Count == 0)
        {
            notices.Add([Pick("إخلاء مسؤولية: لا يعد هذا المحتوى نصيحة استثمارية.", "تنبيه: المعلومات الواردة لا تغني عن استشارة الطبيب المختص.",
                "ملاحظة: المعلومات الواردة في هذا المقال لأغراض توعوية فقط.", "Disclaimer: this is not investment advice.")]);
        }
        var lines = new List<string>(Story);
        lines.AddRange((r.Next(2) == 0 ? notices : notices.AsEnumerable().Reverse()).SelectMany(n => n));

        var cleaned = new ArticleCleaner().Clean(new RawArticle(string.Join('\n', lines), Title: Title));

        Assert.True(Story.SequenceEqual(cleaned.Blocks.Select(b => b.Text)), string.Join(" / ", cleaned.Blocks.Skip(2).Select(b => b.Text)));
    }

    [Theory]
    [InlineData("وأكد المحلل أن ما ورد من توقعات \"لا يغني عن استشارة المختصين\"، داعياً المستثمرين إلى دراسة أوضاعهم قبل اتخاذ أي قرار.")]
    [InlineData("وتعتمد الموسوعة رخصة المشاع الإبداعي منذ سنوات لنشر محتواها.")]
    [InlineData("وقال الباحث: كيف تستشهد بمصدر لم تقرأه؟")]
    public void A_story_s_sentence_in_the_same_words_stays(string line)
    {
        var cleaned = new ArticleCleaner().Clean(new RawArticle(string.Join('\n', Story[0], line, Story[1]), Title: Title));
        Assert.Contains(cleaned.Blocks, b => b.Text == line);
    }
}
