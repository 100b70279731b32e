using BlazorReader.Core.Articles;
using BlazorReader.Core.Cleaning;

namespace BlazorReader.Core.Tests.Cleaning;

// A news feed's record dumped around the story, generated from shapes: JSON with quoted keys,
// key=value lines, camelCase keys with a colon, in any order; slides counted «Slide 3 of 9» and
// words «الكلمات: ١٧٣ · عدد الأحرف: ١١١٨». The story's paragraphs (StoryLines) stay, and a
// credit «Source: Reuters» is still the attribution.
public class FeedRecordTests
{
    private static readonly string[] Story = StoryLines.Two;

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 60)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void The_record_s_fields_go_and_the_story_stays(int seed)
    {
        var r = new Random(seed);
        T Pick<T>(params T[] items) => items[r.Next(items.Length)];
        var fields = new (string Key, string Value)[]
        {
            ("title", "النهضة يتعاقد مع الرجاء والكسار"), ("description", Story[0][..60]), ("content", Story[0][..80] + "… [+1234 chars]"),
            ("author", "تركي المالكي"), ("publishedAt", "2015-08-06T11:27:21Z"), ("url", "https://www.example.sa/a/1"),
        };
        var form = r.Next(3);
        var record = fields.OrderBy(_ => r.Next()).Take(r.Next(2, fields.Length + 1)).Select(f => form switch
        {
            0 => $"  \"{f.Key}\": \"{f.Value}\",",
            1 => $"{f.Key}={f.Value}",
            _ => f.Key == "publishedAt" ? $"publishedAt: {f.Value}" : $"{f.Key}={f.Value}",
        }).ToList();
        var lines = new List<string>();
        lines.AddRange(record);
        lines.Add(Story[0]);
        if (r.Next(2) == 0)
        {
            lines.Add(Pick("Slide 3 of 9", "الشريحة ٣ من ١٢", "Slide ٢ of ٩", "عدد الكلمات: ١٧٦", "الكلمات: ١٧٣ · عدد الأحرف: ١١١٨ · مدة القراءة 1 دقيقة", "Word count: 420"));
        }
        lines.Add(Story[1]);

        var cleaned = new ArticleCleaner().Clean(new RawArticle(string.Join('\n', lines), Title: "النهضة يتعاقد مع الرجاء والكسار"));

        Assert.Equal(Story, cleaned.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void A_credit_labelled_in_English_is_still_the_attribution()
    {
        var cleaned = new ArticleCleaner().Clean(new RawArticle(string.Join('\n', Story[0], Story[1], "Source: Reuters"), Title: "النهضة يتعاقد مع الرجاء والكسار"));
        Assert.Equal("Reuters", cleaned.Attribution);
    }
}
